using GraphQL.Types;
using Qingdan.Graph.Server.Api.Entities;
using Qingdan.Graph.Store.Notifications;

namespace Qingdan.Graph.Server.Api.Notifications;

/// <summary>A watch with its entity's kind and name as the graph has them now.</summary>
public sealed record WatchView(WatchRow Row, string Kind, string? Name);

/// <summary>One entity the caller watches.</summary>
public sealed class WatchType : ObjectGraphType<WatchView>
{
    public WatchType()
    {
        Name = "Watch";
        Description = "A person, company or agency the caller watches: they are notified of its findings and of facts touching it.";
        Field<NonNullGraphType<IdGraphType>>("entity").Description("The watched entity's id (p_, c_ or a_ and a number).")
            .Resolve(c => c.Source.Row.EntityId);
        Field<NonNullGraphType<EntityKindType>>("kind").Description("The watched entity's kind.").Resolve(c => c.Source.Kind);
        Field<StringGraphType>("name").Description("The watched entity's name, as the graph has it now.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Description("When the caller began watching it (UTC): nothing before is told.")
            .Resolve(c => DateTime.SpecifyKind(c.Source.Row.CreatedAt, DateTimeKind.Utc));
    }
}
