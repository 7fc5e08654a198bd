using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Server.Api.Security;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Findings;
using Qingdan.Graph.Store.Resolution;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Server.Api.Types;

/// <summary>Triage, sweeps on request, and resolution decisions.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Field<NonNullGraphType<FindingType>>("triageFinding")
            .Description("Sets a finding's status (open, in_progress, confirmed, dismissed), with an optional note; dismissing remembers the evidence seen.")
            .Argument<NonNullGraphType<IdGraphType>>("id").Argument<NonNullGraphType<StringGraphType>>("status").Argument<StringGraphType>("note")
            .Requires(Roles.Investigator)
            .ResolveAsync(c => Triage(c, (t, id, actor) => t.SetStatusAsync(id, c.GetArgument<string>("status"), actor, c.GetArgument<string?>("note"), c.CancellationToken)));
        Field<NonNullGraphType<FindingType>>("assignFinding")
            .Argument<NonNullGraphType<IdGraphType>>("id").Argument<StringGraphType>("assignee")
            .Requires(Roles.Investigator)
            .ResolveAsync(c => Triage(c, (t, id, actor) => t.AssignAsync(id, c.GetArgument<string?>("assignee"), actor, c.CancellationToken)));
        Field<NonNullGraphType<FindingType>>("commentFinding")
            .Argument<NonNullGraphType<IdGraphType>>("id").Argument<NonNullGraphType<StringGraphType>>("text")
            .Requires(Roles.Investigator)
            .ResolveAsync(c => Triage(c, (t, id, actor) => t.CommentAsync(id, c.GetArgument<string>("text"), actor, c.CancellationToken)));
        Field<NonNullGraphType<SweepType>>("runSweep")
            .Description("Runs a sweep now: the rules given (all when none) with parameters name=value; refused while another runs.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("rules")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("set")
            .Requires()
            .ResolveAsync(async c =>
            {
                SweepRequest request;
                try
                {
                    request = new SweepRequest
                    {
                        Trigger = "api",
                        RequestedBy = Actor(c),
                        Rules = c.GetArgument<List<string>?>("rules") is { Count: > 0 } rules ? RuleIds.ParseList(string.Join(',', rules)) : RuleIds.All,
                        Parameters = RuleParameters.Default.With(c.GetArgument<List<string>?>("set") ?? []),
                    };
                }
                catch (FormatException bad)
                {
                    throw new ExecutionError(bad.Message) { Code = "BAD_ARGUMENT" };
                }

                var services = c.RequestServices!;
                var connection = services.GetRequiredService<StoreConnection>();
                try
                {
                    var report = await new SweepRunner(connection, services.GetRequiredService<TimeProvider>(), services.GetRequiredService<Store.Graph.SnapshotProvider>())
                        .RunAsync(request, c.CancellationToken);
                    await using var context = connection.CreateContext();
                    return (object?)await context.Sweeps.FindAsync([report.SweepId], c.CancellationToken);
                }
                catch (SweepBusyException busy)
                {
                    throw new ExecutionError(busy.Message) { Code = "SWEEP_RUNNING" };
                }
            });
        Ingest.IngestFields.AddMutations(this);
        Field<NonNullGraphType<ResolutionSummaryType>>("decideMatch")
            .Description("Decides whether two source records are the same entity (same: true merges, false keeps or splits them); remembered for later ingests.")
            .Argument<NonNullGraphType<IdGraphType>>("recordA").Argument<NonNullGraphType<IdGraphType>>("recordB")
            .Argument<NonNullGraphType<BooleanGraphType>>("same").Argument<StringGraphType>("note")
            .Requires()
            .ResolveAsync(async c =>
            {
                var decider = new MatchDecider(c.RequestServices!.GetRequiredService<StoreConnection>(), c.RequestServices!.GetRequiredService<TimeProvider>());
                try
                {
                    return (object?)await decider.DecideAsync(
                        RecordId(c.GetArgument<string>("recordA")), RecordId(c.GetArgument<string>("recordB")), c.GetArgument<bool>("same"), Actor(c), c.GetArgument<string?>("note"), c.CancellationToken);
                }
                catch (ArgumentException bad)
                {
                    throw new ExecutionError(bad.Message.Split(" (Parameter", 2)[0]) { Code = "BAD_ARGUMENT" };
                }
            });
    }

    private static async Task<object?> Triage(IResolveFieldContext c, Func<FindingTriage, long, string, Task<FindingRow>> change)
    {
        var text = c.GetArgument<string>("id");
        if (!text.StartsWith("f_", StringComparison.Ordinal) || !long.TryParse(text.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            throw new ExecutionError($"'{text}' is not a finding id (f_ and a number).") { Code = "BAD_ARGUMENT" };
        }

        try
        {
            var triage = new FindingTriage(c.RequestServices!.GetRequiredService<StoreConnection>(), c.RequestServices!.GetRequiredService<TimeProvider>());
            return new FindingView(await change(triage, id, Actor(c)));
        }
        catch (Exception error) when (error is ArgumentException or KeyNotFoundException)
        {
            throw new ExecutionError(error.Message) { Code = error is KeyNotFoundException ? "NOT_FOUND" : "BAD_ARGUMENT" };
        }
    }

    private static long RecordId(string text) =>
        long.TryParse(text.StartsWith("r_", StringComparison.Ordinal) ? text[2..] : text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new ExecutionError($"'{text}' is not a source record id (r_ and a number).") { Code = "BAD_ARGUMENT" };

    /// <summary>Who is asking: the API key's name.</summary>
    internal static string Actor(IResolveFieldContext c) => c.User?.Identity?.Name is { Length: > 0 } name ? name : "api";
}

/// <summary>What a resolution decision changed.</summary>
public sealed class ResolutionSummaryType : ObjectGraphType<ResolutionSummary>
{
    public ResolutionSummaryType()
    {
        Name = "ResolutionSummary";
        Field<NonNullGraphType<IntGraphType>>("records").Resolve(c => c.Source.Records);
        Field<NonNullGraphType<IntGraphType>>("entities").Resolve(c => c.Source.Entities);
        Field<NonNullGraphType<IntGraphType>>("newEntities").Resolve(c => c.Source.NewEntities);
        Field<NonNullGraphType<IntGraphType>>("movedRecords").Resolve(c => c.Source.MovedRecords);
        Field<NonNullGraphType<IntGraphType>>("dissolvedEntities").Resolve(c => c.Source.DissolvedEntities);
        Field<NonNullGraphType<IntGraphType>>("openCandidates").Resolve(c => c.Source.Candidates);
    }
}
