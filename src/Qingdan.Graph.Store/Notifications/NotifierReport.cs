namespace Qingdan.Graph.Store.Notifications;

/// <summary>What one catch-up of the <see cref="Notifier"/> read and wrote.</summary>
public sealed record NotifierReport
{
    /// <summary>A catch-up that found nothing new since the cursors.</summary>
    public static readonly NotifierReport Nothing = new();

    /// <summary>Sweeps read past the <c>sweeps</c> cursor.</summary>
    public int Sweeps { get; init; }

    /// <summary>Graph versions read past the <c>facts</c> cursor.</summary>
    public int Versions { get; init; }

    /// <summary>Events about some watched entity (before the one-per-owner and scope checks).</summary>
    public int Events { get; init; }

    public int Notifications { get; init; }

    /// <summary>Webhook deliveries queued with the notifications.</summary>
    public int Deliveries { get; init; }

    /// <summary>Another process was catching up on the same events; this one wrote nothing.</summary>
    public bool Concurrent { get; init; }

    public TimeSpan Elapsed { get; init; }
}
