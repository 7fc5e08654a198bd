using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Server.Api.Findings;
using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Server.Api.Security;
using Qingdan.Graph.Store.Cases;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Findings;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Server.Api.Cases;

/// <summary>Opening and working cases: investigators and admins (docs/cases.md "Who can do what").</summary>
internal static class CaseMutations
{
    /// <summary>The most ids or names one argument may carry.</summary>
    public const int MaxItems = 500;

    private const string CaseId = "The case's id (k_ and a number).";
    private const string FindingIds = "Finding ids (f_ and a number).";
    private const string EntityIds = "Person, company or agency ids (p_12, c_7, a_3).";

    public static void Add(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CaseType>>("openCase")
            .Description("Opens a case with its first findings, entities and assignees; it is opened under the caller's scope.")
            .Argument<NonNullGraphType<StringGraphType>>("title", "The title (at most 200 characters).")
            .Argument<StringGraphType>("description", "What it is about.")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("findings", FindingIds)
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("entities", EntityIds)
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("assignees", "Who works it.")
            .Requires(Roles.Investigator)
            .ResolveAsync(async c =>
            {
                var title = c.Bounded("title", Casework.MaxTitle)!;
                var description = c.Bounded("description", TextLimits.Comment);
                var (findings, entities) = await MembersAsync(c);
                var assignees = Names(c, "assignees");
                var row = await Run(() => Work(c).OpenAsync(
                    title, description, findings, entities, assignees, MutationType.Actor(c), Access.ScopeOf(c.User)?.ToString(),
                    c.CancellationToken));
                return await ViewAsync(c, row);
            });

        mutation.Field<NonNullGraphType<CaseType>>("updateCase")
            .Description("Changes a case's title, description (an empty one clears it) or status; what is omitted stays.")
            .Argument<NonNullGraphType<IdGraphType>>("case", CaseId)
            .Argument<StringGraphType>("title", "The new title.")
            .Argument<StringGraphType>("description", "The new description; empty clears it.")
            .Argument<CaseStatusType>("status", "The new status.")
            .Requires(Roles.Investigator)
            .ResolveAsync(c => ChangeAsync(c, (work, id, actor) => work.EditAsync(
                id,
                new CaseEdit(c.Bounded("title", Casework.MaxTitle), c.Bounded("description", TextLimits.Comment), c.GetArgument<CaseStatus?>("status")),
                actor,
                c.CancellationToken)));

        mutation.Field<NonNullGraphType<CaseType>>("assignCase")
            .Description("Adds and removes the users working a case.")
            .Argument<NonNullGraphType<IdGraphType>>("case", CaseId)
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("add", "Users to assign.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("remove", "Users to unassign.")
            .Requires(Roles.Investigator)
            .ResolveAsync(c => ChangeAsync(c, (work, id, actor) => work.AssignAsync(
                id, Names(c, "add"), Names(c, "remove"), actor, c.CancellationToken)));

        mutation.Field<NonNullGraphType<CaseType>>("addToCase")
            .Description("Adds findings and entities to a case; those already in it stay as they are.")
            .Argument<NonNullGraphType<IdGraphType>>("case", CaseId)
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("findings", FindingIds)
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("entities", EntityIds)
            .Requires(Roles.Investigator)
            .ResolveAsync(async c =>
            {
                var (findings, entities) = await MembersAsync(c);
                return await ChangeAsync(c, (work, id, actor) => work.AddAsync(id, findings, entities, actor, c.CancellationToken));
            });

        mutation.Field<NonNullGraphType<CaseType>>("removeFromCase")
            .Description("Removes findings and entities from a case; naming one it does not hold is refused and nothing changes.")
            .Argument<NonNullGraphType<IdGraphType>>("case", CaseId)
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("findings", FindingIds)
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("entities", EntityIds)
            .Requires(Roles.Investigator)
            .ResolveAsync(async c =>
            {
                var (findings, entities) = await MembersAsync(c, mustExist: false);
                return await ChangeAsync(c, (work, id, actor) => work.RemoveAsync(id, findings, entities, actor, c.CancellationToken));
            });

        mutation.Field<NonNullGraphType<CaseType>>("addCaseNote")
            .Description("Adds a note to a case's history.")
            .Argument<NonNullGraphType<IdGraphType>>("case", CaseId)
            .Argument<NonNullGraphType<StringGraphType>>("text", "The note.")
            .Requires(Roles.Investigator)
            .ResolveAsync(c => ChangeAsync(c, (work, id, actor) => work.NoteAsync(
                id, c.Bounded("text", TextLimits.Comment)!, actor, c.CancellationToken)));

        mutation.Field<NonNullGraphType<CaseType>>("triageCase")
            .Description("Sets the triage status of a case's findings at once — all it holds, or those named — each written to the " +
                "finding's own history with the note; findings that already have the status stay as they are. A scoped caller's " +
                "'all' is the findings their scope keeps.")
            .Argument<NonNullGraphType<IdGraphType>>("case", CaseId)
            .Argument<NonNullGraphType<TriageStatusType>>("status", "The new status.")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("findings", "The findings to triage (f_…); omitted, all of them.")
            .Argument<StringGraphType>("note", "Why, for each finding's history and the case's.")
            .Requires(Roles.Investigator)
            .ResolveAsync(async c =>
            {
                var note = c.Bounded("note", TextLimits.Note);
                var named = c.GetArgument<List<string>?>("findings") is null ? null : (await MembersAsync(c, mustExist: false)).Findings;
                return await ChangeAsync(c, async (work, id, actor) =>
                {
                    var chosen = named;
                    if (chosen is null && await FindingQueries.Scope(c) is { } view)
                    {
                        chosen = [.. (await work.FindingsAsync(id, c.CancellationToken))
                            .Where(f => f.MergedIntoId == null && RequestScope.Sees(view, f)).Select(f => f.Id)];
                    }

                    return (await work.TriageAsync(id, c.GetArgument<TriageStatus>("status"), chosen, note, actor, c.CancellationToken)).Case;
                });
            });
    }

    // A change of an existing case: the id read, the case found and seen by the caller, the change run, the case answered.
    private static async Task<object?> ChangeAsync(IResolveFieldContext c, Func<Casework, long, string, Task<CaseRow>> change)
    {
        var id = CaseAccess.Parse(c.GetArgument<string>("case"));
        await using (var context = c.RequestServices!.GetRequiredService<StoreConnection>().CreateContext())
        {
            var row = await context.Cases.AsNoTracking().SingleOrDefaultAsync(k => k.Id == id, c.CancellationToken)
                ?? throw new ExecutionError($"There is no case k_{id}.") { Code = "NOT_FOUND" };
            var view = await FindingQueries.Scope(c);
            if (!await CaseAccess.SeesAsync(context, row, view, MutationType.Actor(c), c.CancellationToken))
            {
                throw await Scope(c).DenyAsync(c, view!, row.Name);
            }
        }

        return await ViewAsync(c, await Run(() => change(Work(c), id, MutationType.Actor(c))));
    }

    // The findings and entities a mutation names: each an id, each in the store and the graph (unless being removed),
    // and each inside a scoped caller's scope — else refused before anything changes.
    private static async Task<(List<long> Findings, List<string> Entities)> MembersAsync(IResolveFieldContext c, bool mustExist = true)
    {
        var findingIds = Ids(c, "findings");
        var entityIds = Ids(c, "entities");
        var findings = findingIds.ConvertAll(text => FindingId.TryParse(text, out var id)
            ? id
            : throw new ExecutionError($"'{text}' is not a finding id (f_ and a number).") { Code = "BAD_ARGUMENT" });
        var entities = entityIds.ConvertAll(text => Run(() => Casework.Entity(text)));
        var view = await FindingQueries.Scope(c);
        if (view is not null && findings.Count > 0)
        {
            await using var context = c.RequestServices!.GetRequiredService<StoreConnection>().CreateContext();
            var rows = await context.Findings.AsNoTracking().Where(f => findings.Contains(f.Id)).ToListAsync(c.CancellationToken);
            if (rows.Find(f => !RequestScope.Sees(view, f)) is { } outside)
            {
                throw await Scope(c).DenyAsync(c, view, outside.Name);
            }
        }

        var graph = c.RequestServices!.GetRequiredService<RequestGraph>();
        foreach (var id in entities)
        {
            var node = await graph.NodeAsync(id, c.CancellationToken);
            if (node is null && mustExist)
            {
                throw new ExecutionError($"No entity '{id}' in the graph.") { Code = "NOT_FOUND" };
            }

            if (view is not null && EntityId.TryParse(id, out var entity) && !view.Sees(entity.Value))
            {
                throw await Scope(c).DenyAsync(c, view, id);
            }
        }

        return (findings, entities);
    }

    private static List<string> Ids(IResolveFieldContext c, string argument)
    {
        var ids = c.GetArgument<List<string>?>(argument) ?? [];
        return ids.Count > MaxItems
            ? throw new ExecutionError($"'{argument}' names {ids.Count:N0} items; at most {MaxItems} are accepted at once.") { Code = "LIMIT" }
            : ids;
    }

    private static List<string> Names(IResolveFieldContext c, string argument)
    {
        var names = Ids(c, argument);
        return names.FirstOrDefault(n => n.Length > TextLimits.Name) is { } longName
            ? throw new ExecutionError($"'{argument}' holds a name of {longName.Length:N0} characters; at most {TextLimits.Name} are accepted.")
            {
                Code = "BAD_ARGUMENT"
            }
            : names;
    }

    private static async Task<object?> ViewAsync(IResolveFieldContext c, CaseRow row)
    {
        await using var context = c.RequestServices!.GetRequiredService<StoreConnection>().CreateContext();
        return await CaseAccess.ViewOfAsync(context, row, await FindingQueries.Scope(c), c.CancellationToken);
    }

    private static async Task<T> Run<T>(Func<Task<T>> change)
    {
        try
        {
            return await change();
        }
        catch (Exception error) when (error is ArgumentException or KeyNotFoundException)
        {
            throw Translate(error);
        }
    }

    private static T Run<T>(Func<T> change)
    {
        try
        {
            return change();
        }
        catch (ArgumentException error)
        {
            throw Translate(error);
        }
    }

    private static ExecutionError Translate(Exception error) =>
        new(error.Message) { Code = error is KeyNotFoundException ? "NOT_FOUND" : "BAD_ARGUMENT" };

    private static Casework Work(IResolveFieldContext c) => new(
        c.RequestServices!.GetRequiredService<StoreConnection>(),
        c.RequestServices!.GetRequiredService<TimeProvider>());

    private static RequestScope Scope(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<RequestScope>();
}
