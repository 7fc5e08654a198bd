using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Qingdan.Graph.Server.Api;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Findings;
using Qingdan.Graph.Store.Graph;
using Qingdan.Graph.Store.Ingest;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Server.Tests.Api;

/// <summary>
/// The real server on a free loopback port over a SQLite store (<see cref="PostgresApiFixture"/>: the
/// same over PostgreSQL): an official, a spouse holding 35% of a building firm, a loan from a trading
/// firm whose legal representative signs an award to the building firm, two procurement awards — and
/// one sweep, so the inbox has NL3, NL5 and NL9 findings.
/// </summary>
public class ApiFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"qingdan-api-{Guid.NewGuid():N}");
    private WebApplication? _app;
    private StoreFixture? _store;

    public StoreConnection Connection { get; private set; } = null!;

    /// <summary>An admin's client: admins may ask everything.</summary>
    public HttpClient Client { get; private set; } = null!;

    public Uri Address { get; private set; } = null!;

    /// <summary>The running server's services (the scheduler's scopes, for instance).</summary>
    public IServiceProvider Services => _app!.Services;

    /// <summary>Keys by role, and one revoked.</summary>
    public Dictionary<string, string> Keys { get; } = [];

    /// <summary>A client with the given key (or none).</summary>
    public HttpClient ClientWith(string? key)
    {
        var client = new HttpClient { BaseAddress = Address };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _store = CreateStore();
        await _store.InitializeAsync();
        Connection = _store.Connection;
        using var cadre = new BundleBuilder("cadre-1", "cadre", root: Path.Combine(_folder, "b"))
            .File("people.csv", "ref,name,id_number", "p1,王建国,440802196803150017", "p2,李秀英,440802197005020028", "p3,陈志强,")
            .File("agencies.csv", "ref,name,region_code", "a1,湛江市住房和城乡建设局,440800")
            .File("positions.csv", "person_ref,agency_ref,title,start_date", "p1,a1,局长,2015-01-01")
            .File("family.csv", "person_ref,relative_ref,relation,start_date", "p1,p2,spouse,1995-10-01");
        using var company = new BundleBuilder("company-1", "company", root: Path.Combine(_folder, "b"))
            .File("people.csv", "ref,name,id_number", "c-p2,李秀英,440802197005020028")
            .File(
                "companies.csv",
                "ref,name,credit_code,region_code,industry",
                "c-c1,湛江市海滨建材有限公司,91440802MA4UJ0XX1P,440802,E48",
                "c-c2,湛江山海贸易有限公司,,440802,F51")
            .File("shareholdings.csv", "holder_ref,holder_kind,company_ref,share,start_date", "c-p2,person,c-c1,35,2016-01-01");
        using var finance = new BundleBuilder("finance-1", "finance", root: Path.Combine(_folder, "b"))
            .File("people.csv", "ref,name,id_number", "f-p2,李秀英,440802197005020028")
            .File("companies.csv", "ref,name", "f-c2,湛江山海贸易有限公司")
            .File(
                "transactions.csv",
                "from_ref,from_kind,to_ref,to_kind,kind,amount,date",
                "f-c2,company,f-p2,person,loan,300000,2024-03-01");
        using var procurement = new BundleBuilder("procurement-1", "procurement", root: Path.Combine(_folder, "b"))
            .File("people.csv", "ref,name,id_number", "r-p1,王建国,440802196803150017", "r-p3,陈志强,")
            .File("agencies.csv", "ref,name,region_code", "r-a1,湛江市住房和城乡建设局,440800")
            .File("companies.csv", "ref,name,credit_code", "r-c1,湛江市海滨建材有限公司,91440802MA4UJ0XX1P", "r-c2,湛江山海贸易有限公司,")
            .File("decisions.csv", "ref,kind,agency_ref,beneficiary_ref,title,amount,decided_date,method,bidders",
                "d1,procurement_award,r-a1,r-c1,滨海路改造,2000000,2025-03-01,direct,1",
                "d2,procurement_award,r-a1,r-c2,办公用品,500000,2024-06-01,open,3")
            .File("decision_officials.csv", "decision_ref,person_ref,role", "d1,r-p1,approver", "d2,r-p3,handler");
        var ingestor = new BundleIngestor(Connection, TimeProvider.System);
        foreach (var bundle in new[] { cadre, company, finance, procurement }.Concat(MoreBundles(Path.Combine(_folder, "b"))))
        {
            var report = await ingestor.IngestAsync(bundle.Folder, new IngestOptions(), CancellationToken.None);
            Assert.Equal(IngestStatus.Committed, report.Status);
        }

        await new SweepRunner(Connection, TimeProvider.System).RunAsync(new SweepRequest(), CancellationToken.None);
        _app = ApiHost.Build(Connection, "http://127.0.0.1:0", await SettingsAsync());
        // As serve and demo do: the snapshot is loaded before the server listens, so that no test depends on another having loaded it.
        await _app.Services.GetRequiredService<SnapshotProvider>().GetAsync(CancellationToken.None);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(address);
        var keys = new Qingdan.Graph.Store.Security.ApiKeys(Connection, TimeProvider.System);
        foreach (var role in Qingdan.Graph.Store.Security.Roles.All)
        {
            Keys[role] = (await keys.CreateAsync($"test-{role}", role, CancellationToken.None)).Token;
        }

        Keys["revoked"] = (await keys.CreateAsync("test-revoked", "investigator", CancellationToken.None)).Token;
        await keys.RevokeAsync("test-revoked", CancellationToken.None);
        Client = ClientWith(Keys["admin"]);
    }

    public virtual async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Configuration over the server's defaults (<see cref="OidcFixture"/>: the identity provider's).</summary>
    protected virtual Task<IDictionary<string, string?>?> SettingsAsync() => Task.FromResult<IDictionary<string, string?>?>(null);

    /// <summary>Bundles a fixture adds to the four, ingested after them and before the sweep (written under <paramref name="root"/>,
    /// removed with the fixture's folder).</summary>
    protected virtual IEnumerable<BundleBuilder> MoreBundles(string root) => [];

    /// <summary>The migrated, empty store the server runs on: SQLite, the embedded default.</summary>
    protected virtual StoreFixture CreateStore() => new SqliteFixture();
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "API server";
}
