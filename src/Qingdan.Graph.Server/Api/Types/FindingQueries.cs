using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Server.Api.Types;

public sealed class FindingFilterType : InputObjectGraphType
{
    public FindingFilterType()
    {
        Name = "FindingFilter";
        Description = "Every field's operators are and-ed; and/or/not combine filters; official and company reach the entities.";
        Field<IdFilterType>("id");
        Field<StringFilterType>("rule");
        Field<StringFilterType>("severity");
        Field<StringFilterType>("triageStatus");
        Field<StringFilterType>("assignee");
        Field<StringFilterType>("variants").Description("The variants, comma-separated: use contains.");
        Field<StringFilterType>("relations").Description("The relations, comma-separated: use contains.");
        Field<BooleanFilterType>("active");
        Field<DecimalFilterType>("amount");
        Field<DateTimeFilterType>("firstSeen");
        Field<DateTimeFilterType>("lastSeen");
        Field<IdFilterType>("officialId");
        Field<IdFilterType>("companyId");
        Field<IdFilterType>("agencyId");
        Field<PersonFilterType>("official");
        Field<CompanyFilterType>("company");
        Field<ListGraphType<NonNullGraphType<FindingFilterType>>>("and");
        Field<ListGraphType<NonNullGraphType<FindingFilterType>>>("or");
        Field<FindingFilterType>("not");
    }
}

public sealed class PersonFilterType : InputObjectGraphType
{
    public PersonFilterType()
    {
        Name = "PersonFilter";
        Field<IdFilterType>("id");
        Field<StringFilterType>("name");
        Field<StringFilterType>("idNumber");
        Field<DateFilterType>("birthDate");
        Field<WordFilterType>("gender");
        Field<FindingFilterType>("findings").Description("Has a finding, as the official, that matches.");
        Field<ListGraphType<NonNullGraphType<PersonFilterType>>>("and");
        Field<ListGraphType<NonNullGraphType<PersonFilterType>>>("or");
        Field<PersonFilterType>("not");
    }
}

public sealed class CompanyFilterType : InputObjectGraphType
{
    public CompanyFilterType()
    {
        Name = "CompanyFilter";
        Field<IdFilterType>("id");
        Field<StringFilterType>("name");
        Field<StringFilterType>("creditCode");
        Field<StringFilterType>("industry");
        Field<StringFilterType>("regionCode");
        Field<StringFilterType>("status");
        Field<BooleanFilterType>("listed");
        Field<DateFilterType>("founded");
        Field<FindingFilterType>("findings").Description("Has a finding about it that matches.");
        Field<ListGraphType<NonNullGraphType<CompanyFilterType>>>("and");
        Field<ListGraphType<NonNullGraphType<CompanyFilterType>>>("or");
        Field<CompanyFilterType>("not");
    }
}

public enum FindingField
{
    Id,
    Rule,
    Severity,
    Amount,
    FirstSeen,
    LastSeen,
    TriageStatus,
}

public enum SortDirection
{
    Asc,
    Desc,
}

public sealed class FindingOrderType() : OrderInputType<FindingField>("FindingOrder");

public enum FindingGroup
{
    Rule,
    Agency,
    Severity,
    Month,
    TriageStatus,
    Active,
}

public sealed class FindingConnectionType : ObjectGraphType<(IReadOnlyList<FindingView> Nodes, int TotalCount, int Offset, bool HasNext)>
{
    public FindingConnectionType()
    {
        Name = "FindingConnection";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingType>>>>("nodes").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingEdgeType>>>>("edges").Resolve(c => c.Source.Nodes.Select((n, i) => (Cursor(c.Source.Offset + i + 1), n)));
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => (c.Source.HasNext, c.Source.Nodes.Count > 0 ? Cursor(c.Source.Offset + c.Source.Nodes.Count) : null));
    }

    internal static string Cursor(int offset) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"o:{offset}"));

    internal static int Offset(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return 0;
        }

        try
        {
            var text = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            return text.StartsWith("o:", StringComparison.Ordinal) && int.TryParse(text[2..], NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
                ? offset
                : throw new FormatException();
        }
        catch (FormatException)
        {
            throw new ExecutionError($"'{cursor}' is not a cursor of this connection.") { Code = "BAD_ARGUMENT" };
        }
    }
}

