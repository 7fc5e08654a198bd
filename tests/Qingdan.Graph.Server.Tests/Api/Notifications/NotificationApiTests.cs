using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Server.Api.Notifications;
using Qingdan.Graph.Store.Ingest;
using Qingdan.Graph.Store.Security;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Server.Tests.Api.Notifications;

/// <summary>
/// Watches to deliveries on the real server: a watched official's new finding, made by an ingest then a sweep, reaches a
/// webhook listener (signed, retried) and a graphql-ws client within seconds; roles and scopes decide who may watch.
/// </summary>
public abstract class NotificationApiTests(NotificationFixture fixture)
{
    private const string Secret = "a-shared-secret-of-the-test";

    [Fact]
    public async Task A_watched_officials_new_finding_reaches_the_webhook_and_the_subscribed_client_within_seconds_of_the_sweep()
    {
        var investigator = await KeyAsync($"watcher-{Guid.NewGuid():N}", Roles.Investigator);
        using var client = fixture.ClientWith(investigator);
        var official = await IdOfAsync("王建国");
        await using var hook = await WebhookListener.StartAsync(failures: 2);
        await PostAsync(client, $$"""mutation { watch(entity: "{{official}}") { entity name } }""");
        await PostAsync(client, $$"""mutation { addWebhook(url: "{{hook.Url}}", secret: "{{Secret}}") { id } }""");
        using var subscriber = Subscriber.Start(fixture.Address, investigator);
        await subscriber.ReadyAsync();

        // A delta: the spouse takes 40% of a firm the official's bureau has never met; the sweep finds NL5 anew.
        var company = $"新星建设{Guid.NewGuid().ToString("N")[..6]}有限公司";
        using (var delta = new BundleBuilder($"company-{Guid.NewGuid():N}", "company")
            .File("people.csv", "ref,name,id_number", "d-p2,李秀英,440802197005020028")
            .File("companies.csv", "ref,name,region_code", $"d-c9,{company},440802")
            .File("shareholdings.csv", "holder_ref,holder_kind,company_ref,share,start_date", "d-p2,person,d-c9,40,2020-01-01"))
        {
            var report = await new BundleIngestor(fixture.Connection, TimeProvider.System).IngestAsync(delta.Folder, new IngestOptions(), CancellationToken.None);
            Assert.Equal(IngestStatus.Committed, report.Status);
        }

        await PostAsync(fixture.Client, "mutation { runSweep { id new } }");
        var swept = Stopwatch.StartNew();

        var event_ = await subscriber.NextAsync(e => e.GetProperty("kind").GetString() == "FINDING_NEW", TimeSpan.FromSeconds(10));
        var toClient = swept.Elapsed;
        Assert.Contains(company, event_.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(official, event_.GetProperty("entity").GetString());

        var delivered = await UntilAsync(() => hook.Received.FirstOrDefault(r => r.Answer == 200 && Kind(r.Body) == "finding_new"), TimeSpan.FromSeconds(10));
        var toHook = swept.Elapsed;
        Assert.True(toClient < TimeSpan.FromSeconds(5) && toHook < TimeSpan.FromSeconds(5), $"client after {toClient}, webhook after {toHook}");
        Assert.Equal(WebhookDispatcher.Sign(Secret, delivered.Body), delivered.Headers[WebhookDispatcher.SignatureHeader]);
        using var body = JsonDocument.Parse(delivered.Body);
        Assert.Equal(official, body.RootElement.GetProperty("finding").GetProperty("official").GetProperty("id").GetString());
        Assert.Equal(delivered.Headers[WebhookDispatcher.DeliveryHeader], body.RootElement.GetProperty("delivery").GetString());
        Assert.True(hook.Received.Count(r => r.Answer == 500) == 2, "the listener failed the first two attempts");

        var log = await PostAsync(client, "{ webhooks { deliveries { status attempts lastStatus } } notifications(unread: true) { unreadCount items { id kind } } }");
        var deliveries = log.GetProperty("webhooks")[0].GetProperty("deliveries").EnumerateArray().ToList();
        Assert.Contains(deliveries, d => d.GetProperty("status").GetString() == "DELIVERED" && d.GetProperty("attempts").GetInt32() > 1);
        var inbox = log.GetProperty("notifications");
        Assert.Contains(inbox.GetProperty("items").EnumerateArray(), n => n.GetProperty("kind").GetString() == "FINDING_NEW");
        var all = await PostAsync(client, "mutation { markRead(all: true) }");
        Assert.Equal(inbox.GetProperty("unreadCount").GetInt32(), all.GetProperty("markRead").GetInt32());
    }

    [Fact]
    public async Task A_dead_webhook_never_holds_up_a_sweep()
    {
        var investigator = await KeyAsync($"dead-{Guid.NewGuid():N}", Roles.Investigator);
        using var client = fixture.ClientWith(investigator);
        await using var dead = await WebhookListener.StartAsync(hang: true);
        foreach (var name in new[] { "王建国", "李秀英", "湛江市海滨建材有限公司" })
        {
            await PostAsync(client, $$"""mutation { watch(entity: "{{await IdOfAsync(name)}}") { entity } }""");
        }

        await PostAsync(client, $$"""mutation { addWebhook(url: "{{dead.Url}}", secret: "{{Secret}}") { id } }""");
        var clock = Stopwatch.StartNew();
        await PostAsync(fixture.Client, "mutation { runSweep(full: true) { id } }");
        var sweep = clock.Elapsed;

        Assert.True(sweep < TimeSpan.FromSeconds(1), $"the sweep took {sweep}");
    }

    [Fact]
    public async Task Analysts_may_not_watch_and_a_scoped_investigator_may_not_watch_outside_the_scope()
    {
        var official = await IdOfAsync("王建国");
        using var analyst = fixture.ClientWith(await KeyAsync($"an-{Guid.NewGuid():N}", Roles.Analyst));
        using var elsewhere = fixture.ClientWith(await KeyAsync($"gx-{Guid.NewGuid():N}", Roles.Investigator, "45"));

        var refused = await RawAsync(analyst, $$"""mutation { watch(entity: "{{official}}") { entity } }""");
        var outside = await RawAsync(elsewhere, $$"""mutation { watch(entity: "{{official}}") { entity } }""");
        var badUrl = await RawAsync(fixture.Client, """mutation { addWebhook(url: "ftp://user:pw@example.org/x", secret: "a-shared-secret-of-the-test") { id } }""");

        Assert.Equal("FORBIDDEN", Code(refused));
        Assert.Equal("FORBIDDEN_SCOPE", Code(outside));
        Assert.Equal("BAD_ARGUMENT", Code(badUrl));
        Assert.Equal(0, (await PostAsync(analyst, "{ watches { entity } }")).GetProperty("watches").GetArrayLength());
    }

    private static string? Kind(byte[] body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("kind").GetString();
    }

    private static string? Code(JsonElement answer) =>
        answer.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    private static async Task<T> UntilAsync<T>(Func<T?> probe, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < within)
        {
            if (probe() is { } found && !EqualityComparer<T>.Default.Equals(found, default))
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"nothing within {within}");
    }

