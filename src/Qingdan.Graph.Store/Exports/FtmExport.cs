using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Store.Exports;

/// <summary>
/// The graph as FollowTheMoney entities, one JSON object a line, for Aleph (<c>ftm</c> / <code>alephclient
/// write-entities</code>). Entities keep the canonical ids (prefixed <c>qd-</c>); links become the FtM
/// interval schemata with their dates and, as <c>recordId</c>, the registry rows that state them.
/// See docs/exports.md for the mapping.
/// </summary>
public static class FtmExport
{
    private static readonly HashSet<string> DirectorRoles
        = ["legal_representative", "chair", "director", "supervisor", "general_manager", "senior_manager"];

    private static readonly HashSet<string> DebtKinds = ["loan", "fundraising"];

    public static async Task<ExportSummary> WriteAsync(GraphSnapshot graph, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var partial = Path.GetFullPath(path) + ".partial";
        var count = 0;
        try
        {
            await using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                foreach (var entity in Entities(graph))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await stream.WriteAsync(entity, cancellationToken);
                    stream.WriteByte((byte)'\n');
                    count++;
                }
            }

            File.Move(partial, path, overwrite: true);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }

        return new ExportSummary(graph.NodeCount, graph.LinkCount, [Path.GetFileName(path)]);
    }

    /// <summary>Every entity as one UTF-8 JSON object.</summary>
    public static IEnumerable<byte[]> Entities(GraphSnapshot graph)
    {
        // Checked when called, not when the first entity is asked for.
        ArgumentNullException.ThrowIfNull(graph);
        return EntitiesOf(graph);
    }

    private static IEnumerable<byte[]> EntitiesOf(GraphSnapshot graph)
    {
        var issuer = new Dictionary<int, int>();
        for (var link = 0; link < graph.LinkCount; link++)
        {
            if (graph.LinkKindOf(link) == LinkKind.Issued)
            {
                issuer[graph.ToOf(link)] = graph.FromOf(link);
            }
        }

        for (var node = 0; node < graph.NodeCount; node++)
        {
            yield return graph.NodeOf(node) switch
            {
                Person p => Entity(
                    Id(p.Id),
                    "Person",
                    ("name", p.Name),
                    ("idNumber", p.IdNumber?.Value),
                    ("birthDate", Day(p.BirthDate)),
                    ("gender", p.Gender is { } g ? Wire.Name(g) : null),
                    ("country", "cn")),
                Company c => Entity(
                    Id(c.Id),
                    "Company",
                    ("name", c.Name),
                    ("registrationNumber", c.CreditCode?.Value),
                    ("jurisdiction", "cn"),
                    ("status", c.Status),
                    ("sector", c.Industry),
                    ("incorporationDate", Day(c.Founded)),
                    ("address", c.Address),
                    ("phone", c.Phone)),
                Agency a => Entity(
                    Id(a.Id),
                    "PublicBody",
                    ("name", a.Name),
                    ("registrationNumber", a.Code?.Value),
                    ("jurisdiction", "cn"),
                    ("sector", a.Sectors.Count > 0 ? string.Join(';', a.Sectors) : null)),
                Decision d => Entity(Id(d.Id), "Contract", ("name", d.Title ?? $"{d.Kind} {d.Id}"), ("title", d.Title), ("type", d
                    .Kind), ("amount", Number(d.Amount)), ("currency", d.Currency ?? (d.Amount is null ? null : "CNY")),
                    ("contractDate", Day(d.DecidedDate)), ("authority", issuer.TryGetValue(node, out var agency)
                        ? Id(graph.IdOf(agency))
                        : null),
                    ("description", string.Join("; ", new[] {
                        d.Method is { } m ? $"method: {Wire.Name(m)}" : null,
                        d.Bidders is { } b ? $"bidders: {b}" : null }.Where(x => x is not null)))),
                _ => throw new InvalidOperationException($"Unknown node {graph.IdOf(node)}."),
            };
        }

        var posts = new HashSet<string>(StringComparer.Ordinal);
        for (var link = 0; link < graph.LinkCount; link++)
        {
            var fact = graph.FactOf(link);
            var from = Id(graph.IdOf(graph.FromOf(link)));
            var to = Id(graph.IdOf(graph.ToOf(link)));
            var id = LinkId(graph, link);
            var records = string.Join(
                ';',
                graph.SourcesOf(link).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Bundle}/{s.File}:{s.Line}")));
            (string, string?)[] interval = [("startDate", Day(fact.Start)), ("endDate", Day(fact.End)), ("recordId", records)];
            switch (graph.LinkKindOf(link))
            {
                case LinkKind.Position:
                    var title = fact.Title ?? "post";
                    var post = "qd-post-" + Hash(to, title);
                    if (posts.Add(post))
                    {
                        var agencyName = ((Agency)graph.NodeOf(graph.ToOf(link))).Name;
                        yield return Entity(post, "Position", ("name", $"{title}, {agencyName}"), ("organization", to), ("country", "cn"));
                    }

                    yield return Entity(id, "Occupancy", [("holder", from), ("post", post), .. interval]);
                    break;
                case LinkKind.Family:
                    yield return Entity(id, "Family", [("person", from), ("relative", to), ("relationship", fact.Detail), .. interval]);
                    break;
                case LinkKind.Associate:
                    yield return Entity(id, "Associate", [("person", from), ("associate", to), ("relationship", fact.Detail), .. interval]);
                    break;
                case LinkKind.Ownership:
                    yield return Entity(id, "Ownership", [("owner", from), ("asset", to), ("percentage", fact.Share is { } share ? (share * 100).ToString("0.####", CultureInfo.InvariantCulture) : null), ("sharesValue", Number(fact.Amount)), ("sharesCurrency", fact.Amount is null ? null : "CNY"), .. interval]);
                    break;
                case LinkKind.Role when fact.Detail is { } role && DirectorRoles.Contains(role):
                    yield return Entity(id, "Directorship", [("director", from), ("organization", to), ("role", role), .. interval]);
                    break;
                case LinkKind.Role:
                    yield return Entity(id, "Employment", [("employee", from), ("employer", to), ("role", fact.Detail), ("summary", fact
                        .Nominal == true ? "nominal post" : null), .. interval]);
                    break;
                case LinkKind.Participation:
                    yield return Entity(
                        id,
                        "UnknownLink",
                        [("subject", from), ("object", to), ("role", "decision: " + (fact.Detail ?? "participant")), .. interval]);
                    break;
                case LinkKind.Beneficiary:
                    yield return Entity(id, "ContractAward", [("contract", from), ("supplier", to), .. interval]);
                    break;
                case LinkKind.Bid:
                    yield return Entity(
                        id,
                        "UnknownLink",
                        [("subject", from), ("object", to), ("role", "bid"), ("amount", Number(fact.Amount)), .. interval]);
                    break;
                case LinkKind.Transaction when fact.Detail is { } kind && DebtKinds.Contains(kind):
                    yield return Entity(id, "Debt", [("creditor", from), ("debtor", to), ("amount", Number(
                        fact.Amount)), ("currency", "CNY"), ("date", Day(fact.Start)), ("purpose", kind), ("recordId", records)]);
                    break;
                case LinkKind.Transaction:
                    yield return Entity(id, "Payment", [("payer", from), ("beneficiary", to), ("amount", Number(
                        fact.Amount)), ("currency", "CNY"), ("date", Day(fact.Start)), ("purpose", fact.Detail), ("recordId", records)]);
                    break;
                case LinkKind.Issued:
                    // The issuing agency is the Contract's authority.
                    break;
            }
        }
    }

    private static byte[] Entity(string id, string schema, params (string Name, string? Value)[] properties)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(
            buffer,
            new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("schema", schema);
            json.WriteStartObject("properties");
            foreach (var (name, value) in properties)
            {
                if (!string.IsNullOrEmpty(value))
                {
                    json.WriteStartArray(name);
                    foreach (var part in name is "recordId" or "sector" ? value.Split(';') : [value])
                    {
                        json.WriteStringValue(part);
                    }

                    json.WriteEndArray();
                }
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static string Id(EntityId id) => "qd-" + id;

    /// <summary>Stable across exports: the link's endpoints, kind and properties, not its position in the snapshot.</summary>
    private static string LinkId(GraphSnapshot graph, int link)
    {
        var fact = graph.FactOf(link);
        return "qd-" + Wire.Name(graph.LinkKindOf(link)).Replace('_', '-') + "-" + Hash(
            graph.IdOf(graph.FromOf(link)).ToString(), graph.IdOf(graph.ToOf(link)).ToString(), fact.Detail, Day(fact.Start), Day(fact.End),
            Number(fact.Share), Number(fact.Amount), fact.Title);
    }

    private static string Hash(params string?[] parts) =>
        Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts.Select(p => p ?? string.Empty)))))[..16];

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);
}
