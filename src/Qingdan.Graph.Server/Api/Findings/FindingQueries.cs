using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Server.Api.Filtering;
using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Server.Api.Security;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Server.Api.Findings;

/// <summary>The findings inbox: a page of findings, and one finding.</summary>
internal static class FindingQueries
{
    public static void Add(ObjectGraphType query, ApiLimits limits)
    {
        query.Field<NonNullGraphType<FindingConnectionType>>("findings")
            .Description("Findings, filtered, ordered and paged (first ≤ Api:MaxPageSize).")
            .Argument<IntGraphType>("first", "The page size.", a => a.DefaultValue = 50)
            .Argument<StringGraphType>("after", "The endCursor of the page before, or an edge's cursor.")
            .Argument<FindingFilterType>("where", "Which findings.")
            .Argument<ListGraphType<NonNullGraphType<FindingOrderType>>>("order", "The order; by id when omitted.")
            .ResolveAsync(async c =>
            {
                var first = Paging.Page(c.GetArgument("first", 50), limits);
                var offset = Paging.Offset(c.GetArgument<string?>("after"));
                await using var context = c.RequestServices!.GetRequiredService<StoreConnection>().CreateContext();
                var filtered = Filter(context, c.GetArgument<Dictionary<string, object?>?>("where"), await Scope(c));
                var total = await filtered.CountAsync(c.CancellationToken);
                var rows = await Order(filtered, c.GetArgument<List<Dictionary<string, object?>>?>("order")).Skip(offset).Take(first)
                    .ToListAsync(c.CancellationToken);
                c.RequestServices!.GetRequiredService<FindingLoader>().Register(rows.Select(r => r.Id));
                return (object?)((IReadOnlyList<FindingView>)rows.ConvertAll(r => new FindingView(r)), total, offset, offset
                    + rows.Count < total);
            });

        query.Field<FindingType>("finding").Description("A finding by id; null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The finding's id (f_ and a number).")
            .ResolveAsync(async c =>
            {
                var text = c.GetArgument<string>("id");
                if (!FindingId.TryParse(text, out var id))
                {
                    return null;
                }

                await using var context = c.RequestServices!.GetRequiredService<StoreConnection>().CreateContext();
                var row = await context.Findings.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, c.CancellationToken);
                return row is null ? null : new FindingView(row);
            });
    }

    /// <summary>The findings a <c>where</c> selects, merged ones left out, and for a scoped caller only those whose official
    /// the scope sees.</summary>
    internal static IQueryable<FindingRow> Filter(QingdanDbContext context, IDictionary<string, object?>? where, ScopeView? scope)
    {
        var rows = context.Findings.AsNoTracking().Where(f => f.MergedIntoId == null).Where(new StoreFilters(context).Findings.Build(where));
        if (scope is null)
        {
            return rows;
        }

        var (include, officials) = scope.IdsOf(Core.Model.NodeKind.Person);
        return include ? rows.Where(f => officials.Contains(f.OfficialId)) : rows.Where(f => !officials.Contains(f.OfficialId));
    }

    internal static Task<ScopeView?> Scope(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<RequestScope>().ViewAsync(c);

    private static IQueryable<FindingRow> Order(IQueryable<FindingRow> rows, List<Dictionary<string, object?>>? order) =>
        Sorting.Sort(rows, order, f => f.Id, field => (FindingField)field switch
        {
            FindingField.Rule => f => f.Rule,
            FindingField.Severity => f => f.Severity == Severity.High ? 3 : f.Severity == Severity.Medium ? 2 : 1,
            FindingField.Amount => f => f.Amount,
            FindingField.FirstSeen => f => f.FirstSeenAt,
            FindingField.LastSeen => f => f.LastSeenAt,
            FindingField.TriageStatus => f => f.TriageStatus,
            _ => f => f.Id,
        });
}
