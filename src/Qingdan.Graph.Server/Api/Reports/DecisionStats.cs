using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Server.Api.Entities;
using Qingdan.Graph.Server.Api.Filtering;
using Qingdan.Graph.Server.Api.Findings;
using Qingdan.Graph.Server.Api.Reports.Stats;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Server.Api.Reports;

/// <summary>
/// <c>decisionStats</c>: the snapshot's decisions the caller may read (a <c>where</c> is answered by the store, as the id set
/// the walk keeps), each with its issuing agency, its beneficiary and the active NL9 findings whose evidence holds it.
/// </summary>
internal static class DecisionStats
{
    public static readonly StatSubject<DecisionFact> Subject = new(
        "Decision",
        "decisions",
        [
            new("AGENCY", "agency", typeof(IdGraphType), "The issuing agency", d => StatKey.Of(d.Agency, d.AgencyName))
            {
                LabelField = "agencyName",
            },
            new("AGENCY_REGION", "agencyRegion", typeof(StringGraphType), "The issuing agency's region code", d => StatKey.Of(d.AgencyRegion)),
            new("KIND", "kind", typeof(StringGraphType), "The decision's kind (award, licence, approval…)", d => new StatKey(d.Kind)),
            new("METHOD", "method", typeof(ProcurementMethodType), "The procurement method", d => StatKey.Of(d.Method)),
            new("BIDDERS", "bidders", typeof(IntGraphType), "The number of bidders stated", d => StatKey.Of(d.Bidders)),
            new("CURRENCY", "currency", typeof(StringGraphType), "The currency of its amount", d => StatKey.Of(d.Currency)),
            new("BENEFICIARY", "beneficiary", typeof(IdGraphType), "The beneficiary company", d => StatKey.Of(d.Beneficiary, d.BeneficiaryName))
            {
                LabelField = "beneficiaryName",
            },
            new("BENEFICIARY_INDUSTRY", "beneficiaryIndustry", typeof(StringGraphType), "The beneficiary's industry section (GB/T 4754 letter)",
                d => StatKey.Of(d.BeneficiarySection)),
            new("BENEFICIARY_REGION", "beneficiaryRegion", typeof(StringGraphType), "The beneficiary's region code",
                d => StatKey.Of(d.BeneficiaryRegion)),
            new("YEAR", "year", typeof(StringGraphType), "The year (yyyy) it was decided", d => new StatKey(d.Decided.ToString("yyyy", Invariant))),
            new("QUARTER", "quarter", typeof(StringGraphType), "The quarter (yyyy-Qn) it was decided",
                d => new StatKey($"{d.Decided.Year}-Q{((d.Decided.Month - 1) / 3) + 1}")),
            new("MONTH", "month", typeof(StringGraphType), "The month (yyyy-MM) it was decided", d => new StatKey(d.Decided.ToString("yyyy-MM", Invariant))),
            new("NL9", "nl9", typeof(BooleanGraphType), "Whether an active NL9 finding stands behind it", d => new StatKey(d.Nl9Findings.Length > 0)),
            new("NL9_FINDING", "nl9Finding", typeof(IdGraphType), "An active NL9 finding behind it (count them with distinct)", _ => null)
            {
                Values = d => d.Nl9Findings.Select(f => new StatKey(f)),
            },
        ],
        [
            new("AMOUNT", "The amount, as stated", d => d.Amount),
            new("BIDDERS", "The number of bidders stated", d => d.Bidders),
            new("NL9_FINDINGS", "How many active NL9 findings stand behind it", d => d.Nl9Findings.Length),
        ]);

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The dimensions and measures the NL9 findings behind a decision answer.</summary>
    private static readonly string[] Nl9Uses = ["NL9", "NL9_FINDING", "NL9_FINDINGS", "nl9", "nl9Finding"];

    public static void Add(ObjectGraphType query) =>
        StatFields.Add<DecisionFact, DecisionStatType, DecisionGroupType, DecisionStatConditionType, DecisionStatOrderType, DecisionFilterType>(
            query,
            "decisionStats",
            "Decisions grouped by any of their dimensions and their neighbours' (DecisionGroup), with count, distinct, sum, avg, " +
            "min and max, having, order and first — e.g. awards per agency and kind in 2025 with an NL9 finding behind them.",
            Subject,
            LoadAsync);

