using GraphQL.Types;
using Qingdan.Graph.Server.Api.Security;
using Qingdan.Graph.Store.Notifications;

namespace Qingdan.Graph.Server.Api.Notifications;

/// <summary>One notification in the caller's inbox, or as a subscription delivers it.</summary>
public sealed class NotificationType : ObjectGraphType<NotificationRow>
{
    public NotificationType()
    {
        Name = "Notification";
        Description = "Something that happened to an entity the caller watches: a finding found, reopened or resolved, or facts changed.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The notification's id (n_ and a number).").Resolve(c => $"n_{c.Source.Id}");
        Field<NonNullGraphType<NotificationKindType>>("kind").Description("What it tells.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IdGraphType>>("entity").Description("The watched entity it is about (p_, c_ or a_ and a number).")
            .Resolve(c => c.Source.EntityId);
        Field<IdGraphType>("finding").Description("The finding (f_ and a number), for the finding kinds.")
            .Resolve(c => c.Source.FindingId is { } id ? $"f_{id}" : null);
        Field<IdGraphType>("sweep").Description("The sweep that found, reopened or resolved the finding (s_ and a number).")
            .Resolve(c => c.Source.SweepId is { } id ? $"s_{id}" : null);
        Field<LongGraphType>("version").Description("The graph version whose commit changed the facts, for kind FACT.")
            .Resolve(c => c.Source.Version);
        Field<NonNullGraphType<StringGraphType>>("title").Description("One line for the inbox, in the store's words (names, rule, severity).")
            .Resolve(c => Access.IsAnalyst(c) ? Access.MaskAll(c.Source.Title) : c.Source.Title);
        Field<NonNullGraphType<StringGraphType>>("payload").Description(
                "The JSON document webhooks receive (docs/notifications.md \"Payload\"); identity numbers masked for analysts.")
            .Resolve(c => Access.IsAnalyst(c) ? Access.MaskAll(c.Source.Payload) : c.Source.Payload);
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Description("When it was stored (UTC).")
            .Resolve(c => DateTime.SpecifyKind(c.Source.CreatedAt, DateTimeKind.Utc));
        Field<DateTimeGraphType>("readAt").Description("When the caller marked it read (UTC); null while unread.")
            .Resolve(c => c.Source.ReadAt is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null);
    }
}
