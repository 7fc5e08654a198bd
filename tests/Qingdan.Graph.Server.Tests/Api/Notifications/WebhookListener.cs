using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Qingdan.Graph.Server.Tests.Api.Notifications;

/// <summary>A real Kestrel endpoint on 127.0.0.1 that records every POST; it answers 500 to the first <c>failures</c> and can
/// hang instead of answering.</summary>
public sealed class WebhookListener : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _failures;

    private WebhookListener(WebApplication app, int failures)
    {
        _app = app;
        _failures = failures;
    }

    public ConcurrentQueue<(Dictionary<string, string> Headers, byte[] Body, int Answer)> Received { get; } = new();

    public string Url { get; private set; } = string.Empty;

    public static async Task<WebhookListener> StartAsync(int failures = 0, bool hang = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var listener = new WebhookListener(app, failures);
        app.MapPost("/hook", async (HttpContext http) =>
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body);
            if (hang)
            {
                await Task.Delay(Timeout.Infinite, http.RequestAborted);
            }

            var answer = Interlocked.Decrement(ref listener._failures) >= 0 ? (int)HttpStatusCode.InternalServerError : (int)HttpStatusCode.OK;
            listener.Received.Enqueue((http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body.ToArray(), answer));
            http.Response.StatusCode = answer;
        });
        await app.StartAsync();
        listener.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/hook";
        return listener;
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }
}