    private static async Task<IEnumerable<DecisionFact>> LoadAsync(IResolveFieldContext c)
    {
        var snapshot = (await NeighbourNames.ForAsync(c)).Snapshot;
        var scope = await FindingQueries.Scope(c);
        await using var context = c.RequestServices!.GetRequiredService<StoreConnection>().CreateContext();
        HashSet<long>? only = null;
        if (c.GetArgument<Dictionary<string, object?>?>("where") is { } where)
        {
            only = (await context.Decisions.AsNoTracking().Where(new StoreFilters(context).Decisions.Build(where)).Select(d => d.Id)
                .ToListAsync(c.CancellationToken)).ToHashSet();
        }

        var use = StatUse.Of(c, StatQuery.Read(c));
        var behind = use?.Overlaps(Nl9Uses) != false ? await Nl9BehindAsync(context, scope, c.CancellationToken) : [];
        var facts = new List<DecisionFact>();
        foreach (var fact in PerSnapshot<DecisionFact[]>.Of(snapshot, Facts))
        {
            if (only?.Contains(fact.Id) == false || scope?.Keeps(NodeKind.Decision, fact.Id) == false)
            {
                continue;
            }

            facts.Add(behind.TryGetValue($"d_{fact.Id}", out var findings) ? fact with { Nl9Findings = [.. findings] } : fact);
        }

        return facts;
    }

    /// <summary>Every decision of the snapshot with its issuer and beneficiary, before any finding is laid beside it.</summary>
    private static DecisionFact[] Facts(GraphSnapshot snapshot)
    {
        var neighbours = new NeighbourNames(snapshot);
        var index = DecisionIndex.Of(snapshot);
        var facts = new List<DecisionFact>();
        for (var node = 0; node < snapshot.NodeCount; node++)
        {
            if (snapshot.KindOf(node) != NodeKind.Decision || snapshot.NodeOf(node) is not Decision decision)
            {
                continue;
            }

            var agency = index.IssuerOf(node);
            var beneficiary = index.BeneficiaryOf(node);
            var issuer = agency is { } a ? neighbours.Agency(snapshot.IdOf(a).Value) : default;
            var company = beneficiary is { } b ? neighbours.Company(snapshot.IdOf(b).Value) : default;
            facts.Add(new DecisionFact
            {
                Id = decision.Id.Value,
                Kind = decision.Kind,
                Method = decision.Method is { } m ? Wire.Name(m) : null,
                Amount = decision.Amount,
                Currency = decision.Currency,
                Bidders = decision.Bidders,
                Decided = decision.DecidedDate,
                Agency = agency is { } ai ? snapshot.IdOf(ai).ToString() : null,
                AgencyName = issuer.Name,
                AgencyRegion = issuer.Region,
                Beneficiary = beneficiary is { } bi ? snapshot.IdOf(bi).ToString() : null,
                BeneficiaryName = company.Name,
                BeneficiarySection = company.Industry is { Length: > 0 } industry ? industry[..1].ToUpperInvariant() : null,
                BeneficiaryRegion = company.Region,
            });
        }

        return [.. facts];
    }

    /// <summary>For each decision id (d_N), the active NL9 findings the caller may read whose evidence holds it.</summary>
    private static async Task<Dictionary<string, List<string>>> Nl9BehindAsync(
        QingdanDbContext context, Security.ScopeView? scope, CancellationToken cancellationToken)
    {
        var rows = await FindingQueries.Filter(context, null, scope).Where(f => f.Rule == RuleId.NL9 && f.Active)
            .Select(f => new { f.Id, f.Body }).ToListAsync(cancellationToken);
        var behind = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            foreach (var decision in FindingBody.Parse(row.Body).Decisions.Where(d => d.Id.Length > 0).DistinctBy(d => d.Id))
            {
                if (!behind.TryGetValue(decision.Id, out var list))
                {
                    behind[decision.Id] = list = [];
                }

                list.Add($"f_{row.Id}");
            }
        }

        return behind;
    }
}

/// <summary>A decision as <c>decisionStats</c> groups it.</summary>
internal sealed record DecisionFact
{
    public long Id { get; init; }

    public required string Kind { get; init; }

    public string? Method { get; init; }

    public decimal? Amount { get; init; }

    public string? Currency { get; init; }

    public int? Bidders { get; init; }

    public DateOnly Decided { get; init; }

    public string? Agency { get; init; }

    public string? AgencyName { get; init; }

    public string? AgencyRegion { get; init; }

    public string? Beneficiary { get; init; }

    public string? BeneficiaryName { get; init; }

    public string? BeneficiarySection { get; init; }

    public string? BeneficiaryRegion { get; init; }

    public string[] Nl9Findings { get; init; } = [];
}
