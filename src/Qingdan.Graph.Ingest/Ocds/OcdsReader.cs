using System.Text.Json;
using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Ingest.Json;
using Qingdan.Graph.Ingest.Statements;

namespace Qingdan.Graph.Ingest.Ocds;

/// <summary>
/// Reads an OCDS 1.1 release or record package (registry-bundle.md "OCDS and BODS"): each award
/// becomes a <c>procurement_award</c> decision issued by the buyer, benefiting its suppliers, with
/// the tenderers as bids. Parties keep their package ids as refs; a Chinese credit code in their
/// identifier lets resolution match them to the company registry, else their name does.
/// </summary>
/// <remarks>Provenance cites the file with a JSON pointer to the award or party, since JSON rows have no line.</remarks>
public sealed class OcdsReader(string path, string bundleId)
{
    private readonly string _file = Path.GetFileName(path);

    public async Task ReadAsync(IStatementSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        using var document = JsonSource.Parse(path);
        var releases = Releases(document.RootElement).ToList();
        var awards = new List<Award>();
        var agencies = new HashSet<string>(StringComparer.Ordinal);
        var companies = new HashSet<string>(StringComparer.Ordinal);

        foreach (var (release, pointer) in releases)
        {
            var parties = release.Items("parties").Select((p, i) => (Party: p, Pointer: $"{pointer}/parties/{i}"))
                .Where(p => p.Party.Text("id") is not null)
                .GroupBy(p => p.Party.Text("id")!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var buyer = release.Child("buyer")?.Text("id")
                ?? parties.Values.FirstOrDefault(p => Roles(p.Party).Contains("buyer")).Party.Text("id");
            var tender = release.Child("tender");
            var tenderers = tender?.Items("tenderers").Select(t => t.Text("id")).OfType<string>().ToList() ?? [];
            var awardIndex = 0;
            foreach (var award in release.Items("awards"))
            {
                var awardPointer = $"{pointer}/awards/{awardIndex++}";
                var source = new SourceRef(bundleId, $"{_file}#{awardPointer}", 0);
                var id = award.Text("id");
                if (id is null)
                {
                    sink.Report(new RowIssue(source.File, 0, "award has no id", award.GetRawText(), Rejected: true));
                    continue;
                }

                var suppliers = award.Items("suppliers").Select(s => s.Text("id")).OfType<string>().ToList();
                var missing = suppliers.Concat(tenderers).Append(buyer).OfType<string>().Where(p => !parties.ContainsKey(p)).Distinct()
                    .ToList();
                if (missing.Count > 0)
                {
                    sink.Report(new RowIssue(
                        source.File,
                        0,
                        $"award '{id}' names party {string.Join(", ", missing.Select(m => $"'{m}'"))} that is not in the release's parties",
                        Truncate(award.GetRawText()),
                        Rejected: true));
                    continue;
                }

                var decided = JsonSource.Day(award.Text("date"))
                    ?? release.Items("contracts").Where(c => c.Text("awardID") == id).Select(c => JsonSource.Day(c.Text("dateSigned")))
                        .FirstOrDefault(d => d is not null)
                    ?? JsonSource.Day(release.Text("date"));
                if (decided is null)
                {
                    sink.Report(new RowIssue(
                        source.File,
                        0,
                        $"award '{id}' has no date: neither award.date, a contract's dateSigned nor the release date",
                        Truncate(award.GetRawText()),
                        Rejected: true));
                    continue;
                }

                var value = award.Child("value");
                awards.Add(new Award(
                    source,
                    $"{release.Text("ocid") ?? "?"}/{id}",
                    award.Text("title") ?? tender?.Text("title") ?? id,
                    value?.Number("amount"),
                    value?.Text("currency"),
                    decided.Value,
                    Method(tender?.Text("procurementMethod")),
                    tender?.Number("numberOfTenderers") is { } count ? (int)count : null,
                    buyer,
                    suppliers,
                    tenderers));
                foreach (var company in suppliers.Concat(tenderers))
                {
                    if (companies.Add(company))
                    {
                        await sink.AddNodeAsync(Company(parties[company]), cancellationToken);
                    }
                }

                if (buyer is not null && agencies.Add(buyer))
                {
                    await sink.AddNodeAsync(Agency(parties[buyer]), cancellationToken);
                }
            }
        }

        foreach (var award in awards)
        {
            await sink.AddNodeAsync(new NodeStatement
            {
                Source = award.Source,
                Kind = NodeKind.Decision,
                Ref = award.Ref,
                Name = award.Title,
                DecisionKind = DecisionKinds.ProcurementAward,
                Amount = award.Amount,
                Currency = award.Currency,
                DecidedDate = award.Decided,
                Method = award.Method,
                Bidders = award.Bidders,
            }, cancellationToken);
        }

        await sink.NodesCompleteAsync(cancellationToken);
        foreach (var award in awards)
        {
            var decision = new NodeRef(NodeKind.Decision, award.Ref);
            if (award.Buyer is not null)
            {
                await sink.AddLinkAsync(new LinkStatement
                {
                    Source = award.Source,
                    Kind = LinkKind.Issued,
                    From = new NodeRef(NodeKind.Agency, award.Buyer),
                    To = decision
                }, cancellationToken);
            }

            foreach (var supplier in award.Suppliers.Distinct(StringComparer.Ordinal))
            {
                await sink.AddLinkAsync(new LinkStatement
                {
                    Source = award.Source,
                    Kind = LinkKind.Beneficiary,
                    From = decision,
                    To = new NodeRef(NodeKind.Company, supplier)
                }, cancellationToken);
            }

            foreach (var tenderer in award.Tenderers.Distinct(StringComparer.Ordinal))
            {
                await sink.AddLinkAsync(new LinkStatement
                {
                    Source = award.Source,
                    Kind = LinkKind.Bid,
                    From = new NodeRef(NodeKind.Company, tenderer),
                    To = decision
                }, cancellationToken);
            }
        }
    }

    private static IEnumerable<(JsonElement Release, string Pointer)> Releases(JsonElement root)
    {
        var index = 0;
        foreach (var release in root.Items("releases"))
        {
            yield return (release, $"/releases/{index++}");
        }

        index = 0;
        foreach (var record in root.Items("records"))
        {
            if (record.Child("compiledRelease") is { } compiled)
            {
                yield return (compiled, $"/records/{index}/compiledRelease");
            }
            else
            {
                var releaseIndex = 0;
                foreach (var release in record.Items("releases")
                    .Where(r => r.ValueKind == JsonValueKind.Object && r.Child("awards") is not null))
                {
                    yield return (release, $"/records/{index}/releases/{releaseIndex++}");
                }
            }

            index++;
        }
    }

    private NodeStatement Company((JsonElement Party, string Pointer) party)
    {
        var code = ChineseCode(party.Party);
        return new NodeStatement
        {
            Source = new SourceRef(bundleId, $"{_file}#{party.Pointer}", 0),
            Kind = NodeKind.Company,
            Ref = party.Party.Text("id")!,
            Name = party.Party.Text("name") ?? party.Party.Child("identifier")?.Text("legalName") ?? party.Party.Text("id")!,
            Identifier = code?.Value,
            IdentifierStatus = code?.Status,
            RegionCode = code is { IsValid: true } ? code.RegionCode : null,
            Address = party.Party.Child("address")?.Text("streetAddress"),
            Extra = Identifiers(party.Party),
        };
    }

    private NodeStatement Agency((JsonElement Party, string Pointer) party)
    {
        var code = ChineseCode(party.Party);
        return new NodeStatement
        {
            Source = new SourceRef(bundleId, $"{_file}#{party.Pointer}", 0),
            Kind = NodeKind.Agency,
            Ref = party.Party.Text("id")!,
            Name = party.Party.Text("name") ?? party.Party.Text("id")!,
            Identifier = code?.Value,
            IdentifierStatus = code?.Status,
            RegionCode = code is { IsValid: true } ? code.RegionCode : null,
            Extra = Identifiers(party.Party),
        };
    }

    /// <summary>The party's credit code, when its identifier is under a Chinese scheme or reads as one.</summary>
    private static CreditCode? ChineseCode(JsonElement party)
    {
        foreach (var identifier in new[] { party.Child("identifier") }.Concat(
            party.Items("additionalIdentifiers").Select(i => (JsonElement?)i)).OfType<JsonElement>())
        {
            var id = identifier.Text("id");
            var scheme = identifier.Text("scheme") ?? string.Empty;
            if (id is null)
            {
                continue;
            }

            var code = CreditCode.Parse(id);
            if (code is { IsValid: true } || (scheme.StartsWith("CN", StringComparison.OrdinalIgnoreCase) && code is not null))
            {
                return code;
            }
        }

        return null;
    }

    private static Dictionary<string, string>? Identifiers(JsonElement party)
    {
        var identifier = party.Child("identifier");
        return identifier is null ? null : new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["identifier_scheme"] = identifier.Value.Text("scheme") ?? string.Empty,
            ["identifier_id"] = identifier.Value.Text("id") ?? string.Empty,
        };
    }

    private static HashSet<string> Roles(JsonElement party) =>
        party.Items("roles").Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!).ToHashSet(StringComparer.Ordinal);

    private static ProcurementMethod? Method(string? text) =>
        text is not null && Wire.TryParse<ProcurementMethod>(text, out var method) ? method : null;

    private static string Truncate(string raw) => raw.Length <= 2000 ? raw : $"{raw.AsSpan(0, 1999)}…";

    private sealed record Award(
        SourceRef Source,
        string Ref,
        string Title,
        decimal? Amount,
        string? Currency,
        DateOnly Decided,
        ProcurementMethod? Method,
        int? Bidders,
        string? Buyer,
        List<string> Suppliers,
        List<string> Tenderers);
}
