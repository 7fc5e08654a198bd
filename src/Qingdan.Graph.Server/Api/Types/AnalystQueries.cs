using System.Globalization;
using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Graph;

namespace Qingdan.Graph.Server.Api.Types;

/// <summary>A page of entities: total, nodes, edges with cursors, whether more follow.</summary>
public abstract class EntityConnectionType<TNode> : ObjectGraphType<(IReadOnlyList<NodeRef> Nodes, int TotalCount, int Offset, bool HasNext)>
    where TNode : IGraphType
{
    protected EntityConnectionType(string name)
    {
        Name = name;
        Field<NonNullGraphType<IntGraphType>>("totalCount").Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNode>>>>("nodes").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => (c.Source.HasNext, c.Source.Nodes.Count > 0 ? FindingConnectionType.Cursor(c.Source.Offset + c.Source.Nodes.Count) : null));
    }
}

public sealed class PersonConnectionType() : EntityConnectionType<PersonType>("PersonConnection");

public sealed class CompanyConnectionType() : EntityConnectionType<CompanyType>("CompanyConnection");

public sealed class DecisionConnectionType() : EntityConnectionType<DecisionType>("DecisionConnection");

public sealed class DecisionFilterType : InputObjectGraphType
{
    public DecisionFilterType()
    {
        Name = "DecisionFilter";
        Field<IdFilterType>("id");
        Field<StringFilterType>("kind");
        Field<StringFilterType>("title");
        Field<DecimalFilterType>("amount");
        Field<StringFilterType>("currency");
        Field<DateFilterType>("decidedDate");
        Field<DateFilterType>("appliedDate");
        Field<WordFilterType>("method");
        Field<IntFilterType>("bidders");
        Field<AgencyFilterType>("agency").Description("The issuing agency matches.");
        Field<CompanyFilterType>("beneficiary").Description("A beneficiary matches.");
        Field<FindingFilterType>("findings").Description("An NL9 finding is behind it (its official took part, its company benefits) and matches.");
        Field<ListGraphType<NonNullGraphType<DecisionFilterType>>>("and");
        Field<ListGraphType<NonNullGraphType<DecisionFilterType>>>("or");
        Field<DecisionFilterType>("not");
    }
}

public sealed class AgencyFilterType : InputObjectGraphType
{
    public AgencyFilterType()
    {
        Name = "AgencyFilter";
        Field<IdFilterType>("id");
        Field<StringFilterType>("name");
        Field<StringFilterType>("regionCode");
        Field<StringFilterType>("sectors");
        Field<ListGraphType<NonNullGraphType<AgencyFilterType>>>("and");
        Field<ListGraphType<NonNullGraphType<AgencyFilterType>>>("or");
        Field<AgencyFilterType>("not");
    }
}

public enum EntityField
{
    Id,
    Name,
}

public enum DecisionField
{
    Id,
    Kind,
    Amount,
    DecidedDate,
    Bidders,
}

public enum DecisionGroup
{
    Agency,
    Kind,
    Year,
    Month,
    Method,
    Beneficiary,
}

public sealed class EntityOrderType() : OrderInputType<EntityField>("EntityOrder");

public sealed class DecisionOrderType() : OrderInputType<DecisionField>("DecisionOrder");

public sealed record DecisionStat(string? Agency, string? AgencyName, string? Kind, string? Year, string? Month, string? Method, string? Beneficiary, string? BeneficiaryName, int Count, decimal Amount);

public sealed class DecisionStatType : ObjectGraphType<DecisionStat>
{
    public DecisionStatType()
    {
        Name = "DecisionStat";
        Field<IdGraphType>("agency").Resolve(c => c.Source.Agency);
        Field<StringGraphType>("agencyName").Resolve(c => c.Source.AgencyName);
        Field<StringGraphType>("kind").Resolve(c => c.Source.Kind);
        Field<StringGraphType>("year").Resolve(c => c.Source.Year);
        Field<StringGraphType>("month").Description("yyyy-MM of the decided day.").Resolve(c => c.Source.Month);
        Field<StringGraphType>("method").Resolve(c => c.Source.Method);
        Field<IdGraphType>("beneficiary").Resolve(c => c.Source.Beneficiary);
        Field<StringGraphType>("beneficiaryName").Resolve(c => c.Source.BeneficiaryName);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Count);
        Field<NonNullGraphType<DecimalGraphType>>("amount").Description("Sum of the decisions' amounts, as stated.").Resolve(c => c.Source.Amount);
    }
}