public sealed class FindingEdgeType : ObjectGraphType<(string Cursor, FindingView Node)>
{
    public FindingEdgeType()
    {
        Name = "FindingEdge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<FindingType>>("node").Resolve(c => c.Source.Node);
    }
}

public sealed class PageInfoType : ObjectGraphType<(bool HasNextPage, string? EndCursor)>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(c => c.Source.HasNextPage);
        Field<StringGraphType>("endCursor").Resolve(c => c.Source.EndCursor);
    }
}

public sealed class FindingStatType : ObjectGraphType<FindingStat>
{
    public FindingStatType()
    {
        Name = "FindingStat";
        Field<StringGraphType>("rule").Resolve(c => c.Source.Rule);
        Field<IdGraphType>("agency").Resolve(c => c.Source.Agency);
        Field<StringGraphType>("agencyName").Resolve(c => c.Source.AgencyName);
        Field<StringGraphType>("severity").Resolve(c => c.Source.Severity);
        Field<StringGraphType>("month").Description("yyyy-MM of first seen.").Resolve(c => c.Source.Month);
        Field<StringGraphType>("triageStatus").Resolve(c => c.Source.TriageStatus);
        Field<BooleanGraphType>("active").Resolve(c => c.Source.Active);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Count);
        Field<NonNullGraphType<DecimalGraphType>>("amount").Description("Sum of the findings' amounts (the largest transaction or decision behind each).").Resolve(c => c.Source.Amount);
        Field<NonNullGraphType<DecimalGraphType>>("decisionAmount").Description("Sum of the amounts of the distinct decisions behind the group's NL9 findings.").Resolve(c => c.Source.DecisionAmount);
    }
}

public sealed record FindingStat(string? Rule, string? Agency, string? AgencyName, string? Severity, string? Month, string? TriageStatus, bool? Active, int Count, decimal Amount, decimal DecisionAmount);

/// <summary>The findings inbox and analysts' finding reports.</summary>
internal static class FindingQueries
{
    public static void Add(ObjectGraphType query, ApiLimits limits)
    {
        query.Field<NonNullGraphType<FindingConnectionType>>("findings")
            .Description("Findings, filtered, ordered and paged (first ≤ Api:MaxPageSize).")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 50)
            .Argument<StringGraphType>("after")
            .Argument<FindingFilterType>("where")
            .Argument<ListGraphType<NonNullGraphType<FindingOrderType>>>("order")
            .ResolveAsync(async c =>
            {
                var first = QueryType.Page(c.GetArgument("first", 50), limits);
                var offset = FindingConnectionType.Offset(c.GetArgument<string?>("after"));
                await using var context = Connection(c).CreateContext();
                var filtered = Filter(context, c.GetArgument<Dictionary<string, object?>?>("where"));
                var total = await filtered.CountAsync(c.CancellationToken);
                var rows = await Order(filtered, c.GetArgument<List<Dictionary<string, object?>>?>("order")).Skip(offset).Take(first).ToListAsync(c.CancellationToken);
                c.RequestServices!.GetRequiredService<FindingLoader>().Register(rows.Select(r => r.Id));
                return (object?)((IReadOnlyList<FindingView>)rows.Select(r => new FindingView(r)).ToList(), total, offset, offset + rows.Count < total);
            });

