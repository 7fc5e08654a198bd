using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Server.Api.Filtering;
using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Graph;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>Analysts' connections over people, companies and decisions: filtered and ordered in the store, answered from the
/// snapshot.</summary>
internal static class EntityConnectionQueries
{
    public static void Add(ObjectGraphType query, ApiLimits limits)
    {
        query.Field<NonNullGraphType<PersonConnectionType>>("people")
            .Description("People, filtered, ordered and paged (first ≤ Api:MaxPageSize).")
            .Argument<IntGraphType>("first", "The page size.", a => a.DefaultValue
                = 50)
            .Argument<StringGraphType>("after", "The endCursor of the page before.")
            .Argument<PersonFilterType>("where", "Which people.")
            .Argument<ListGraphType<NonNullGraphType<EntityOrderType>>>(
                "order",
                "The order; by id when omitted.")
            .ResolveAsync(c => PageAsync(c, limits, ctx => ctx.People.AsNoTracking(), f => f.People, EntityOrder<PersonRow>));
        query.Field<NonNullGraphType<CompanyConnectionType>>("companies")
            .Description("Companies, filtered, ordered and paged (first ≤ Api:MaxPageSize).")
            .Argument<IntGraphType>("first", "The page size.", a => a.DefaultValue
                = 50)
            .Argument<StringGraphType>("after", "The endCursor of the page before.")
            .Argument<CompanyFilterType>("where", "Which companies.")
            .Argument<ListGraphType<NonNullGraphType<EntityOrderType>>>(
                "order",
                "The order; by id when omitted.")
            .ResolveAsync(c => PageAsync(c, limits, ctx => ctx.Companies.AsNoTracking(), f => f.Companies, EntityOrder<CompanyRow>));
        query.Field<NonNullGraphType<DecisionConnectionType>>("decisions")
            .Description("Decisions, filtered, ordered and paged (first ≤ Api:MaxPageSize).")
            .Argument<IntGraphType>("first", "The page size.", a => a.DefaultValue
                = 50)
            .Argument<StringGraphType>("after", "The endCursor of the page before.")
            .Argument<DecisionFilterType>("where", "Which decisions.")
            .Argument<ListGraphType<NonNullGraphType<DecisionOrderType>>>(
                "order",
                "The order; by id when omitted.")
            .ResolveAsync(c => PageAsync(c, limits, ctx => ctx.Decisions.AsNoTracking(), f => f.Decisions, DecisionOrder));
    }

    private static async Task<object?> PageAsync<TRow>(
        IResolveFieldContext c,
        ApiLimits limits,
        Func<QingdanDbContext, IQueryable<TRow>> rows,
        Func<StoreFilters, FilterBuilder<TRow>> filter,
        Func<IQueryable<TRow>, List<Dictionary<string, object?>>?, IQueryable<TRow>> order)
        where TRow : NodeRow
    {
        var first = Paging.Page(c.GetArgument("first", 50), limits);
        var offset = Paging.Offset(c.GetArgument<string?>("after"));
        await using var context = c.RequestServices!.GetRequiredService<StoreConnection>().CreateContext();
        var where = c.GetArgument<Dictionary<string, object?>?>("where");
        var orderBy = c.GetArgument<List<Dictionary<string, object?>>?>("order");
        var fields = KindOf<TRow>() switch
        {
            NodeKind.Person => Reports.EntityComputed.PersonFields,
            NodeKind.Company => Reports.EntityComputed.CompanyFields,
            _ => [],
        };
        var sortComputed = fields.Length > 0 && Reports.EntityComputed.Mentions(orderBy, fields);
        var computed = fields.Length > 0 && (sortComputed || Reports.EntityComputed.Mentions(where, fields))
            ? await Reports.EntityComputed.ForAsync(c)
            : null;
        var filtered = rows(context).Where(filter(new StoreFilters(context, computed)).Build(where));
        if (await c.RequestServices!.GetRequiredService<Security.RequestScope>().ViewAsync(c) is { } scope)
        {
            var (include, kept) = scope.IdsOf(KindOf<TRow>());
            filtered = include ? filtered.Where(r => kept.Contains(r.Id)) : filtered.Where(r => !kept.Contains(r.Id));
        }

        var total = await filtered.CountAsync(c.CancellationToken);
        var ids = sortComputed
            ? [.. computed!.Order(
                KindOf<TRow>(),
                (await filtered.Select(r => new { r.Id, r.Name }).ToListAsync(c.CancellationToken)).Select(r => (r.Id, r.Name)),
                orderBy!).Skip(offset).Take(first)]
            : await order(filtered, orderBy).Skip(offset).Take(first).Select(r => r.Id).ToListAsync(c.CancellationToken);
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
        typeof(TRow) == typeof(PersonRow) ? NodeKind.Person : typeof(TRow) == typeof(CompanyRow)
            ? NodeKind.Company
            : typeof(TRow) == typeof(DecisionRow) ? NodeKind.Decision : NodeKind.Agency;

    private static IQueryable<TRow> EntityOrder<TRow>(IQueryable<TRow> rows, List<Dictionary<string, object?>>? order)
        where TRow : NodeRow =>
        Sorting.Sort(rows, order, r => r.Id, field => (EntityField)field switch
        {
            EntityField.Name => (Expression<Func<TRow, object?>>)(r => r.Name),
            _ => r => r.Id,
        });

    private static IQueryable<DecisionRow> DecisionOrder(IQueryable<DecisionRow> rows, List<Dictionary<string, object?>>? order) =>
        Sorting.Sort(rows, order, d => d.Id, field => (DecisionField)field switch
        {
            DecisionField.Kind => d => d.DecisionKind,
            DecisionField.Amount => d => d.Amount,
            DecisionField.DecidedDate => d => d.DecidedDate,
            DecisionField.Bidders => d => d.Bidders,
            _ => d => d.Id,
        });
}
