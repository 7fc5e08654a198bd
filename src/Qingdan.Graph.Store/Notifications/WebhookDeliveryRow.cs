namespace Qingdan.Graph.Store.Notifications;

/// <summary>One notification on its way to one webhook: the delivery log, with retries and their backoff.</summary>
public sealed class WebhookDeliveryRow
{
    public long Id { get; set; }

    public long WebhookId { get; set; }

    public long NotificationId { get; set; }

    public DeliveryStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When a pending delivery is next tried.</summary>
    public DateTime? NextAttemptAt { get; set; }

    public DateTime? LastAttemptAt { get; set; }

    /// <summary>The HTTP status of the last attempt, when one came back.</summary>
    public int? ResponseStatus { get; set; }

    /// <summary>Why the last attempt failed (timeout, refused, HTTP 500).</summary>
    public string? Error { get; set; }

    public DateTime? DeliveredAt { get; set; }
}
