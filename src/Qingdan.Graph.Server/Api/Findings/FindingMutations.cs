using GraphQL;
using GraphQL.Types;
using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Server.Api.Security;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Findings;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Server.Api.Findings;

/// <summary>Triage: a finding's status, assignee and comments.</summary>
internal static class FindingMutations
{
    private const string Id = "The finding's id (f_ and a number).";

    public static void Add(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<FindingType>>("triageFinding")
            .Description("Sets a finding's status (open, in progress, confirmed, dismissed), with an optional note; dismissing remembers " +
                "the evidence seen.")
            .Argument<NonNullGraphType<IdGraphType>>("id", Id)
            .Argument<NonNullGraphType<TriageStatusType>>("status", "The new status.")
            .Argument<StringGraphType>("note", "Why, for the history.")
            .Requires(Roles.Investigator)
            .ResolveAsync(c => Triage(c, (t, id, actor) => t.SetStatusAsync(
                id,
                c.GetArgument<TriageStatus>("status"),
                actor,
                c.Bounded("note", TextLimits.Note),
                c.CancellationToken)));
        mutation.Field<NonNullGraphType<FindingType>>("assignFinding")
            .Description("Assigns a finding to someone, or to nobody.")
            .Argument<NonNullGraphType<IdGraphType>>("id", Id)
            .Argument<StringGraphType>("assignee", "Who; null assigns it to nobody.")
            .Requires(Roles.Investigator)
            .ResolveAsync(
                c => Triage(c, (t, id, actor) => t.AssignAsync(id, c.Bounded("assignee", TextLimits.Name), actor, c.CancellationToken)));
        mutation.Field<NonNullGraphType<FindingType>>("commentFinding")
            .Description("Adds a comment to a finding's history.")
            .Argument<NonNullGraphType<IdGraphType>>("id", Id)
            .Argument<NonNullGraphType<StringGraphType>>("text", "The comment.")
            .Requires(Roles.Investigator)
            .ResolveAsync(c => Triage(c, (t, id, actor) => t.CommentAsync(id, c.Bounded("text", TextLimits.Comment)!, actor, c.CancellationToken)));
    }

    private static async Task<object?> Triage(IResolveFieldContext c, Func<FindingTriage, long, string, Task<FindingRow>> change)
    {
        var text = c.GetArgument<string>("id");
        if (!FindingId.TryParse(text, out var id))
        {
            throw new ExecutionError($"'{text}' is not a finding id (f_ and a number).") { Code = "BAD_ARGUMENT" };
        }

        try
        {
            var triage = new FindingTriage(
                c.RequestServices!.GetRequiredService<StoreConnection>(),
                c.RequestServices!.GetRequiredService<TimeProvider>());
            return new FindingView(await change(triage, id, MutationType.Actor(c)));
        }
        catch (Exception error) when (error is ArgumentException or KeyNotFoundException)
        {
            throw new ExecutionError(error.Message) { Code = error is KeyNotFoundException ? "NOT_FOUND" : "BAD_ARGUMENT" };
        }
    }
}
