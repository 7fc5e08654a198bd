using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Qingdan.Graph.Server.Api.Security;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Server.Tests.Api;

/// <summary>The audit chain through the live server: group-committed rows from many clients stay one chain; the head is logged
/// daily.</summary>
public abstract class AuditChainApiTests(ApiFixture api)
{
    [Fact]
    public async Task Fifty_concurrent_clients_leave_one_unbroken_chain_with_a_row_for_every_look()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var keys = new ApiKeys(api.Connection, TimeProvider.System);
        var tokens = new List<string>();
        for (var k = 0; k < 5; k++)
        {
            tokens.Add((await keys.CreateAsync($"chain-{run}-{k}", Roles.Investigator, CancellationToken.None)).Token);
        }

        await Task.WhenAll(Enumerable.Range(0, 50).Select(c => Task.Run(async () =>
        {
            using var client = api.ClientWith(tokens[c % tokens.Count]);
            for (var i = 0; i < 4; i++)
            {
                using var response = await client.PostAsync(
                    "/graphql",
                    new StringContent("""{"query":"query Look { person(id: \"p_1\") { name } }"}""", Encoding.UTF8, "application/json"));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        })));

        var result = await AuditVerifier.VerifyAsync(api.Connection, null, CancellationToken.None);
        await using var context = api.Connection.CreateContext();
        Assert.True(result.Intact, result.Break?.Message);
        Assert.Equal(200, await context.AuditLog.CountAsync(r => r.Actor.StartsWith($"chain-{run}-")));
        Assert.Equal(await context.AuditLog.CountAsync(), result.RowsChecked);
        Assert.Equal(await context.AuditLog.MaxAsync(r => r.Id), result.Head!.Id);
    }

    [Fact]
    public async Task The_head_is_logged_at_start_and_again_after_24_hours()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var lines = new Lines();
        using var logger = new AuditHeadLogger(api.Connection, time, lines);
        var audit = new AuditLog(api.Connection, TimeProvider.System);
        await audit.WriteAsync("head-test", Roles.Admin, "look", [], "cli", default);

        await logger.StartAsync(CancellationToken.None);
        await WaitAsync(() => lines.Count == 1);
        await audit.WriteAsync("head-test", Roles.Admin, "look again", [], "cli", default);
        time.Advance(AuditHeadLogger.Interval - TimeSpan.FromMinutes(1));
        await Task.Delay(200);
        Assert.Equal(1, lines.Count);
        time.Advance(TimeSpan.FromMinutes(1));
        await WaitAsync(() => lines.Count == 2);
        await logger.StopAsync(CancellationToken.None);

        var head = await AuditVerifier.HeadAsync(api.Connection, CancellationToken.None);
        Assert.Matches("^audit head [0-9]+:[0-9a-f]{64} \\(row written ", lines[0]);
        Assert.Matches($"^audit head {head} \\(row written ", lines[1]);
        Assert.NotEqual(lines[0], lines[1]);
    }

    private static async Task WaitAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "timed out");
    }

    // What the logger writes, line by line.
    private sealed class Lines : ILogger<AuditHeadLogger>
    {
        private readonly List<string> _lines = [];

        public int Count
        {
            get
            {
                lock (_lines)
                {
                    return _lines.Count;
                }
            }
        }

        public string this[int index]
        {
            get
            {
                lock (_lines)
                {
                    return _lines[index];
                }
            }
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            lock (_lines)
            {
                _lines.Add(formatter(state, exception));
            }
        }
    }
}

[Collection(ApiCollection.Name)]
public sealed class SqliteAuditChainApiTests(ApiFixture api) : AuditChainApiTests(api);

[Collection(PostgresApiCollection.Name)]
public sealed class PostgresAuditChainApiTests(PostgresApiFixture api) : AuditChainApiTests(api);
