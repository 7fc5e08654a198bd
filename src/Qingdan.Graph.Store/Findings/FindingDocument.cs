using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Core.Rules;

namespace Qingdan.Graph.Store.Findings;

/// <summary>
/// A finding's body (<see cref="FindingBody"/>) built from the snapshot the rules ran on: entities with
/// their best identifiers and refs, and evidence paths whose every link carries its kind, properties,
/// validity and source rows. The sweep-dependent fields are added on export.
/// </summary>
internal static class FindingDocument
{
    /// <summary>How the export writes its lines: compact, non-ASCII text as is, as the bodies are (<see
    /// cref="FindingBodyJson"/>).</summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    /// <summary>The (bundle, ref) pairs resolution merged into each entity, by store id.</summary>
    public delegate IReadOnlyList<(string Bundle, string Ref)> RefsOf(long entityId);

    public static FindingBody Build(GraphSnapshot graph, Finding finding, RefsOf refs)
    {
        var clause = NegativeListClause.For(finding.Rule);
        return new FindingBody
        {
            Rule = finding.Rule,
            Variants = finding.Variants,
            Severity = Wire.Name(finding.Severity),
            Reasons = finding.Reasons,
            Clause = new ClauseBody
            {
                Item = clause.Item,
                Zh = clause.Chinese,
                En = clause.English,
                Regulation = finding.Rule == RuleId.REP ? clause.Regulation : null,
            },
            Official = Entity(graph, finding.Official, refs),
            Company = Entity(graph, finding.Company, refs),
            Relations = finding.Relations,
            Relatives = [.. finding.Relatives.Select(r => Node(graph, r))],
            Amount = finding.Amount,
            Evidence = [.. finding.Evidence.Select(p => Path(graph, p))],
            EvidenceOmitted = finding.EvidenceOmitted,
            Decisions = [.. finding.Decisions.Select(d => DecisionOf(graph, d))],
            Transactions = [.. finding.Transactions.Select(x => Link(graph, x))],
            Posts = [.. finding.Posts.Select(p => Link(graph, p))],
            Reports = [.. finding.Reports.Select(r => ReportOf(graph, r)).OfType<ReportRefBody>()],
        };
    }

    private static ReportRefBody? ReportOf(GraphSnapshot graph, long id) => graph.Reports.Find(id) is { } report
        ? new ReportRefBody
        {
            Id = PersonalReport.Written(report.Id),
            Registry = report.Registry,
            Ref = report.Ref,
            ReportDate = report.ReportDate,
            Source = new EvidenceSourceBody { Bundle = report.Source.Bundle, File = report.Source.File, Line = report.Source.Line },
        }
        : null;

    /// <summary>Identities of every link in the evidence (and the transactions behind it): what "new evidence" is measured
    /// against.</summary>
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

    private static FindingEntityBody Entity(GraphSnapshot graph, int node, RefsOf refs)
    {
        var entity = Node(graph, node);
        var body = new FindingEntityBody
        {
            Id = entity.Id,
            Kind = entity.Kind,
            Name = entity.Name,
            Refs = [.. refs(graph.IdOf(node).Value).Select(r => new EntityRefBody { Bundle = r.Bundle, Ref = r.Ref })],
        };
        return graph.NodeOf(node) switch
        {
            Person person => body with { IdNumber = person.IdNumber is { Status: IdentifierStatus.Valid } number ? number.Value : null },

            // As the canonical entity holds it (resolution prefers a valid code); its status says whether it checks.
            Company company => body with
            {
                CreditCode = company.CreditCode?.Value,
                CreditCodeStatus = company.CreditCode is { } code
                ? Wire.Name(code.Status)
                : null
            },
            _ => body,
        };
    }

    private static EvidenceNodeBody Node(GraphSnapshot graph, int node) => new()
    {
        Id = graph.IdOf(node).ToString(),
        Kind = Wire.Name(graph.KindOf(node)),
        Name = graph.NodeOf(node) switch
        {
            Person p => p.Name,
            Company c => c.Name,
            Agency a => a.Name,
            Decision d => d.Title ?? d.Kind,
            _ => null,
        },
    };

    private static EvidencePathBody Path(GraphSnapshot graph, EvidencePath path) => new()
    {
        Shows = path.Shows,
        On = path.On,
        Nodes = [.. path.Nodes.Select(n => Node(graph, n))],
        Links = [.. path.Links.Select(l => Link(graph, l))],
        Report = path.Report is { } report ? ReportOf(graph, report) : null,
    };

    private static EvidenceLinkBody Link(GraphSnapshot graph, int link)
    {
        var fact = graph.FactOf(link);
        var detail = fact.Detail;
        return new EvidenceLinkBody
        {
            Kind = fact.Kind,
            From = graph.IdOf(graph.FromOf(link)).ToString(),
            To = graph.IdOf(graph.ToOf(link)).ToString(),
            Relation = fact.Kind == LinkKind.Family ? detail : null,
            AssociateKind = fact.Kind == LinkKind.Associate ? detail : null,
            Role = fact.Kind is LinkKind.Role or LinkKind.Participation ? detail : null,
            TransactionKind = fact.Kind == LinkKind.Transaction ? detail : null,
            Detail = fact.Kind is LinkKind.Family or LinkKind.Associate or LinkKind.Role or LinkKind.Participation or LinkKind.Transaction
                ? null
                : detail,
            Date = fact.Kind == LinkKind.Transaction ? fact.Start : null,
            ValidFrom = fact.Start,
            ValidTo = fact.End,
            Share = fact.Share,
            Amount = fact.Amount,
            MonthlySalary = fact.MonthlySalary,
            Nominal = fact.Nominal,
            Title = fact.Title,
            Sources = [.. graph.SourcesOf(link).Select(s => new EvidenceSourceBody { Bundle = s.Bundle, File = s.File, Line = s.Line })],
        };
    }

    private static DecisionBody DecisionOf(GraphSnapshot graph, int node)
    {
        var json = Node(graph, node);
        var body = new DecisionBody { Id = json.Id, Kind = json.Kind, Name = json.Name };
        return graph.NodeOf(node) is Decision decision
            ? body with
            {
                DecisionKind = decision.Kind,
                Decided = decision.DecidedDate,
                Amount = decision.Amount,
                Currency = decision.Currency,
                Method = decision.Method is { } method ? Wire.Name(method) : null,
                Bidders = decision.Bidders,
            }
            : body;
    }
}
