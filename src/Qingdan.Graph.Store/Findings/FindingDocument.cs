using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Core.Rules;

namespace Qingdan.Graph.Store.Findings;

/// <summary>
/// A finding as <c>formats/findings.md</c> writes it, built from the snapshot the rules ran on:
/// entities with their best identifiers and refs, and evidence paths whose every link carries its
/// kind, properties, validity and source rows. The sweep-dependent fields are added on export.
/// </summary>
internal static class FindingDocument
{
    public static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    /// <summary>The (bundle, ref) pairs resolution merged into each entity, by store id.</summary>
    public delegate IReadOnlyList<(string Bundle, string Ref)> RefsOf(long entityId);

    public static JsonObject Build(GraphSnapshot graph, Finding finding, RefsOf refs)
    {
        var clause = NegativeListClause.For(finding.Rule);
        return new JsonObject
        {
            ["rule"] = finding.Rule.ToString(),
            ["variants"] = Strings(finding.Variants),
            ["severity"] = Wire.Name(finding.Severity),
            ["reasons"] = Strings(finding.Reasons),
            ["clause"] = new JsonObject { ["item"] = clause.Item, ["zh"] = clause.Chinese, ["en"] = clause.English },
            ["official"] = Entity(graph, finding.Official, refs),
            ["company"] = Entity(graph, finding.Company, refs),
            ["relations"] = Strings(finding.Relations),
            ["relatives"] = new JsonArray([.. finding.Relatives.Select(r => (JsonNode)Node(graph, r))]),
            ["amount"] = finding.Amount,
            ["evidence"] = new JsonArray([.. finding.Evidence.Select(p => (JsonNode)Path(graph, p))]),
            ["evidence_omitted"] = finding.EvidenceOmitted,
            ["decisions"] = new JsonArray([.. finding.Decisions.Select(d => (JsonNode)DecisionOf(graph, d))]),
            ["transactions"] = new JsonArray([.. finding.Transactions.Select(x => (JsonNode)Link(graph, x))]),
            ["posts"] = new JsonArray([.. finding.Posts.Select(p => (JsonNode)Link(graph, p))]),
        };
    }

