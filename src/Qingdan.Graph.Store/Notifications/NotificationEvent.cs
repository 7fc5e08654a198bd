using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Store.Notifications;

/// <summary>
/// Something that happened, before it is told to anyone: its key (the same for every watcher, <c>s_12:f_5:finding_new</c>),
/// the store ids of the entities it is about (in the order a watcher's entity is chosen), and how its inbox line and its
/// payload read for one watcher.
/// </summary>
internal sealed record NotificationEvent
{
    public required string Key { get; init; }

    public required NotificationKind Kind { get; init; }

    public required DateTime At { get; init; }

    public required IReadOnlyList<long> Entities { get; init; }

    public long? FindingId { get; init; }

    public long? SweepId { get; init; }

    public long? Version { get; init; }

    /// <summary>What a scoped watcher must be able to read: the finding's official (its company without one); null: the watched
    /// entity itself.</summary>
    public EntityId? Subject { get; init; }

    /// <summary>The inbox line for the watched entity (its id and name).</summary>
    public required Func<EntityId, string?, string> Title { get; init; }

    /// <summary>The delivered document for one watch (its owner), the watched entity and its name; identity numbers masked
    /// when the flag is set.</summary>
    public required Func<WatchRow, EntityId, string?, bool, string> Payload { get; init; }
}
