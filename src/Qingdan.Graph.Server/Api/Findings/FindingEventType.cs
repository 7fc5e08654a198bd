using GraphQL.Types;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Server.Api.Findings;

/// <summary>One entry of a finding's history.</summary>
public sealed class FindingEventType : ObjectGraphType<FindingEventRow>
{
    public FindingEventType()
    {
        Name = "FindingEvent";
        Description = "An entry of a finding's history: a sweep's verdict or an investigator's action.";
        Field<NonNullGraphType<DateTimeGraphType>>("at").Description("When (UTC).")
            .Resolve(c => DateTime.SpecifyKind(c.Source.At, DateTimeKind.Utc));
        Field<NonNullGraphType<FindingEventKindType>>("kind").Description("What happened.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("actor").Description("Who: an API key's name, a user, or s_ and a number for a sweep.")
            .Resolve(c => c.Source.Actor);
        Field<TriageStatusType>("fromStatus").Description("The triage status before, for a status change or a reopening.")
            .Resolve(c => c.Source.FromStatus);
        Field<TriageStatusType>("toStatus").Description("The triage status after, for a status change or a reopening.")
            .Resolve(c => c.Source.ToStatus);
        Field<StringGraphType>("text").Description("The note, the comment, or what the sweep saw.").Resolve(c => c.Source.Text);
        Field<StringGraphType>("sweep").Description("The sweep behind it (s_ and a number), for a sweep's verdict.")
            .Resolve(c => c.Source.SweepId is { } s ? $"s_{s}" : null);
    }
}
