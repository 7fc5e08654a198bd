using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Server.Api.Findings;
using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Server.Api.Security;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Findings;
using Qingdan.Graph.Store.Resolution;

namespace Qingdan.Graph.Server.Api.Operations;

/// <summary>Admins' changes to the hub's records: a sweep on request, a resolution decision.</summary>
internal static class OperationsMutations
{
    public static void AddSweep(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SweepType>>("runSweep")
            .Description("Runs a sweep now: the rules given (all when none) with parameters name=value; refused while another runs. " +
                "Incremental unless full is true: only the officials a change since the last sweep can affect run, the others' findings " +
                    "carry over (it runs in full, and its digest says why, when the last sweep's rules or parameters differ).")
            .Argument<ListGraphType<NonNullGraphType<RuleCodeType>>>("rules", "The rules to run; all of them when omitted or empty.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>(
                "set",
                "Parameters of RULES.md to change for this sweep, each name=value (indirect_share=0.1).")
            .Argument<BooleanGraphType>(
                "full",
                "Run the rules for every official, not only those a change since the last sweep can affect.")
            .Requires()
            .ResolveAsync(async c =>
            {
                SweepRequest request;
                try
                {
                    request = new SweepRequest
                    {
                        Trigger = SweepTrigger.Api,
                        RequestedBy = MutationType.Actor(c),
                        Rules = c.GetArgument<List<RuleId>?>("rules") is { Count: > 0 } rules ? [.. rules.Distinct().Order()] : RuleIds.All,
                        Parameters = RuleParameters.Default.With(c.GetArgument<List<string>?>("set") ?? []),
                        Incremental = c.GetArgument<bool?>("full") != true,
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
                    var report = await services.GetRequiredService<SweepRunner>().RunAsync(request, c.CancellationToken);
                    Notifications.NotificationServices.Notify(services);
                    await using var context = connection.CreateContext();
                    return (object?)await context.Sweeps.FindAsync([report.SweepId], c.CancellationToken);
                }
                catch (SweepBusyException busy)
                {
                    throw new ExecutionError(busy.Message) { Code = "SWEEP_RUNNING" };
                }
            });
    }

    public static void AddResolution(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ResolutionSummaryType>>("decideMatch")
            .Description("Decides whether two source records are the same entity (same: true merges, false keeps or splits them); " +
                "remembered for later ingests.")
            .Argument<NonNullGraphType<IdGraphType>>("recordA", "One source record (r_ and a number).")
            .Argument<NonNullGraphType<IdGraphType>>("recordB", "The other source record.")
            .Argument<NonNullGraphType<BooleanGraphType>>("same", "True when they are the same entity.")
            .Argument<StringGraphType>("note", "Why, for the record.")
            .Requires()
            .ResolveAsync(async c =>
            {
                var decider = new MatchDecider(
                    c.RequestServices!.GetRequiredService<StoreConnection>(),
                    c.RequestServices!.GetRequiredService<TimeProvider>());
                try
                {
                    return (object?)await decider.DecideAsync(
                        RecordId(c.GetArgument<string>("recordA")), RecordId(c.GetArgument<string>("recordB")), c.GetArgument<bool>(
                            "same"), MutationType.Actor(c), c.GetArgument<string?>("note"), c.CancellationToken);
                }
                catch (ArgumentException bad)
                {
                    throw new ExecutionError(bad.Message.Split(" (Parameter", 2)[0]) { Code = "BAD_ARGUMENT" };
                }
            });
    }

    private static long RecordId(string text) =>
        long.TryParse(
            text.StartsWith("r_", StringComparison.Ordinal) ? text[2..] : text,
            NumberStyles.None,
            CultureInfo.InvariantCulture,
            out var id)
            ? id
            : throw new ExecutionError($"'{text}' is not a source record id (r_ and a number).") { Code = "BAD_ARGUMENT" };
}
