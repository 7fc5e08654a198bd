using System.Linq.Expressions;
using Qingdan.Graph.Server.Api.Schema;

namespace Qingdan.Graph.Server.Api.Filtering;

/// <summary>The <c>order</c> argument of a connection as a LINQ ordering the store translates to SQL.</summary>
internal static class Sorting
{
    /// <summary>Orders by the <c>order</c> items in turn, then by id so that pages are stable.</summary>
    public static IQueryable<TRow> Sort<TRow>(
        IQueryable<TRow> rows,
        List<Dictionary<string, object?>>? order,
        Expression<Func<TRow, long>> id,
        Func<object, Expression<Func<TRow, object?>>> key)
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
