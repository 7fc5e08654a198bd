using GraphQL;
using GraphQL.Types;
using Qingdan.Graph.Server.Api.Findings;
using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Server.Api.Security;
using Qingdan.Graph.Store.Cases;
using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Server.Api.Cases;

/// <summary>The case list, one case, and the cases holding a finding.</summary>
internal static class CaseQueries
{
    public static void Add(ObjectGraphType query, ApiLimits limits)
    {
        query.Field<NonNullGraphType<CaseConnectionType>>("cases")
            .Description("Cases, the latest changed first, filtered and paged (first ≤ Api:MaxPageSize); a scoped caller gets those " +
                "opened under a scope theirs covers and those they are assigned to.")
            .Argument<CaseFilterType>("where", "Which cases.")
            .Argument<IntGraphType>("first", "The page size.", a => a.DefaultValue = 50)
            .Argument<StringGraphType>("after", "The endCursor of the page before.")
            .ResolveAsync(async c =>
            {
                var first = Paging.Page(c.GetArgument("first", 50), limits);
                var offset = Paging.Offset(c.GetArgument<string?>("after"));
                var filter = Filter(c.GetArgument<Dictionary<string, object?>?>("where"));
                await using var context = c.RequestServices!.GetRequiredService<StoreConnection>().CreateContext();
                var (page, total) = await CaseAccess.ListAsync(
                    context, filter, await FindingQueries.Scope(c), MutationType.Actor(c), offset, first, c.CancellationToken);
                return (object?)(page, total, offset, offset + page.Count < total);
            });

        query.Field<CaseType>("case").Description("A case by id; null when there is none, FORBIDDEN_SCOPE when the caller may not see it.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The case's id (k_ and a number).")
            .ResolveAsync(async c =>
            {
                if (!CaseAccess.TryParse(c.GetArgument<string>("id"), out var id))
                {
                    return null;
                }

                await using var context = c.RequestServices!.GetRequiredService<StoreConnection>().CreateContext();
                var row = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleOrDefaultAsync(
                    context.Cases, k => k.Id == id, c.CancellationToken);
                if (row is null)
                {
                    return null;
                }

                var view = await FindingQueries.Scope(c);
                if (!await CaseAccess.SeesAsync(context, row, view, MutationType.Actor(c), c.CancellationToken))
                {
                    c.Errors.Add(await c.RequestServices!.GetRequiredService<RequestScope>().DenyAsync(c, view!, row.Name));
                    return null;
                }

                return await CaseAccess.ViewOfAsync(context, row, view, c.CancellationToken);
            });
    }

    /// <summary><c>Finding.cases</c>: the cases holding the finding that the caller may see.</summary>
    public static void AddToFinding(ObjectGraphType<FindingView> finding) =>
        finding.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CaseType>>>>("cases")
            .Description("The cases holding this finding that the caller may see, the latest changed first.")
            .ResolveAsync(async c =>
            {
                await using var context = c.RequestServices!.GetRequiredService<StoreConnection>().CreateContext();
                var (page, _) = await CaseAccess.ListAsync(
                    context,
                    new CaseFilter(Finding: c.Source.Row.Id),
                    await FindingQueries.Scope(c),
                    MutationType.Actor(c),
                    0,
                    int.MaxValue,
                    c.CancellationToken);
                return (object?)page;
            });

    /// <summary>A <c>where</c> as the store's filter; an id that is not one is <c>BAD_ARGUMENT</c>.</summary>
    internal static CaseFilter Filter(IDictionary<string, object?>? where)
    {
        if (where is null)
        {
            return new CaseFilter();
        }

        long? finding = null;
        if (where.TryGetValue("finding", out var f) && f is string text)
        {
            finding = FindingId.TryParse(text, out var id)
                ? id
                : throw new ExecutionError($"'{text}' is not a finding id (f_ and a number).") { Code = "BAD_ARGUMENT" };
        }

        return new CaseFilter(
            where.TryGetValue("status", out var s) && s is IEnumerable<object> statuses ? [.. statuses.OfType<CaseStatus>()] : null,
            Text(where, "assignee", TextLimits.Name),
            finding,
            Text(where, "entity", TextLimits.Name),
            Text(where, "title", TextLimits.Search));
    }

    private static string? Text(IDictionary<string, object?> where, string name, int max) =>
        where.TryGetValue(name, out var value) && value is string text
            ? text.Length > max
                ? throw new ExecutionError($"'{name}' is {text.Length:N0} characters; at most {max:N0} are accepted.") { Code = "BAD_ARGUMENT" }
                : text
            : null;
}
