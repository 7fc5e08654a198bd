using GraphQL;
using GraphQL.Types;
using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Server.Api.Security;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>Ranked search (docs/api.md "Search"): <c>searchHits</c> with the reasons, and <c>search</c>, the same entities alone.</summary>
internal static class SearchQueries
{
    private const string Text = "A name or part of one, an identity number, a credit code, a phone number or part of an address (analysts: no " +
        "identity numbers, and people's phones and addresses not).";

    public static void Add(ObjectGraphType query, ApiLimits limits)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityType>>>>("search")
            .Description("People, companies and agencies by name (normalised as ingest normalises names: width, spaces, company " +
                "suffixes), identity number, credit code, phone or address, ranked as searchHits ranks them.")
            .Argument<NonNullGraphType<StringGraphType>>("text", Text)
            .Argument<IntGraphType>("first", "How many at most.", a => a.DefaultValue = 20)
            .ResolveAsync(async c => (object?)(await HitsAsync(c, limits)).ConvertAll(h => h.Entity));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitType>>>>("searchHits")
            .Description("People, companies and agencies matching the text, best first, each with why it matched: exact normalised " +
                "matches, then prefixes, then substrings; within each, the officials and companies of active findings, then other " +
                    "officials, then the rest; then by field (name, identity number, credit code, phone, address), the shorter " +
                        "value, the value, the id. Only what the caller's scope sees.")
            .Argument<NonNullGraphType<StringGraphType>>("text", Text)
            .Argument<IntGraphType>("first", "How many at most.", a => a.DefaultValue = 20)
            .ResolveAsync(async c => (object?)await HitsAsync(c, limits));
    }

    private static async Task<List<SearchHit>> HitsAsync(IResolveFieldContext c, ApiLimits limits)
    {
        var first = Paging.Page(c.GetArgument("first", 20), limits);
        var services = c.RequestServices!;
        var snapshot = await services.GetRequiredService<RequestGraph>().SnapshotAsync(c.CancellationToken);
        var scope = await services.GetRequiredService<RequestScope>().ViewAsync(c);
        var holders = await services.GetRequiredService<FindingHolders>().ForAsync(snapshot, c.CancellationToken);
        return SearchIndex.For(snapshot).Find(
            snapshot,
            c.Bounded("text", TextLimits.Search)!,
            first,
            personal: !Access.IsAnalyst(c),
            scope is null ? null : scope.Sees,
            holders);
    }
}
