namespace Qingdan.Graph.Server.Api.Notifications;

/// <summary><c>Notifications</c>: how often the server looks for what other processes swept or ingested, and how webhooks are
/// delivered (docs/notifications.md).</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>Seconds between looks at the store for sweeps and ingests of other processes (the CLI's); the server's own are
    /// told at once.</summary>
    public double PollSeconds { get; set; } = 1;

    /// <summary>Seconds one webhook POST may take before it counts as failed.</summary>
    public double WebhookTimeoutSeconds { get; set; } = 10;

    /// <summary>Attempts before a delivery is given up as failed.</summary>
    public int WebhookMaxAttempts { get; set; } = 8;

    /// <summary>Seconds before the first retry; each further retry waits twice as long (2, 4, 8… by default), up to
    /// <see cref="WebhookMaxBackoffSeconds"/>.</summary>
    public double WebhookBackoffSeconds { get; set; } = 2;

    public double WebhookMaxBackoffSeconds { get; set; } = 3600;

    /// <summary>Deliveries POSTed at once.</summary>
    public int WebhookConcurrency { get; set; } = 8;

    /// <summary>Whether webhooks may point at loopback, private (RFC 1918, fc00::/7) and link-local addresses; off by default so
    /// that a webhook cannot make the server call into its own network.</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>Seconds a graphql-transport-ws client has to send <c>connection_init</c> after connecting.</summary>
    public double ConnectionInitSeconds { get; set; } = 10;
}
