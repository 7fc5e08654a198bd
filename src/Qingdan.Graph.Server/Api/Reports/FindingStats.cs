using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Server.Api.Findings;
using Qingdan.Graph.Server.Api.Reports.Stats;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Server.Api.Reports;

/// <summary>
/// <c>findingStats</c>: the findings the caller may read (filtered in the store), each with what its neighbours say — the
/// official's name and rank at the finding's agency, the agency's name and region, the company's name, industry section and
/// region, all read from the snapshot — grouped in memory.
/// </summary>
internal static class FindingStats
{
    public static readonly StatSubject<FindingFact> Subject = new(
        "Finding",
        "findings",
        [
            new("RULE", "rule", typeof(RuleCodeType), "The rule", f => new StatKey(f.Rule)),
            new("VARIANT", "variant", typeof(StringGraphType), "A variant of the rule (a finding with two counts in both)", _ => null)
            {
                Values = f => f.Variants.Select(v => new StatKey(v)),
            },
            new("SEVERITY", "severity", typeof(SeverityType), "The severity", f => new StatKey(f.Severity)),
            new("TRIAGE_STATUS", "triageStatus", typeof(TriageStatusType), "The triage status", f => new StatKey(f.Status)),
            new("ACTIVE", "active", typeof(BooleanGraphType), "Whether the latest sweep of its rule still finds it", f => new StatKey(f.Active)),
            new("ASSIGNEE", "assignee", typeof(StringGraphType), "Who it is assigned to", f => StatKey.Of(f.Assignee)),
            new("RELATION", "relation", typeof(StringGraphType), "A relation on its evidence (self, spouse, child…; each counts)", _ => null)
            {
                Values = f => f.Relations.Select(r => new StatKey(r)),
            },
            new("OFFICIAL", "official", typeof(IdGraphType), "The official", f => new StatKey(f.Official, f.OfficialName))
            {
                LabelField = "officialName",
            },
            new("OFFICIAL_RANK", "officialRank", typeof(StringGraphType), "The official's rank in the post at the finding's agency",
                f => StatKey.Of(f.OfficialRank)),
            new("AGENCY", "agency", typeof(IdGraphType), "The agency behind the finding", f => StatKey.Of(f.Agency, f.AgencyName))
            {
                LabelField = "agencyName",
            },
            new("AGENCY_REGION", "agencyRegion", typeof(StringGraphType), "The agency's region code", f => StatKey.Of(f.AgencyRegion)),
            new("COMPANY", "company", typeof(IdGraphType), "The company", f => new StatKey(f.Company, f.CompanyName))
            {
                LabelField = "companyName",
            },
            new("COMPANY_INDUSTRY", "companyIndustry", typeof(StringGraphType), "The company's industry section (GB/T 4754 letter)",
                f => StatKey.Of(f.CompanySection)),
            new("COMPANY_REGION", "companyRegion", typeof(StringGraphType), "The company's region code", f => StatKey.Of(f.CompanyRegion)),
            new("YEAR", "year", typeof(StringGraphType), "The year (yyyy) a sweep first found it", f => new StatKey(f.FirstSeen.ToString("yyyy", Invariant))),
            new("QUARTER", "quarter", typeof(StringGraphType), "The quarter (yyyy-Qn) a sweep first found it",
                f => new StatKey($"{f.FirstSeen.Year}-Q{((f.FirstSeen.Month - 1) / 3) + 1}")),
            new("MONTH", "month", typeof(StringGraphType), "The month (yyyy-MM) a sweep first found it",
                f => new StatKey(f.FirstSeen.ToString("yyyy-MM", Invariant))),
        ],
        [
            new("AMOUNT", "The finding's amount: the largest transaction or decision behind it", f => f.Amount),
            new("DECISIONS", "How many decisions stand behind it (NL9)", f => f.Decisions.Count),
            new("DECISION_AMOUNT", "The total of the decisions behind it (NL9)", f => f.Decisions.Count == 0 ? null : f.Decisions.Sum(d => d.Amount ?? 0)),
            new("RELATIVES", "How many relatives or related persons its evidence passes through", f => f.Relatives),
        ]);

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The measures and fields a finding's evidence answers.</summary>
    private static readonly string[] EvidenceUses = ["DECISIONS", "DECISION_AMOUNT", "RELATIVES", "decisionAmount"];

    public static void Add(ObjectGraphType query) =>
        StatFields.Add<FindingFact, FindingStatType, FindingGroupType, FindingStatConditionType, FindingStatOrderType, FindingFilterType>(
            query,
            "findingStats",
            "Findings grouped by any of their dimensions and their neighbours' (FindingGroup), with count, distinct, sum, avg, min " +
            "and max, having, order and first — e.g. NL9 findings per agency and official's rank this year.",
            Subject,
            LoadAsync);

