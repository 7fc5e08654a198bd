using GraphQL.Types;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Server.Api.Findings;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Server.Api.Operations;

/// <summary>One run of the rules.</summary>
public sealed class SweepType : ObjectGraphType<SweepRow>
{
    public SweepType()
    {
        Name = "Sweep";
        Description = "One run of the rules over the graph: which rules, with what parameters, and what changed.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The sweep's id (s_ and a number), as findings' history cites it.")
            .Resolve(c => c.Source.Name);
        Field<NonNullGraphType<SweepStatusType>>("status").Description("How it ended.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<SweepTriggerType>>("trigger").Description("What started it.").Resolve(c => c.Source.Trigger);
        Field<StringGraphType>("requestedBy").Description("Who asked for it: a user, a key's name, or the scheduler.")
            .Resolve(c => c.Source.RequestedBy);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RuleCodeType>>>>("rules").Description("The rules it ran, in item order.")
            .Resolve(c => FindingType.Split(c.Source.Rules).Select(Enum.Parse<RuleId>).ToList());
        Field<NonNullGraphType<StringGraphType>>("parameters").Description(
            "The parameters of RULES.md the sweep ran with, as a JSON object.").Resolve(c => c.Source.Parameters);
        Field<NonNullGraphType<DateTimeGraphType>>("startedAt").Description("When it started (UTC).")
            .Resolve(c => DateTime.SpecifyKind(c.Source.StartedAt, DateTimeKind.Utc));
        Field<DateTimeGraphType>("finishedAt").Description("When it ended (UTC).")
            .Resolve(c => c.Source.FinishedAt is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null);
        Field<NonNullGraphType<IntGraphType>>("officials").Description(
                "How many officials the rules looked at: all of them, or for an incremental sweep those a change could affect.")
            .Resolve(c => c.Source.Officials);
        Field<NonNullGraphType<IntGraphType>>("findings").Description("How many findings it found.").Resolve(c => c.Source.Findings);
        Field<NonNullGraphType<IntGraphType>>("new").Description("Findings no sweep of the rule found before.").Resolve(c => c.Source.New);
        Field<NonNullGraphType<IntGraphType>>("persisting").Description("Findings the last sweep of the rule found too.")
            .Resolve(c => c.Source.Persisting);
        Field<NonNullGraphType<IntGraphType>>("resolved").Description("Findings the last sweep of the rule found and this one did not.")
            .Resolve(c => c.Source.Resolved);
        Field<NonNullGraphType<IntGraphType>>("reopened").Description("Dismissed findings reopened because their evidence grew.")
            .Resolve(c => c.Source.Reopened);
        Field<StringGraphType>("digest").Description(
                "Per rule: counts, and the new and resolved findings by id, as a JSON object; an incremental sweep adds 'incremental' " +
                    "(the sweep it continued, entities changed, officials run), one that ran in full when asked to be incremental " +
                        "'full_because'.")
            .Resolve(c => c.Source.Digest);
        Field<StringGraphType>("error").Description("Why a failed sweep failed.").Resolve(c => c.Source.Error);
    }
}
