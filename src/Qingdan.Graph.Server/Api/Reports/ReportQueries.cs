using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Server.Api.Entities;
using Qingdan.Graph.Server.Api.Filtering;
using Qingdan.Graph.Server.Api.Findings;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Server.Api.Reports;

/// <summary>Analysts' aggregations: findings and decisions counted and summed by the groups asked for.</summary>
internal static class ReportQueries
{
    public static void Add(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingStatType>>>>("findingStats")
            .Description(
                "Counts and amounts of findings grouped by any of rule, agency, severity, month (first seen), triage status and active.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<FindingGroup>>>>>(
                "groupBy",
                "What to group by; an empty list counts every finding together.")
            .Argument<FindingFilterType>("where", "Which findings.")
            .ResolveAsync(async c =>
            {
                var groups = c.GetArgument<List<FindingGroup>>("groupBy").ToHashSet();
                await using var context = c.RequestServices!.GetRequiredService<StoreConnection>().CreateContext();
                var rows = await FindingQueries.Filter(context, c.GetArgument<Dictionary<string, object?>?>("where"), await FindingQueries.Scope(c))
                    .Select(f => new
                    {
                        f.Rule,
                        f.AgencyId,
                        f.Severity,
                        f.FirstSeenAt,
                        f.TriageStatus,
                        f.Active,
                        f.Amount,
                        Body = f
                        .Rule == RuleId.NL9 ? f.Body : null
                    })
                    .ToListAsync(c.CancellationToken);
                var agencyIds = rows.Where(r => r.AgencyId != null).Select(r => r.AgencyId!.Value).Distinct().ToList();
                var names = await context.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id))
                    .ToDictionaryAsync(a => a.Id, a => a.Name, c.CancellationToken);
                return (object?)rows
                    .GroupBy(r => (
                        Rule: groups.Contains(FindingGroup.Rule) ? r.Rule : (RuleId?)null,
                        Agency: groups.Contains(FindingGroup.Agency) ? r.AgencyId : null,
                        Severity: groups.Contains(FindingGroup.Severity) ? r.Severity : (Severity?)null,
                        Month: groups.Contains(FindingGroup.Month) ? r.FirstSeenAt.ToString("yyyy-MM", CultureInfo.InvariantCulture) : null,
                        Status: groups.Contains(FindingGroup.TriageStatus) ? r.TriageStatus : (TriageStatus?)null,
                        Active: groups.Contains(FindingGroup.Active) ? r.Active : (bool?)null))
                    // Groups in the order of the stored words, as when they were strings (high before low, confirmed before open).
                    .OrderBy(g => Word(g.Key.Rule)).ThenBy(g => g.Key.Agency).ThenBy(g => Word(g.Key
                        .Severity)).ThenBy(g => g.Key.Month).ThenBy(g => Word(g.Key.Status))
                    .Select(g => new FindingStat(
                        g.Key.Rule, g.Key.Agency is { } a ? $"a_{a}" : null, g.Key.Agency is { } n ? names.GetValueOrDefault(n) : null,
                        g.Key.Severity, g.Key.Month, g.Key.Status, g.Key.Active, g.Count(), g.Sum(r => r.Amount ?? 0),
                        DecisionAmount(g.Select(r => r.Body))))
                    .ToList();
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DecisionStatType>>>>("decisionStats")
            .Description("Counts and total amounts of decisions grouped by any of issuing agency, kind, year, month, method and " +
                "beneficiary — e.g. procurement awards per agency in 2025 with an NL9 finding behind them.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<DecisionGroup>>>>>(
                "groupBy",
                "What to group by; an empty list counts every decision together.")
            .Argument<DecisionFilterType>("where", "Which decisions.")
            .ResolveAsync(async c =>
            {
                var groups = c.GetArgument<List<DecisionGroup>>("groupBy").ToHashSet();
                await using var context = c.RequestServices!.GetRequiredService<StoreConnection>().CreateContext();
                var decisions = context.Decisions.AsNoTracking()
                    .Where(new StoreFilters(context).Decisions.Build(c.GetArgument<Dictionary<string, object?>?>("where")));
                if (await FindingQueries.Scope(c) is { } scope)
                {
                    var (include, kept) = scope.IdsOf(NodeKind.Decision);
                    decisions = include ? decisions.Where(d => kept.Contains(d.Id)) : decisions.Where(d => !kept.Contains(d.Id));
                }

                var rows = await (
                        from d in decisions
                        select new
                        {
                            d.Id,
                            d.DecisionKind,
                            d.DecidedDate,
                            d.Method,
                            d.Amount,
                            Agency = context.Links.Where(l => l.Kind == LinkKind.Issued && l.ToEntityId == d.Id)
                                .Select(l => (long?)l.FromEntityId)
                                .FirstOrDefault(),
                            Beneficiary = context.Links.Where(l => l.Kind == LinkKind.Beneficiary && l.FromEntityId == d.Id)
                                .Select(l => (long?)l.ToEntityId)
                                .FirstOrDefault(),
                        })
                    .ToListAsync(c.CancellationToken);
                var ids = rows.SelectMany(r => new[] { r.Agency, r.Beneficiary }).OfType<long>().Distinct().ToList();
                var names = await context.Nodes.AsNoTracking().Where(n => ids.Contains(n.Id))
                    .ToDictionaryAsync(n => n.Id, n => n.Name, c.CancellationToken);
                return (object?)rows
                    .GroupBy(r => (
                        Agency: groups.Contains(DecisionGroup.Agency) ? r.Agency : null,
                        Kind: groups.Contains(DecisionGroup.Kind) ? r.DecisionKind : null,
                        Year: groups.Contains(DecisionGroup.Year) ? r.DecidedDate.Year.ToString(CultureInfo.InvariantCulture) : null,
                        Month: groups.Contains(DecisionGroup.Month)
                            ? r.DecidedDate.ToString("yyyy-MM", CultureInfo.InvariantCulture)
                            : null,
                        Method: groups.Contains(DecisionGroup.Method) && r.Method is { } m ? Wire.Name(m) : null,
                        Beneficiary: groups.Contains(DecisionGroup.Beneficiary) ? r.Beneficiary : null))
                    .OrderBy(g => g.Key.Agency).ThenBy(g => g.Key.Kind).ThenBy(g => g.Key.Year).ThenBy(g => g.Key
                        .Month).ThenBy(g => g.Key.Method).ThenBy(g => g.Key.Beneficiary)
                    .Select(g => new DecisionStat(
                        g.Key.Agency is { } a ? $"a_{a}" : null, g.Key.Agency is { } an ? names.GetValueOrDefault(an) : null,
                        g.Key.Kind, g.Key.Year, g.Key.Month, g.Key.Method,
                        g.Key.Beneficiary is { } b ? $"c_{b}" : null, g.Key.Beneficiary is { } bn ? names.GetValueOrDefault(bn) : null,
                        g.Count(), g.Sum(r => r.Amount ?? 0)))
                    .ToList();
            });
    }

    private static string? Word(RuleId? rule) => rule?.ToString();

    private static string? Word<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } v ? Wire.Name(v) : null;

    /// <summary>The sum of the amounts of the distinct decisions behind the NL9 findings of a group (a decision behind two findings counts
    /// once).</summary>
    private static decimal DecisionAmount(IEnumerable<string?> bodies)
    {
        var amounts = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var body in bodies.OfType<string>())
        {
            foreach (var decision in FindingBody.Parse(body).Decisions)
            {
                if (decision.Id.Length > 0)
                {
                    amounts[decision.Id] = decision.Amount ?? 0;
                }
            }
        }

        return amounts.Values.Sum();
    }
}