    private async Task<string> KeyAsync(string name, string role, string? scope = null) =>
        (await new ApiKeys(fixture.Connection, TimeProvider.System).CreateAsync(name, role, AccessScope.Parse(scope), null, CancellationToken.None)).Token;

    private async Task<string> IdOfAsync(string name)
    {
        await using var context = fixture.Connection.CreateContext();
        var node = await context.Nodes.AsNoTracking().FirstAsync(n => n.Name == name);
        return new Core.Model.EntityId(node.Kind, node.Id).ToString();
    }

    private static async Task<JsonElement> RawAsync(HttpClient client, string query)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query });
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string query)
    {
        var answer = await RawAsync(client, query);
        Assert.False(answer.TryGetProperty("errors", out var errors), errors.ToString());
        return answer.GetProperty("data");
    }

    /// <summary>The npm graphql-ws client (tests/notify-ws/subscribe.mjs) in a node process, its events read off stdout.</summary>
    private sealed class Subscriber : IDisposable
    {
        private readonly Process _process;
        private readonly System.Threading.Channels.Channel<string> _lines = System.Threading.Channels.Channel.CreateUnbounded<string>();
        private readonly StringBuilder _errors = new();

        private Subscriber(Process process)
        {
            _process = process;
            process.OutputDataReceived += (_, e) =>
            {
                if (e.Data is { } line)
                {
                    _lines.Writer.TryWrite(line);
                }
            };
            process.ErrorDataReceived += (_, e) =>
            {
                lock (_errors)
                {
                    _errors.AppendLine(e.Data);
                }
            };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public static Subscriber Start(Uri server, string key)
        {
            var script = Path.Combine(RepositoryRoot.Path, "tests", "notify-ws", "subscribe.mjs");
            var start = new ProcessStartInfo("node")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { script, new UriBuilder(server) { Scheme = "ws", Path = "/graphql" }.Uri.ToString(), $"Bearer {key}", "50" })
            {
                start.ArgumentList.Add(argument);
            }

            return new Subscriber(Process.Start(start)!);
        }

        public async Task ReadyAsync()
        {
            var line = await ReadAsync(TimeSpan.FromSeconds(15));
            Assert.True(line == "ready", $"{line} {_errors}");
        }

        public async Task<JsonElement> NextAsync(Func<JsonElement, bool> wanted, TimeSpan within)
        {
            var clock = Stopwatch.StartNew();
            while (true)
            {
                var line = await ReadAsync(within - clock.Elapsed);
                var notification = JsonDocument.Parse(line).RootElement.GetProperty("data").GetProperty("notifications").Clone();
                if (wanted(notification))
                {
                    return notification;
                }
            }
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill();
            }

            _process.Dispose();
        }

        private async Task<string> ReadAsync(TimeSpan within)
        {
            using var timeout = new CancellationTokenSource(within > TimeSpan.Zero ? within : TimeSpan.FromMilliseconds(1));
            try
            {
                return await _lines.Reader.ReadAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                lock (_errors)
                {
                    throw new TimeoutException($"graphql-ws client said nothing within {within}: {_errors}");
                }
            }
        }
    }
}

[Collection(NotificationCollection.Name)]
public sealed class SqliteNotificationApiTests(NotificationFixture fixture) : NotificationApiTests(fixture);

[Collection(PostgresNotificationCollection.Name)]
public sealed class PostgresNotificationApiTests(PostgresNotificationFixture fixture) : NotificationApiTests(fixture);
