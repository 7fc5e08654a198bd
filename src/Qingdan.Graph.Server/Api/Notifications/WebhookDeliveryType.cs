using GraphQL.Types;
using Qingdan.Graph.Store.Notifications;

namespace Qingdan.Graph.Server.Api.Notifications;

/// <summary>One notification on its way to one webhook.</summary>
public sealed class WebhookDeliveryType : ObjectGraphType<WebhookDeliveryRow>
{
    public WebhookDeliveryType()
    {
        Name = "WebhookDelivery";
        Description = "One notification on its way to one webhook: its status, attempts and the last answer.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The delivery's id (d_ and a number), sent as X-Qingdan-Delivery.")
            .Resolve(c => $"d_{c.Source.Id}");
        Field<NonNullGraphType<IdGraphType>>("notification").Description("The notification delivered (n_ and a number).")
            .Resolve(c => $"n_{c.Source.NotificationId}");
        Field<NonNullGraphType<DeliveryStatusType>>("status").Description("Where it stands.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<IntGraphType>>("attempts").Description("How many POSTs were made.").Resolve(c => c.Source.Attempts);
        Field<IntGraphType>("lastStatus").Description("The HTTP status of the last attempt, when one came back.")
            .Resolve(c => c.Source.ResponseStatus);
        Field<StringGraphType>("lastError").Description("Why the last attempt failed (no answer in time, refused, HTTP 500).")
            .Resolve(c => c.Source.Error);
        Field<DateTimeGraphType>("lastAttemptAt").Description("When the last attempt was made (UTC).").Resolve(c => Utc(c.Source.LastAttemptAt));
        Field<DateTimeGraphType>("nextAttemptAt").Description("When a pending delivery is tried next (UTC).")
            .Resolve(c => c.Source.Status == DeliveryStatus.Pending ? Utc(c.Source.NextAttemptAt) : null);
        Field<DateTimeGraphType>("deliveredAt").Description("When the endpoint accepted it (UTC).").Resolve(c => Utc(c.Source.DeliveredAt));
    }

    private static DateTime? Utc(DateTime? at) => at is { } value ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : null;
}