        query.Field<FindingType>("finding").Argument<NonNullGraphType<IdGraphType>>("id").ResolveAsync(async c =>
        {
            var text = c.GetArgument<string>("id");
            if (!text.StartsWith("f_", StringComparison.Ordinal) || !long.TryParse(text.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return null;
            }

            await using var context = Connection(c).CreateContext();
            var row = await context.Findings.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, c.CancellationToken);
            return row is null ? null : new FindingView(row);
        });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingStatType>>>>("findingStats")
            .Description("Counts and amounts of findings grouped by any of rule, agency, severity, month (first seen), triage status and active.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<FindingGroup>>>>>("groupBy")
            .Argument<FindingFilterType>("where")
            .ResolveAsync(async c =>
            {
                var groups = c.GetArgument<List<FindingGroup>>("groupBy").ToHashSet();
                await using var context = Connection(c).CreateContext();
                var rows = await Filter(context, c.GetArgument<Dictionary<string, object?>?>("where"))
                    .Select(f => new { f.Rule, f.AgencyId, f.Severity, f.FirstSeenAt, f.TriageStatus, f.Active, f.Amount, Body = f.Rule == "NL9" ? f.Body : null })
                    .ToListAsync(c.CancellationToken);
                var agencyIds = rows.Where(r => r.AgencyId != null).Select(r => r.AgencyId!.Value).Distinct().ToList();
                var names = await context.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, c.CancellationToken);
                return (object?)rows
                    .GroupBy(r => (
                        Rule: groups.Contains(FindingGroup.Rule) ? r.Rule : null,
                        Agency: groups.Contains(FindingGroup.Agency) ? r.AgencyId : null,
                        Severity: groups.Contains(FindingGroup.Severity) ? r.Severity : null,
                        Month: groups.Contains(FindingGroup.Month) ? r.FirstSeenAt.ToString("yyyy-MM", CultureInfo.InvariantCulture) : null,
                        Status: groups.Contains(FindingGroup.TriageStatus) ? r.TriageStatus : null,
                        Active: groups.Contains(FindingGroup.Active) ? r.Active : (bool?)null))
                    .OrderBy(g => g.Key.Rule).ThenBy(g => g.Key.Agency).ThenBy(g => g.Key.Severity).ThenBy(g => g.Key.Month).ThenBy(g => g.Key.Status)
                    .Select(g => new FindingStat(
                        g.Key.Rule, g.Key.Agency is { } a ? $"a_{a}" : null, g.Key.Agency is { } n ? names.GetValueOrDefault(n) : null,
                        g.Key.Severity, g.Key.Month, g.Key.Status, g.Key.Active, g.Count(), g.Sum(r => r.Amount ?? 0),
                        DecisionAmount(g.Select(r => r.Body))))
                    .ToList();
            });
    }

    /// <summary>The sum of the amounts of the distinct decisions behind the NL9 findings of a group (a decision behind two findings counts once).</summary>
    private static decimal DecisionAmount(IEnumerable<string?> bodies)
    {
        var amounts = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var body in bodies.OfType<string>())
        {
            foreach (var decision in System.Text.Json.Nodes.JsonNode.Parse(body)?["decisions"] as System.Text.Json.Nodes.JsonArray ?? [])
            {
                if (decision?["id"]?.GetValue<string>() is { } id)
                {
                    amounts[id] = decision["amount"]?.GetValue<decimal>() ?? 0;
                }
            }
        }

        return amounts.Values.Sum();
    }

    internal static IQueryable<FindingRow> Filter(QingdanDbContext context, IDictionary<string, object?>? where) =>
        context.Findings.AsNoTracking().Where(f => f.MergedIntoId == null).Where(new StoreFilters(context).Findings.Build(where));

    private static IQueryable<FindingRow> Order(IQueryable<FindingRow> rows, List<Dictionary<string, object?>>? order) =>
        AnalystQueries.Sort(rows, order, f => f.Id, field => (FindingField)field switch
        {
            FindingField.Rule => f => f.Rule,
            FindingField.Severity => f => f.Severity == "high" ? 3 : f.Severity == "medium" ? 2 : 1,
            FindingField.Amount => f => f.Amount,
            FindingField.FirstSeen => f => f.FirstSeenAt,
            FindingField.LastSeen => f => f.LastSeenAt,
            FindingField.TriageStatus => f => f.TriageStatus,
            _ => f => f.Id,
        });

    private static StoreConnection Connection(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<StoreConnection>();
}
