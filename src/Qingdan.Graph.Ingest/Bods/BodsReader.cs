using System.Globalization;
using System.Text.Json;
using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Ingest.Json;
using Qingdan.Graph.Ingest.Statements;

namespace Qingdan.Graph.Ingest.Bods;

/// <summary>
/// Reads a BODS 0.4 statement array (registry-bundle.md "OCDS and BODS"): entity and person records
/// become companies and people; a relationship's direct (or not stated indirect) shareholding
/// becomes an ownership link from the interested party to the subject. An indirect interest is not
/// a link — its chain is in the component records — but its stated share is kept on the subject's
/// record for comparison with the computed one.
/// </summary>
/// <remarks>
/// Partial dates (<c>1978-07</c>) are kept as published in the record's extra properties; for an
/// interval they widen to the first day (a start) or the last day (an end) of the period they name.
/// </remarks>
public sealed class BodsReader(string path, string bundleId)
{
    private readonly string _file = Path.GetFileName(path);

    public async Task ReadAsync(IStatementSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        using var document = JsonSource.Parse(path);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new Bundles.BundleFormatException(_file, 1, "a BODS file is a JSON array of statements");
        }

        var statements = document.RootElement.EnumerateArray().Select((s, i) => (Statement: s, Pointer: $"/{i}")).ToList();
        var kinds = new Dictionary<string, NodeKind>(StringComparer.Ordinal);
        foreach (var (statement, _) in statements)
        {
            if (statement.Text("recordId") is { } id && statement.Text("recordType") is { } type)
            {
                if (type == "entity")
                {
                    kinds[id] = NodeKind.Company;
                }
                else if (type == "person")
                {
                    kinds[id] = NodeKind.Person;
                }
            }
        }

        var indirect = new Dictionary<string, List<Dictionary<string, object?>>>(StringComparer.Ordinal);
        var links = new List<LinkStatement>();
        foreach (var (statement, pointer) in statements.Where(s => s.Statement.Text("recordType") == "relationship"))
        {
            var source = new SourceRef(bundleId, $"{_file}#{pointer}", 0);
            var details = statement.Child("recordDetails");
            var subject = details?.Text("subject");
            var party = details?.Text("interestedParty");
            if (subject is null || party is null)
            {
                sink.Report(new RowIssue(
                    source.File,
                    0,
                    "relationship has no subject or interestedParty record id",
                    statement.GetRawText(),
                    Rejected: true));
                continue;
            }

            if (!kinds.TryGetValue(subject, out var subjectKind) || subjectKind != NodeKind.Company
                || !kinds.TryGetValue(party, out var partyKind))
            {
                sink.Report(new RowIssue(source.File, 0, $"relationship {statement.Text("recordId")} names record " +
                    $"'{(kinds.ContainsKey(subject) ? party : subject)}' that is not an entity or person statement of this file", statement.GetRawText(), Rejected: true));
                continue;
            }

            foreach (var interest in details!.Value.Items("interests").Where(i => i.Text("type") == "shareholding"))
            {
                var share = Share(interest.Child("share"));
                if (interest.Text("directOrIndirect") == "indirect")
                {
                    if (!indirect.TryGetValue(subject, out var list))
                    {
                        indirect[subject] = list = [];
                    }

                    list.Add(new Dictionary<string, object?>
                    {
                        ["relationship"] = statement.Text("recordId"),
                        ["interested_party"] = party,
                        ["share"] = share,
                        ["start_date"] = interest.Text("startDate")
                    });
                    continue;
                }

                if (share is null)
                {
                    sink.Report(new RowIssue(
                        source.File,
                        0,
                        $"shareholding of '{party}' in '{subject}' states no share (exact, or minimum and maximum)",
                        interest.GetRawText(),
                        Rejected: false));
                    continue;
                }

                if (share is < 0 or > 1)
                {
                    sink.Report(
                        new RowIssue(source.File, 0, $"share {share * 100} is outside 0–100", interest.GetRawText(), Rejected: true));
                    continue;
                }

                var extra = new Dictionary<string, string>(StringComparer.Ordinal);
                var start = PartialDay(interest.Text("startDate"), first: true, "start_date", extra);
                var end = PartialDay(interest.Text("endDate"), first: false, "end_date", extra);
                links.Add(new LinkStatement
                {
                    Source = source,
                    Kind = LinkKind.Ownership,
                    From = new NodeRef(partyKind, party),
                    To = new NodeRef(NodeKind.Company, subject),
                    Start = start,
                    End = end is not null && start is not null && end < start ? start : end,
                    Share = share,
                    Extra = extra.Count == 0 ? null : extra,
                });
            }
        }