/// <summary>Analysts' connections over people, companies and decisions, and decision aggregates.</summary>
internal static class AnalystQueries
{
    public static void Add(ObjectGraphType query, ApiLimits limits)
    {
        query.Field<NonNullGraphType<PersonConnectionType>>("people")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 50).Argument<StringGraphType>("after")
            .Argument<PersonFilterType>("where").Argument<ListGraphType<NonNullGraphType<EntityOrderType>>>("order")
            .ResolveAsync(c => PageAsync(c, limits, ctx => ctx.People.AsNoTracking(), f => f.People, EntityOrder<PersonRow>));
        query.Field<NonNullGraphType<CompanyConnectionType>>("companies")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 50).Argument<StringGraphType>("after")
            .Argument<CompanyFilterType>("where").Argument<ListGraphType<NonNullGraphType<EntityOrderType>>>("order")
            .ResolveAsync(c => PageAsync(c, limits, ctx => ctx.Companies.AsNoTracking(), f => f.Companies, EntityOrder<CompanyRow>));
        query.Field<NonNullGraphType<DecisionConnectionType>>("decisions")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 50).Argument<StringGraphType>("after")
            .Argument<DecisionFilterType>("where").Argument<ListGraphType<NonNullGraphType<DecisionOrderType>>>("order")
            .ResolveAsync(c => PageAsync(c, limits, ctx => ctx.Decisions.AsNoTracking(), f => f.Decisions, DecisionOrder));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DecisionStatType>>>>("decisionStats")
            .Description("Counts and total amounts of decisions grouped by any of issuing agency, kind, year, month, method and beneficiary — e.g. procurement awards per agency in 2025 with an NL9 finding behind them.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<DecisionGroup>>>>>("groupBy")
            .Argument<DecisionFilterType>("where")
            .ResolveAsync(async c =>
            {
                var groups = c.GetArgument<List<DecisionGroup>>("groupBy").ToHashSet();
                await using var context = c.RequestServices!.GetRequiredService<StoreConnection>().CreateContext();
                var decisions = context.Decisions.AsNoTracking().Where(new StoreFilters(context).Decisions.Build(c.GetArgument<Dictionary<string, object?>?>("where")));
                var rows = await (
                        from d in decisions
                        select new
                        {
                            d.Id,
                            d.DecisionKind,
                            d.DecidedDate,
                            d.Method,
                            d.Amount,
                            Agency = context.Links.Where(l => l.Kind == LinkKind.Issued && l.ToEntityId == d.Id).Select(l => (long?)l.FromEntityId).FirstOrDefault(),
                            Beneficiary = context.Links.Where(l => l.Kind == LinkKind.Beneficiary && l.FromEntityId == d.Id).Select(l => (long?)l.ToEntityId).FirstOrDefault(),
                        })
                    .ToListAsync(c.CancellationToken);
                var ids = rows.SelectMany(r => new[] { r.Agency, r.Beneficiary }).OfType<long>().Distinct().ToList();
                var names = await context.Nodes.AsNoTracking().Where(n => ids.Contains(n.Id)).ToDictionaryAsync(n => n.Id, n => n.Name, c.CancellationToken);
                return (object?)rows
                    .GroupBy(r => (
                        Agency: groups.Contains(DecisionGroup.Agency) ? r.Agency : null,
                        Kind: groups.Contains(DecisionGroup.Kind) ? r.DecisionKind : null,
                        Year: groups.Contains(DecisionGroup.Year) ? r.DecidedDate.Year.ToString(CultureInfo.InvariantCulture) : null,
                        Month: groups.Contains(DecisionGroup.Month) ? r.DecidedDate.ToString("yyyy-MM", CultureInfo.InvariantCulture) : null,
                        Method: groups.Contains(DecisionGroup.Method) && r.Method is { } m ? Wire.Name(m) : null,
                        Beneficiary: groups.Contains(DecisionGroup.Beneficiary) ? r.Beneficiary : null))
                    .OrderBy(g => g.Key.Agency).ThenBy(g => g.Key.Kind).ThenBy(g => g.Key.Year).ThenBy(g => g.Key.Month).ThenBy(g => g.Key.Method).ThenBy(g => g.Key.Beneficiary)
                    .Select(g => new DecisionStat(
                        g.Key.Agency is { } a ? $"a_{a}" : null, g.Key.Agency is { } an ? names.GetValueOrDefault(an) : null,
                        g.Key.Kind, g.Key.Year, g.Key.Month, g.Key.Method,
                        g.Key.Beneficiary is { } b ? $"c_{b}" : null, g.Key.Beneficiary is { } bn ? names.GetValueOrDefault(bn) : null,
                        g.Count(), g.Sum(r => r.Amount ?? 0)))
                    .ToList();
            });
    }

    private static async Task<object?> PageAsync<TRow>(
        IResolveFieldContext c,
        ApiLimits limits,
        Func<QingdanDbContext, IQueryable<TRow>> rows,
        Func<StoreFilters, FilterBuilder<TRow>> filter,
        Func<IQueryable<TRow>, List<Dictionary<string, object?>>?, IQueryable<TRow>> order)
        where TRow : NodeRow
    {
        var first = QueryType.Page(c.GetArgument("first", 50), limits);
        var offset = FindingConnectionType.Offset(c.GetArgument<string?>("after"));
        await using var context = c.RequestServices!.GetRequiredService<StoreConnection>().CreateContext();
        var filtered = rows(context).Where(filter(new StoreFilters(context)).Build(c.GetArgument<Dictionary<string, object?>?>("where")));
        var total = await filtered.CountAsync(c.CancellationToken);
        var ids = await order(filtered, c.GetArgument<List<Dictionary<string, object?>>?>("order")).Skip(offset).Take(first).Select(r => r.Id).ToListAsync(c.CancellationToken);
        var graph = c.RequestServices!.GetRequiredService<RequestGraph>();
        var snapshot = await graph.SnapshotAsync(c.CancellationToken);
        var nodes = new List<NodeRef>();
        foreach (var id in ids)
        {
            var index = snapshot.IndexOf(new EntityId(KindOf<TRow>(), id));
            if (index >= 0)
            {
                nodes.Add(new NodeRef(snapshot, index));
            }
        }

        return ((IReadOnlyList<NodeRef>)nodes, total, offset, offset + ids.Count < total);
    }

    private static NodeKind KindOf<TRow>() =>
        typeof(TRow) == typeof(PersonRow) ? NodeKind.Person : typeof(TRow) == typeof(CompanyRow) ? NodeKind.Company : typeof(TRow) == typeof(DecisionRow) ? NodeKind.Decision : NodeKind.Agency;

    private static IQueryable<TRow> EntityOrder<TRow>(IQueryable<TRow> rows, List<Dictionary<string, object?>>? order)
        where TRow : NodeRow =>
        Sort(rows, order, r => r.Id, field => (EntityField)field switch
        {
            EntityField.Name => (Expression<Func<TRow, object?>>)(r => r.Name),
            _ => r => r.Id,
        });

    private static IQueryable<DecisionRow> DecisionOrder(IQueryable<DecisionRow> rows, List<Dictionary<string, object?>>? order) =>
        Sort(rows, order, d => d.Id, field => (DecisionField)field switch
        {
            DecisionField.Kind => d => d.DecisionKind,
            DecisionField.Amount => d => d.Amount,
            DecisionField.DecidedDate => d => d.DecidedDate,
            DecisionField.Bidders => d => d.Bidders,
            _ => d => d.Id,
        });

    /// <summary>Orders by the <c>order</c> items in turn, then by id so that pages are stable.</summary>
    internal static IQueryable<TRow> Sort<TRow>(IQueryable<TRow> rows, List<Dictionary<string, object?>>? order, Expression<Func<TRow, long>> id, Func<object, Expression<Func<TRow, object?>>> key)
    {
        IOrderedQueryable<TRow>? sorted = null;
        foreach (var item in order ?? [])
        {
            var selector = Unbox(key(item["field"]!));
            var descending = item.TryGetValue("direction", out var direction) && direction is SortDirection.Desc;
            sorted = sorted is null
                ? (IOrderedQueryable<TRow>)Queryable(rows, descending ? "OrderByDescending" : "OrderBy", selector)
                : (IOrderedQueryable<TRow>)Queryable(sorted, descending ? "ThenByDescending" : "ThenBy", selector);
        }

        return sorted is null ? rows.OrderBy(id) : sorted.ThenBy(id);
    }

    // Sorting on object would box; EF Core wants the key's own type, so the conversion is stripped.
    private static LambdaExpression Unbox<TRow>(Expression<Func<TRow, object?>> key) =>
        key.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? Expression.Lambda(convert.Operand, key.Parameters) : key;

    private static IQueryable Queryable(IQueryable source, string method, LambdaExpression key) =>
        source.Provider.CreateQuery(Expression.Call(
            typeof(System.Linq.Queryable), method, [source.ElementType, key.ReturnType], source.Expression, Expression.Quote(key)));
}