    /// <summary>Identities of every link in the evidence (and the transactions behind it): what "new evidence" is measured against.</summary>
    public static string EvidenceKeys(GraphSnapshot graph, Finding finding)
    {
        var links = finding.Evidence.SelectMany(p => p.Links).Concat(finding.Transactions).Distinct();
        return string.Join(' ', links.Select(l => LinkKey(graph, l)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
    }

    /// <summary>The agency behind a finding: NL4's jurisdiction post, NL9's issuer, else the official's latest post.</summary>
    public static long? AgencyOf(GraphSnapshot graph, Finding finding)
    {
        if (finding.Posts.Count > 0)
        {
            return graph.IdOf(graph.ToOf(finding.Posts[0])).Value;
        }

        foreach (var decision in finding.Decisions)
        {
            foreach (var issued in graph.LinksTo(decision))
            {
                if (graph.LinkKindOf(issued) == LinkKind.Issued)
                {
                    return graph.IdOf(graph.FromOf(issued)).Value;
                }
            }
        }

        var latest = graph.LinksFrom(finding.Official)
            .Where(l => graph.LinkKindOf(l) == LinkKind.Position)
            .OrderByDescending(l => graph.ValidityOf(l).Start ?? DateOnly.MinValue)
            .Select(l => (int?)l)
            .FirstOrDefault();
        return latest is { } post ? graph.IdOf(graph.ToOf(post)).Value : null;
    }

    private static string LinkKey(GraphSnapshot graph, int link)
    {
        var fact = graph.FactOf(link);
        var text = string.Join(
            '|',
            (int)fact.Kind,
            graph.IdOf(graph.FromOf(link)).Value,
            graph.IdOf(graph.ToOf(link)).Value,
            fact.Detail,
            fact.Start?.DayNumber,
            fact.End?.DayNumber,
            fact.Share?.ToString("R", CultureInfo.InvariantCulture),
            fact.Amount?.ToString(CultureInfo.InvariantCulture),
            fact.MonthlySalary?.ToString(CultureInfo.InvariantCulture),
            fact.Nominal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 8));
    }

    private static JsonObject Entity(GraphSnapshot graph, int node, RefsOf refs)
    {
        var entity = Node(graph, node);
        switch (graph.NodeOf(node))
        {
            case Person person:
                entity["id_number"] = person.IdNumber is { Status: IdentifierStatus.Valid } number ? number.Value : null;
                break;
            case Company company:
                // As the canonical entity holds it (resolution prefers a valid code); its status says whether it checks.
                entity["credit_code"] = company.CreditCode?.Value;
                entity["credit_code_status"] = company.CreditCode is { } code ? Wire.Name(code.Status) : null;
                break;
        }

        entity["refs"] = new JsonArray([.. refs(graph.IdOf(node).Value).Select(r => (JsonNode)new JsonObject { ["bundle"] = r.Bundle, ["ref"] = r.Ref })]);
        return entity;
    }

    private static JsonObject Node(GraphSnapshot graph, int node) => new()
    {
        ["id"] = graph.IdOf(node).ToString(),
        ["kind"] = Wire.Name(graph.KindOf(node)),
        ["name"] = graph.NodeOf(node) switch
        {
            Person p => p.Name,
            Company c => c.Name,
            Agency a => a.Name,
            Decision d => d.Title ?? d.Kind,
            _ => null,
        },
    };

    private static JsonObject Path(GraphSnapshot graph, EvidencePath path) => new()
    {
        ["shows"] = path.Shows,
        ["on"] = Day(path.On),
        ["nodes"] = new JsonArray([.. path.Nodes.Select(n => (JsonNode)Node(graph, n))]),
        ["links"] = new JsonArray([.. path.Links.Select(l => (JsonNode)Link(graph, l))]),
    };

    private static JsonObject Link(GraphSnapshot graph, int link)
    {
        var fact = graph.FactOf(link);
        var json = new JsonObject
        {
            ["kind"] = fact.Kind.ToString(),
            ["from"] = graph.IdOf(graph.FromOf(link)).ToString(),
            ["to"] = graph.IdOf(graph.ToOf(link)).ToString(),
        };
        if (fact.Detail is { } detail)
        {
            json[fact.Kind switch
            {
                LinkKind.Family => "relation",
                LinkKind.Associate => "associate_kind",
                LinkKind.Role or LinkKind.Participation => "role",
                LinkKind.Transaction => "transaction_kind",
                _ => "detail",
            }] = detail;
        }

        if (fact.Kind == LinkKind.Transaction)
        {
            json["date"] = Day(fact.Start);
        }

        json["valid_from"] = Day(fact.Start);
        json["valid_to"] = Day(fact.End);
        Optional(json, "share", fact.Share);
        Optional(json, "amount", fact.Amount);
        Optional(json, "monthly_salary", fact.MonthlySalary);
        Optional(json, "nominal", fact.Nominal);
        Optional(json, "title", fact.Title);
        json["sources"] = new JsonArray([.. graph.SourcesOf(link).Select(s => (JsonNode)new JsonObject { ["bundle"] = s.Bundle, ["file"] = s.File, ["line"] = s.Line })]);
        return json;
    }

    private static JsonObject DecisionOf(GraphSnapshot graph, int node)
    {
        var json = Node(graph, node);
        if (graph.NodeOf(node) is Decision decision)
        {
            json["decision_kind"] = decision.Kind;
            json["decided"] = Day(decision.DecidedDate);
            json["amount"] = decision.Amount;
            json["currency"] = decision.Currency;
            json["method"] = decision.Method is { } method ? Wire.Name(method) : null;
            json["bidders"] = decision.Bidders;
        }

        return json;
    }

    private static void Optional<T>(JsonObject json, string name, T? value)
    {
        if (value is not null)
        {
            json[name] = JsonValue.Create(value);
        }
    }

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)v)]);

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
