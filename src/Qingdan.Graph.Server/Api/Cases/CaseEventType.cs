using GraphQL.Types;
using Qingdan.Graph.Store.Cases;

namespace Qingdan.Graph.Server.Api.Cases;

/// <summary>One entry of a case's history.</summary>
public sealed class CaseEventType : ObjectGraphType<CaseEventRow>
{
    public CaseEventType()
    {
        Name = "CaseEvent";
        Description = "An entry of a case's history: a note or a change, never edited or deleted.";
        Field<NonNullGraphType<DateTimeGraphType>>("at").Description("When (UTC).")
            .Resolve(c => DateTime.SpecifyKind(c.Source.At, DateTimeKind.Utc));
        Field<NonNullGraphType<CaseEventKindType>>("kind").Description("What happened.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("actor").Description("Who: an API key's name or a signed-in user.")
            .Resolve(c => c.Source.Actor);
        Field<StringGraphType>("text").Description("The note, or what changed (see the kind).").Resolve(c => c.Source.Text);
        Field<IdGraphType>("finding").Description("The finding added, removed or triaged (f_ and a number).")
            .Resolve(c => c.Source.FindingId is { } f ? $"f_{f}" : null);
        Field<IdGraphType>("entity").Description("The person, company or agency added or removed.").Resolve(c => c.Source.EntityId);
    }
}
