namespace Qingdan.Graph.Store.Notifications;

/// <summary>A user watching a person, company or agency: what their notifications are about. The watcher's role and scope as
/// they were when they watched, so that a notification is never delivered beyond what its reader may see.</summary>
public sealed class WatchRow
{
    public long Id { get; set; }

    /// <summary>The user (the key's name or the identity provider's subject).</summary>
    public required string Owner { get; set; }

    /// <summary>The entity watched: <c>p_12</c>, <c>c_7</c> or <c>a_3</c>.</summary>
    public required string EntityId { get; set; }

    public required string Role { get; set; }

    /// <summary>The watcher's <see cref="Security.AccessScope"/>, canonical form; null for unscoped.</summary>
    public string? Scope { get; set; }

    public DateTime CreatedAt { get; set; }
}
