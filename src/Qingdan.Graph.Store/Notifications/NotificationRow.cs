namespace Qingdan.Graph.Store.Notifications;

/// <summary>One thing a user was told about one of their watched entities: stored, shown in the inbox until read, and delivered
/// to their webhooks and subscriptions.</summary>
public sealed class NotificationRow
{
    public long Id { get; set; }

    public required string Owner { get; set; }

    public NotificationKind Kind { get; set; }

    /// <summary>The watched entity the notification is about (<c>p_12</c>).</summary>
    public required string EntityId { get; set; }

    /// <summary>The finding, for the finding kinds.</summary>
    public long? FindingId { get; set; }

    /// <summary>The sweep that found, reopened or resolved the finding.</summary>
    public long? SweepId { get; set; }

    /// <summary>The graph version an ingest's facts made, for <see cref="NotificationKind.Fact"/>.</summary>
    public long? Version { get; set; }

    /// <summary>One line for the inbox, in the store's words (names, rule, severity).</summary>
    public required string Title { get; set; }

    /// <summary>The delivered JSON document (webhook body, subscription payload).</summary>
    public required string Payload { get; set; }

    /// <summary>Makes writing a notification idempotent: one per owner and event (<c>s12:f_5:finding_new</c>).</summary>
    public required string EventKey { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? ReadAt { get; set; }
}
