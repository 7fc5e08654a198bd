using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Server.Api.Entities;
using Qingdan.Graph.Server.Api.Filtering;
using Qingdan.Graph.Server.Api.Findings;
using Qingdan.Graph.Server.Api.Reports.Stats;
using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Server.Api.Reports;

/// <summary>
/// <c>companyStats</c>: the snapshot's companies the caller may read (a <c>where</c> is answered by the store, as the id set the
/// walk keeps), each with its shareholders, the decisions it benefits from and their issuing agencies, and its findings.
/// </summary>
internal static class CompanyStats
{
    public static readonly StatSubject<CompanyFact> Subject = new(
        "Company",
        "companies",
        [
            new("INDUSTRY", "industry", typeof(StringGraphType), "The industry section (GB/T 4754 letter)", c => StatKey.Of(c.Section)),
            new("REGION", "region", typeof(StringGraphType), "The region code of its registration", c => StatKey.Of(c.Region)),
            new("LISTED", "listed", typeof(BooleanGraphType), "Whether it is listed", c => new StatKey(c.Listed)),
            new("FOUNDED_YEAR", "foundedYear", typeof(StringGraphType), "The year (yyyy) it was founded",
                c => StatKey.Of(c.Founded?.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture))),
            new("SHAREHOLDER", "shareholder", typeof(IdGraphType), "A shareholder, person or company (each counts)", _ => null)
            {
                LabelField = "shareholderName",
                Values = c => c.Shareholders.Select(s => new StatKey(s.Id, s.Name)),
            },
            new("WINNING_AGENCY", "winningAgency", typeof(IdGraphType), "An agency that issued a decision it benefits from (each counts)",
                _ => null)
            {
                LabelField = "winningAgencyName",
                Values = c => c.Agencies.Select(a => new StatKey(a.Id, a.Name)),
            },
            new("IN_FINDINGS", "inFindings", typeof(BooleanGraphType), "Whether a finding is about it", c => new StatKey(c.Rules.Length > 0)),
            new("FINDING_RULE", "findingRule", typeof(RuleCodeType), "A rule of the findings about it (each counts)", _ => null)
            {
                Values = c => c.Rules.Distinct().Select(r => new StatKey(r)),
            },
        ],
        [
            new("FINDINGS", "How many findings are about it", c => c.Rules.Length),
            new("AWARDS", "How many decisions it benefits from", c => c.Awards),
            new("AWARDED_AMOUNT", "The total of the decisions it benefits from", c => c.Awarded),
            new("SHAREHOLDERS", "How many shareholders it has", c => c.Shareholders.Length),
        ]);

    public static void Add(ObjectGraphType query) =>
        StatFields.Add<CompanyFact, CompanyStatType, CompanyGroupType, CompanyStatConditionType, CompanyStatOrderType, CompanyFilterType>(
            query,
            "companyStats",
            "Companies grouped by any of their dimensions and their neighbours' (CompanyGroup), with count, distinct, sum, avg, min " +
            "and max, having, order and first — e.g. awarded amounts per industry and winning agency of companies with a finding.",
            Subject,
            LoadAsync);

    private static async Task<IEnumerable<CompanyFact>> LoadAsync(IResolveFieldContext c)
    {
        var neighbours = await NeighbourNames.ForAsync(c);
        var snapshot = neighbours.Snapshot;
        var scope = await FindingQueries.Scope(c);
        await using var context = c.RequestServices!.GetRequiredService<StoreConnection>().CreateContext();
        HashSet<long>? only = null;
        if (c.GetArgument<Dictionary<string, object?>?>("where") is { } where)
        {
            var computed = EntityComputed.Mentions(where, EntityComputed.CompanyFields) ? await EntityComputed.ForAsync(c) : null;
            only = (await context.Companies.AsNoTracking().Where(new StoreFilters(context, computed).Companies.Build(where))
                .Select(r => r.Id)
                .ToListAsync(c.CancellationToken)).ToHashSet();
        }

        var findings = await EntityMeasures.FindingsAsync(context, scope, c.CancellationToken);
        var facts = new List<CompanyFact>();
        foreach (var company in PerSnapshot<CompanyBase[]>.Of(snapshot, Bases))
        {
            if (only?.Contains(company.Id) == false || scope?.Keeps(NodeKind.Company, company.Id) == false)
            {
                continue;
            }

            facts.Add(new CompanyFact(neighbours, company.Node)
            {
                Section = company.Section,
                Region = company.Region,
                Listed = company.Listed,
                Founded = company.Founded,
                Rules = findings.Company(company.Id),
            });
        }

        return facts;
    }

    /// <summary>Every company of the snapshot as its record says.</summary>
    private static CompanyBase[] Bases(Core.Graph.GraphSnapshot snapshot)
    {
        var companies = new List<CompanyBase>();
        for (var node = 0; node < snapshot.NodeCount; node++)
        {
            if (snapshot.KindOf(node) == NodeKind.Company && snapshot.NodeOf(node) is Company company)
            {
                companies.Add(new CompanyBase(
                    node,
                    company.Id.Value,
                    company.Industry is { Length: > 0 } industry ? industry[..1].ToUpperInvariant() : null,
                    company.RegionCode,
                    company.Listed,
                    company.Founded));
            }
        }

        return [.. companies];
    }
}

/// <summary>A company as the snapshot's record says: node, id, industry section, region, listing and founding.</summary>
internal readonly record struct CompanyBase(int Node, long Id, string? Section, string? Region, bool Listed, DateOnly? Founded);

/// <summary>A company as <c>companyStats</c> groups it; its shareholders and awards are read from the snapshot when a report
/// asks.</summary>
internal sealed class CompanyFact(NeighbourNames neighbours, int node)
{
    private (string Id, string? Name)[]? _shareholders;
    private (string Id, string? Name)[]? _agencies;
    private int? _awards;
    private decimal? _awarded;

    public string? Section { get; init; }

    public string? Region { get; init; }

    public bool Listed { get; init; }

    public DateOnly? Founded { get; init; }

    public (string Id, string? Name)[] Shareholders => _shareholders ??= [.. neighbours.Snapshot.LinksTo(node)
        .Where(l => neighbours.Snapshot.LinkKindOf(l) == LinkKind.Ownership)
        .Select(neighbours.Snapshot.FromOf).Distinct().Select(n => Named(neighbours, n))];

    public (string Id, string? Name)[] Agencies =>
        _agencies ??= [.. EntityMeasures.WinningAgencies(neighbours.Snapshot, node).Select(n => Named(neighbours, n))];

    public int Awards => _awards ??= EntityMeasures.Awards(neighbours.Snapshot, node).Count();

    public decimal Awarded => _awarded ??= EntityMeasures.AwardedAmount(neighbours.Snapshot, node);

    public Core.Rules.RuleId[] Rules { get; init; } = [];

    private static (string Id, string? Name) Named(NeighbourNames neighbours, int node)
    {
        var id = neighbours.Snapshot.IdOf(node);
        return (id.ToString(), neighbours.Name(id.Kind, id.Value));
    }
}