    private static async Task<IEnumerable<FindingFact>> LoadAsync(IResolveFieldContext c)
    {
        // The evidence is read (and parsed) only for the measures drawn from it.
        var use = StatUse.Of(c, StatQuery.Read(c));
        var evidence = use?.Overlaps(EvidenceUses) != false;
        await using var context = c.RequestServices!.GetRequiredService<StoreConnection>().CreateContext();
        var rows = await FindingQueries.Filter(context, c.GetArgument<Dictionary<string, object?>?>("where"), await FindingQueries.Scope(c))
            .Select(f => new
            {
                f.Rule,
                f.Variants,
                f.Severity,
                f.Relations,
                f.TriageStatus,
                f.Active,
                f.Assignee,
                f.Amount,
                f.AgencyId,
                f.OfficialId,
                f.CompanyId,
                f.FirstSeenAt,
                Body = evidence && (f.Rule == RuleId.NL9 || f.Relations != "self") ? f.Body : null,
            })
            .ToListAsync(c.CancellationToken);
        var officials = rows.Select(r => r.OfficialId).Distinct().ToList();
        var ranks = (await context.Links.AsNoTracking()
                .Where(l => l.Kind == LinkKind.Position && l.Rank != null && officials.Contains(l.FromEntityId))
                .Select(l => new { l.FromEntityId, l.ToEntityId, l.Rank, l.StartDate })
                .ToListAsync(c.CancellationToken))
            .OrderBy(p => p.StartDate)
            .GroupBy(p => (p.FromEntityId, p.ToEntityId))
            .ToDictionary(g => g.Key, g => g.Last().Rank);
        var neighbours = await NeighbourNames.ForAsync(c);
        return rows.ConvertAll(r =>
        {
            var agency = r.AgencyId is { } a ? neighbours.Agency(a) : default;
            var company = neighbours.Company(r.CompanyId);
            var body = r.Body is { } json ? FindingBody.Parse(json) : null;
            return new FindingFact
            {
                Rule = r.Rule,
                Variants = Split(r.Variants),
                Severity = r.Severity,
                Relations = Split(r.Relations),
                Status = r.TriageStatus,
                Active = r.Active,
                Assignee = r.Assignee,
                Amount = r.Amount,
                Official = $"p_{r.OfficialId}",
                OfficialName = neighbours.Name(NodeKind.Person, r.OfficialId),
                OfficialRank = r.AgencyId is { } at ? ranks.GetValueOrDefault((r.OfficialId, at)) : null,
                Agency = r.AgencyId is { } id ? $"a_{id}" : null,
                AgencyName = agency.Name,
                AgencyRegion = agency.Region,
                Company = $"c_{r.CompanyId}",
                CompanyName = company.Name,
                CompanySection = company.Industry is { Length: > 0 } industry ? industry[..1].ToUpperInvariant() : null,
                CompanyRegion = company.Region,
                FirstSeen = r.FirstSeenAt,
                Decisions = r.Rule == RuleId.NL9 ? body?.Decisions ?? [] : [],
                Relatives = body?.Relatives.Count ?? 0,
            };
        });
    }

    private static string[] Split(string words) => words.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The sum of the amounts of the distinct decisions behind the group's NL9 findings (a decision behind two
    /// findings counts once).</summary>
    public static decimal DecisionAmount(IEnumerable<FindingFact> findings)
    {
        var amounts = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var decision in findings.SelectMany(f => f.Decisions).Where(d => d.Id.Length > 0))
        {
            amounts[decision.Id] = decision.Amount ?? 0;
        }

        return Numbers.Plain(amounts.Values.Sum());
    }
}

/// <summary>A finding as <c>findingStats</c> groups it.</summary>
internal sealed record FindingFact
{
    public RuleId Rule { get; init; }

    public string[] Variants { get; init; } = [];

    public Severity Severity { get; init; }

    public string[] Relations { get; init; } = [];

    public TriageStatus Status { get; init; }

    public bool Active { get; init; }

    public string? Assignee { get; init; }

    public decimal? Amount { get; init; }

    public required string Official { get; init; }

    public string? OfficialName { get; init; }

    public string? OfficialRank { get; init; }

    public string? Agency { get; init; }

    public string? AgencyName { get; init; }

    public string? AgencyRegion { get; init; }

    public required string Company { get; init; }

    public string? CompanyName { get; init; }

    public string? CompanySection { get; init; }

    public string? CompanyRegion { get; init; }

    public DateTime FirstSeen { get; init; }

    public IReadOnlyList<DecisionBody> Decisions { get; init; } = [];

    public int Relatives { get; init; }
}
