using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingdan.Graph.Server.Api.Security;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Notifications;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Server.Api.Notifications;

/// <summary>
/// Delivers the pending webhook deliveries (docs/notifications.md "Webhooks"): a POST of the notification's JSON, signed
/// with HMAC-SHA256 of the body under the webhook's secret (<c>X-Qingdan-Signature: sha256=…</c>), within
/// <c>Notifications:WebhookTimeoutSeconds</c>; a failure is retried after 2, 4, 8… seconds until
/// <c>WebhookMaxAttempts</c>, each attempt written to the delivery log. Each delivery is claimed before it is sent, so that
/// two servers on one store never POST the same attempt twice. It runs on its own: sweeps and ingests never wait for it.
/// </summary>
public sealed class WebhookDispatcher : BackgroundService
{
    public const string SignatureHeader = "X-Qingdan-Signature";
    public const string DeliveryHeader = "X-Qingdan-Delivery";
    public const string TimestampHeader = "X-Qingdan-Timestamp";
    public const string EventHeader = "X-Qingdan-Event";

    private readonly Turns _turns = new();
    private readonly StoreConnection _connection;
    private readonly TimeProvider _time;
    private readonly NotificationOptions _options;
    private readonly ILogger<WebhookDispatcher> _logger;
    private readonly HttpClient _client;

    public WebhookDispatcher(StoreConnection connection, TimeProvider time, IOptions<NotificationOptions> options, ILogger<WebhookDispatcher> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _connection = connection;
        _time = time;
        _options = options.Value;
        _logger = logger;
        _client = new HttpClient(WebhookUrls.Handler(_options.AllowPrivateNetworks)) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>New deliveries are pending: look now rather than at the next poll.</summary>
    public void Poke() => _turns.Poke();

    /// <summary>The signature header's value for a body: <c>sha256=</c> and the lower-case hex HMAC-SHA256 under the secret.</summary>
    public static string Sign(string secret, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
    }

    /// <summary>Sends every delivery due now; returns how many were attempted.</summary>
    public async Task<int> TurnAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        List<WebhookDeliveryRow> due;
        await using (var context = _connection.CreateContext())
        {
            due = await context.WebhookDeliveries.AsNoTracking()
                .Where(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now)
                .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id)
                .Take(Math.Max(1, _options.WebhookConcurrency) * 8)
                .ToListAsync(cancellationToken);
        }

        var attempted = 0;
        await Parallel.ForEachAsync(
            due,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.WebhookConcurrency), CancellationToken = cancellationToken },
            async (delivery, token) =>
            {
                if (await ClaimAsync(delivery, token))
                {
                    Interlocked.Increment(ref attempted);
                    await AttemptAsync(delivery.Id, token);
                }
            });
        return attempted;
    }

    public override void Dispose()
    {
        _client.Dispose();
        base.Dispose();
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => _turns.RunAsync(
        async cancellationToken => await TurnAsync(cancellationToken),
        TimeSpan.FromSeconds(Math.Max(0.05, _options.PollSeconds)),
        error => _logger.LogWarning(error, "Webhook deliveries failed to run; the next turn tries again."),
        stoppingToken);

    /// <summary>Moves the attempt's time on past its timeout, only if no one else has: the one who moved it sends it.</summary>
    private async Task<bool> ClaimAsync(WebhookDeliveryRow delivery, CancellationToken cancellationToken)
    {
        var until = _time.GetUtcNow().UtcDateTime + TimeSpan.FromSeconds(_options.WebhookTimeoutSeconds + 30);
        var seen = delivery.NextAttemptAt;
        await using var context = _connection.CreateContext();
        return await context.WebhookDeliveries
            .Where(d => d.Id == delivery.Id && d.Status == DeliveryStatus.Pending && d.NextAttemptAt == seen)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptAt, until), cancellationToken) == 1;
    }

    private async Task AttemptAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = _connection.CreateContext();
        var delivery = await context.WebhookDeliveries.SingleAsync(d => d.Id == id, cancellationToken);
        var hook = await context.Webhooks.AsNoTracking().SingleAsync(w => w.Id == delivery.WebhookId, cancellationToken);
        var notification = await context.Notifications.AsNoTracking().SingleAsync(n => n.Id == delivery.NotificationId, cancellationToken);
        var now = _time.GetUtcNow().UtcDateTime;
        delivery.Attempts++;
        delivery.LastAttemptAt = now;
        if (hook.RemovedAt is not null)
        {
            (delivery.Status, delivery.Error, delivery.NextAttemptAt) = (DeliveryStatus.Failed, "the webhook was removed", null);
            await context.SaveChangesAsync(cancellationToken);
            return;
        }

        var body = Body(notification, delivery, hook.Role == Roles.Analyst);
        using var request = new HttpRequestMessage(HttpMethod.Post, hook.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(SignatureHeader, Sign(hook.Secret, body));
        request.Headers.Add(DeliveryHeader, $"d_{delivery.Id}");
        request.Headers.Add(EventHeader, Core.Model.Wire.Name(notification.Kind));
        request.Headers.Add(TimestampHeader, new DateTimeOffset(now, TimeSpan.Zero).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        request.Headers.UserAgent.ParseAdd("Qingdan.Graph-Webhooks/1");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.WebhookTimeoutSeconds));
        string? error;
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            delivery.ResponseStatus = (int)response.StatusCode;
            error = response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            error = $"no answer within {_options.WebhookTimeoutSeconds.ToString(CultureInfo.InvariantCulture)} s";
            delivery.ResponseStatus = null;
        }
        catch (HttpRequestException failed)
        {
            error = failed.Message;
            delivery.ResponseStatus = null;
        }

        if (error is null)
        {
            (delivery.Status, delivery.DeliveredAt, delivery.Error, delivery.NextAttemptAt) = (DeliveryStatus.Delivered, now, null, null);
        }
        else if (delivery.Attempts >= Math.Max(1, _options.WebhookMaxAttempts))
        {
            (delivery.Status, delivery.Error, delivery.NextAttemptAt) = (DeliveryStatus.Failed, Clip(error), null);
        }
        else
        {
            var backoff = Math.Min(_options.WebhookMaxBackoffSeconds, _options.WebhookBackoffSeconds * Math.Pow(2, delivery.Attempts - 1));
            (delivery.Error, delivery.NextAttemptAt) = (Clip(error), _time.GetUtcNow().UtcDateTime + TimeSpan.FromSeconds(backoff));
        }

        await context.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>The POSTed body: the notification's id and the delivery's, then the stored payload; identity numbers masked for a
    /// webhook an analyst added.</summary>
    public static byte[] Body(NotificationRow notification, WebhookDeliveryRow delivery, bool masked)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentNullException.ThrowIfNull(delivery);
        var payload = masked ? Access.MaskAll(notification.Payload) : notification.Payload;
        var rest = payload.Length > 2 ? "," + payload[1..] : "}";
        return Encoding.UTF8.GetBytes($"{{\"id\":\"n_{notification.Id}\",\"delivery\":\"d_{delivery.Id}\"{rest}");
    }

    private static string Clip(string text) => text.Length <= 2000 ? text : text[..2000];
}
