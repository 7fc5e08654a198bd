using GraphQL.Types;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Server.Api.Findings;

namespace Qingdan.Graph.Server.Api.Timeline;

/// <summary>The fields the timeline draws from (docs/console.md "Timeline"), added to the types they belong to.</summary>
internal static class TimelineFields
{
    /// <summary><c>Finding.heldDuring</c>: the shaded band of the finding's timeline.</summary>
    public static void AddHeldDuring(ObjectGraphType<FindingView> type)
    {
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntervalType>>>>("heldDuring").Description(
            "The days on which all the finding's conditions held, as disjoint runs in order: for each evidence path the days every " +
            "link of it is valid (a transaction on its day), within the official's tenure except for NL9; the union over the paths.")
            .ResolveAsync(async c =>
            {
                var official = await c.RequestServices!.GetRequiredService<RequestGraph>()
                    .NodeAsync($"p_{c.Source.Row.OfficialId}", c.CancellationToken);
                IReadOnlyList<Interval> tenure = official is { } node
                    ? node.Snapshot.Tenure(node.Index)
                    : [.. c.Source.Body.Posts.Select(HeldDuring.Validity)];
                return (object?)HeldDuring.Of(c.Source.Body, tenure);
            });
    }
}
