using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Qingdan.Graph.Server.Api.Notifications;

/// <summary>The services behind watches and notifications: the hub, the pump, the webhook dispatcher, the WebSocket transport.</summary>
public static class NotificationServices
{
    public static IServiceCollection AddQingdanNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<NotificationOptions>(configuration.GetSection(NotificationOptions.Section));
        services.AddSingleton<NotificationHub>();
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService(s => s.GetRequiredService<WebhookDispatcher>());
        services.AddSingleton<NotificationPump>();
        services.AddHostedService(s => s.GetRequiredService<NotificationPump>());
        services.AddSingleton<GraphQLWebSocket>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, GraphQLWebSocketEndpoint.UpgradePolicy>());
        return services;
    }

    /// <summary>Tells the pump that this process just swept or ingested (a no-op where notifications are not set up).</summary>
    public static void Notify(IServiceProvider? services) => services?.GetService<NotificationPump>()?.Poke();
}