        foreach (var (statement, pointer) in statements)
        {
            var source = new SourceRef(bundleId, $"{_file}#{pointer}", 0);
            var id = statement.Text("recordId");
            var details = statement.Child("recordDetails");
            if (id is null || details is null || !kinds.TryGetValue(id, out var kind))
            {
                continue;
            }

            var node = kind == NodeKind.Company
                ? Entity(source, id, details.Value, indirect.GetValueOrDefault(id))
                : Person(source, id, details.Value);
            await sink.AddNodeAsync(node, cancellationToken);
        }

        await sink.NodesCompleteAsync(cancellationToken);
        foreach (var link in links)
        {
            await sink.AddLinkAsync(link, cancellationToken);
        }
    }

    private static NodeStatement Entity(SourceRef source, string id, JsonElement details, List<Dictionary<string, object?>>? indirect)
    {
        var code = details.Items("identifiers").Select(i => CreditCode.Parse(i.Text("id"))).FirstOrDefault(c => c is { IsValid: true });
        var extra = new Dictionary<string, string>(StringComparer.Ordinal);
        if (details.Child("identifiers") is { } identifiers)
        {
            extra["identifiers"] = identifiers.GetRawText();
        }

        if (indirect is not null)
        {
            extra["stated_indirect_interests"] = JsonSerializer.Serialize(indirect);
        }

        return new NodeStatement
        {
            Source = source,
            Kind = NodeKind.Company,
            Ref = id,
            Name = details.Text("name") ?? id,
            Identifier = code?.Value,
            IdentifierStatus = code?.Status,
            RegionCode = code?.RegionCode,
            Founded = PartialDay(details.Text("foundingDate"), first: true, "founding_date", extra),
            Extra = extra.Count == 0 ? null : extra,
        };
    }

    private static NodeStatement Person(SourceRef source, string id, JsonElement details)
    {
        var names = details.Items("names").ToList();
        var name = names.FirstOrDefault(n => n.Text("type") == "legal") is { ValueKind: JsonValueKind.Object } legal
            ? legal.Text("fullName")
            : names.Select(n => n.Text("fullName")).FirstOrDefault(n => n is not null);
        var number = details.Items("identifiers").Select(i => IdentityNumber.Parse(i.Text("id")))
            .FirstOrDefault(n => n is { Status: not IdentifierStatus.Invalid });
        var extra = new Dictionary<string, string>(StringComparer.Ordinal);
        var birth = details.Text("birthDate");
        DateOnly? birthDate = null;
        if (birth is { Length: 10 })
        {
            birthDate = JsonSource.Day(birth);
        }
        else if (birth is not null)
        {
            // A birth month is not a birth day: kept as published, never used to match.
            extra["birth_date"] = birth;
        }

        return new NodeStatement
        {
            Source = source,
            Kind = NodeKind.Person,
            Ref = id,
            Name = name ?? id,
            Identifier = number?.Value,
            IdentifierStatus = number?.Status,
            BirthDate = birthDate,
            Address = details.Items("addresses").Select(a => a.Text("address")).FirstOrDefault(a => a is not null),
            Extra = extra.Count == 0 ? null : extra,
        };
    }

    private static double? Share(JsonElement? share)
    {
        if (share is null)
        {
            return null;
        }

        if (share.Value.Number("exact") is { } exact)
        {
            return (double)exact / 100.0;
        }

        return share.Value.Number("minimum") is { } minimum && share.Value.Number("maximum") is { } maximum
            ? (double)((minimum + maximum) / 2m) / 100.0
            : null;
    }

    private static DateOnly? PartialDay(string? text, bool first, string name, Dictionary<string, string> extra)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Length >= 10)
        {
            return JsonSource.Day(text);
        }

        extra[name] = text;
        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return first ? month : month.AddMonths(1).AddDays(-1);
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 0 and < 10000
            ? (first ? new DateOnly(year, 1, 1) : new DateOnly(year, 12, 31))
            : null;
    }
}
