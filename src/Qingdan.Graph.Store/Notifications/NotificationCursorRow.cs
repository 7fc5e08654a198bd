namespace Qingdan.Graph.Store.Notifications;

/// <summary>How far notifications have been written: the last sweep (<c>sweeps</c>) and graph version (<c>facts</c>) read.</summary>
public sealed class NotificationCursorRow
{
    public required string Name { get; set; }

    public long Value { get; set; }
}
