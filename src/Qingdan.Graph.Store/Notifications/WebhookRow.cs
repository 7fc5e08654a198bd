namespace Qingdan.Graph.Store.Notifications;

/// <summary>Where a user's notifications are POSTed, signed with HMAC-SHA256 of the body under <see cref="Secret"/>.</summary>
public sealed class WebhookRow
{
    public long Id { get; set; }

    public required string Owner { get; set; }

    public required string Url { get; set; }

    /// <summary>The shared signing secret; never returned by the API.</summary>
    public required string Secret { get; set; }

    public required string Role { get; set; }

    public string? Scope { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Set when the owner removes the webhook; its log stays.</summary>
    public DateTime? RemovedAt { get; set; }
}
