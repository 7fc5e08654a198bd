using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Qingdan.Graph.Server.Api;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Findings;
using Qingdan.Graph.Store.Ingest;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Server.Tests.Api;

/// <summary>
/// PostgreSQL stopped and started again under a running server: while it is down every request gets a
/// prompt 503 naming the store (no hang, no stack trace) and readiness says so; once it is back the
/// same server answers again, without a restart.
/// </summary>
public sealed class StoreOutageTests : IAsyncLifetime
{
    private PrivatePostgres _postgres = null!;
    private WebApplication _app = null!;
    private HttpClient _client = null!;
    private readonly string _bundles = Path.Combine(Path.GetTempPath(), $"qingdan-outage-{Guid.NewGuid():N}");

    public async Task InitializeAsync()
    {
        _postgres = await PrivatePostgres.StartAsync();
        var connection = StoreConnection.Parse(_postgres.ConnectionString);
        await StoreMigrator.MigrateAsync(connection, CancellationToken.None);
        using var cadre = new BundleBuilder("cadre-1", "cadre", root: _bundles)
            .File("people.csv", "ref,name,id_number", "p1,王建国,440802196803150017", "p2,李秀英,440802197005020028")
            .File("agencies.csv", "ref,name,region_code", "a1,湛江市住房和城乡建设局,440800")
            .File("positions.csv", "person_ref,agency_ref,title,start_date", "p1,a1,局长,2015-01-01")
            .File("family.csv", "person_ref,relative_ref,relation,start_date", "p1,p2,spouse,1995-10-01");
        using var company = new BundleBuilder("company-1", "company", root: _bundles)
            .File("people.csv", "ref,name,id_number", "c-p2,李秀英,440802197005020028")
            .File("companies.csv", "ref,name,credit_code,region_code,industry", "c-c1,湛江市海滨建材有限公司,91440802MA4UJ0XX1P,440802,E48")
            .File("shareholdings.csv", "holder_ref,holder_kind,company_ref,share,start_date", "c-p2,person,c-c1,35,2016-01-01");
        foreach (var bundle in new[] { cadre, company })
        {
            Assert.Equal(IngestStatus.Committed, (await new BundleIngestor(connection, TimeProvider.System).IngestAsync(
                bundle.Folder,
                new IngestOptions(),
                CancellationToken.None)).Status);
        }

        await new SweepRunner(connection, TimeProvider.System).RunAsync(new SweepRequest(), CancellationToken.None);
        var (_, key) = await new Qingdan.Graph.Store.Security.ApiKeys(connection, TimeProvider.System).CreateAsync(
            "outage",
            "investigator",
            CancellationToken.None);
        _app = ApiHost.Build(connection, "http://127.0.0.1:0");
        await _app.StartAsync();
        _client = new HttpClient
        {
            BaseAddress = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()),
            Timeout = TimeSpan.FromSeconds(60)
        };
        _client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await _postgres.DisposeAsync();
        if (Directory.Exists(_bundles))
        {
            Directory.Delete(_bundles, recursive: true);
        }
    }

    [Fact]
    public async Task Requests_fail_cleanly_while_PostgreSQL_is_down_and_succeed_again_when_it_is_back_without_a_restart()
    {
        var (up, upBody) = await FindingsAsync();
        Assert.Equal(HttpStatusCode.OK, up);
        Assert.Equal(1, upBody.GetProperty("data").GetProperty("findings").GetProperty("totalCount").GetInt32());

        await _postgres.StopAsync();
        var clock = Stopwatch.StartNew();
        var (down, downBody) = await FindingsAsync();
        var downTime = clock.Elapsed;
        using var ready = await _client.GetAsync("/health/ready");
        using var readyBody = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down);
        var error = downBody.GetProperty("errors")[0];
        Assert.Equal("STORE_UNAVAILABLE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.StartsWith("The store is unreachable", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", downBody.GetRawText(), StringComparison.Ordinal);
        Assert.True(downTime < TimeSpan.FromSeconds(20), $"the failing request took {downTime.TotalSeconds:0.0} s");
        Assert.False(readyBody.RootElement.GetProperty("store").GetProperty("reachable").GetBoolean());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);

        await _postgres.StartAgainAsync();
        HttpStatusCode again = default;
        JsonElement againBody = default;
        for (var attempt = 0; attempt < 40 && again != HttpStatusCode.OK; attempt++)
        {
            (again, againBody) = await FindingsAsync();
            if (again != HttpStatusCode.OK)
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, again);
                await Task.Delay(500);
            }
        }

        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Equal(1, againBody.GetProperty("data").GetProperty("findings").GetProperty("totalCount").GetInt32());
        using var readyAgain = await _client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, readyAgain.StatusCode);
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> FindingsAsync()
    {
        using var response = await _client.PostAsJsonAsync(
            "/graphql",
            new { query = "{ findings { totalCount nodes { rule official { name } } } }" });
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }
}
