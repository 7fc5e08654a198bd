using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Server.Tests.Api.Notifications;

/// <summary>The server of <see cref="ApiFixture"/> with notifications tuned for tests: loopback webhooks allowed (the listeners
/// are on 127.0.0.1), short backoff and timeout, a one-second connection_init wait.</summary>
public class NotificationFixture : ApiFixture
{
    protected override Task<IDictionary<string, string?>?> SettingsAsync() => Task.FromResult<IDictionary<string, string?>?>(
        new Dictionary<string, string?>
        {
            ["Notifications:AllowPrivateNetworks"] = "true",
            ["Notifications:PollSeconds"] = "0.2",
            ["Notifications:WebhookBackoffSeconds"] = "0.2",
            ["Notifications:WebhookTimeoutSeconds"] = "1",
            ["Notifications:WebhookMaxAttempts"] = "5",
            ["Notifications:ConnectionInitSeconds"] = "1",
        });
}

/// <summary>The same over PostgreSQL.</summary>
public sealed class PostgresNotificationFixture : NotificationFixture
{
    protected override StoreFixture CreateStore() => new PostgresFixture();
}

[CollectionDefinition(Name)]
public sealed class NotificationCollection : ICollectionFixture<NotificationFixture>
{
    public const string Name = "Notifications on SQLite";
}

[CollectionDefinition(Name)]
public sealed class PostgresNotificationCollection : ICollectionFixture<PostgresNotificationFixture>
{
    public const string Name = "Notifications on PostgreSQL";
}
