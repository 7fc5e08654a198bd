using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qingdan.Graph.Server.Api;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Findings;
using Qingdan.Graph.Store.Graph;
using Qingdan.Graph.Store.Ingest;
using Qingdan.Graph.Store.Security;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Server.Tests.Api;

/// <summary>
/// A county and its city, for scopes: 王县长 heads a district (440802) bureau, his spouse 赵敏 holds 35% of a building firm
/// the bureau awards; 李市长 heads a city (440800) bureau, his spouse 钱芳 holds 20% of the same firm, his son 李小龙 is
/// known only through him, and 李市长 himself holds a trading firm his bureau awards; 孙调任 served in the district until
/// 2019 and in the city since. One sweep, so both officials have findings; keys scoped to the district, to the city
/// bureau, and unscoped.
/// </summary>
public class ScopeFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"qingdan-scope-{Guid.NewGuid():N}");
    private WebApplication? _app;
    private StoreFixture? _store;

    public StoreConnection Connection { get; private set; } = null!;

    public Uri Address { get; private set; } = null!;

    /// <summary>Keys: county-investigator, county-analyst, city-bureau (scoped to the city bureau's id), investigator, admin.</summary>
    public Dictionary<string, string> Keys { get; } = [];

    /// <summary>Entity ids by name (p_…, c_…, a_…, d_…).</summary>
    public Dictionary<string, string> Ids { get; } = [];

    public HttpClient ClientWith(string key)
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Keys[key]);
        return client;
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _store = CreateStore();
        await _store.InitializeAsync();
        Connection = _store.Connection;
        var root = Path.Combine(_folder, "b");
        using var cadre = new BundleBuilder("cadre-1", "cadre", root: root)
            .File(
                "people.csv",
                "ref,name,id_number",
                "p1,王县长,440802196803150017",
                "p2,李市长,440800196501010016",
                "p3,赵敏,440802197005020028",
                "p4,钱芳,440800196703030023",
                "p5,孙调任,440802197101010014",
                "p6,李小龙,440800199001010013")
            .File("agencies.csv", "ref,name,region_code", "a1,霞山区住房和城乡建设局,440802", "a2,湛江市财政局,440800")
            .File(
                "positions.csv",
                "person_ref,agency_ref,title,start_date,end_date",
                "p1,a1,局长,2016-01-01,",
                "p2,a2,局长,2014-01-01,",
                "p5,a1,副局长,2015-01-01,2019-12-31",
                "p5,a2,处长,2020-01-01,")
            .File("family.csv", "person_ref,relative_ref,relation,start_date", "p1,p3,spouse,1995-10-01", "p2,p4,spouse,1990-05-01", "p2,p6,child,1990-01-01");
        using var company = new BundleBuilder("company-1", "company", root: root)
            .File(
                "people.csv",
                "ref,name,id_number",
                "c-p3,赵敏,440802197005020028",
                "c-p4,钱芳,440800196703030023",
                "c-p2,李市长,440800196501010016")
            .File(
                "companies.csv",
                "ref,name,credit_code,region_code,industry",
                "c-c1,湛江市海滨建材有限公司,91440802MA4UJ0XX1P,440802,E48",
                "c-c3,湛江市远洋贸易有限公司,,440800,F51")
            .File(
                "shareholdings.csv",
                "holder_ref,holder_kind,company_ref,share,start_date",
                "c-p3,person,c-c1,35,2016-01-01",
                "c-p4,person,c-c1,20,2016-01-01",
                "c-p2,person,c-c3,60,2015-01-01");
        using var procurement = new BundleBuilder("procurement-1", "procurement", root: root)
            .File("people.csv", "ref,name,id_number", "r-p1,王县长,440802196803150017", "r-p2,李市长,440800196501010016")
            .File("agencies.csv", "ref,name,region_code", "r-a1,霞山区住房和城乡建设局,440802", "r-a2,湛江市财政局,440800")
            .File("companies.csv", "ref,name,credit_code", "r-c1,湛江市海滨建材有限公司,91440802MA4UJ0XX1P", "r-c3,湛江市远洋贸易有限公司,")
            .File(
                "decisions.csv",
                "ref,kind,agency_ref,beneficiary_ref,title,amount,decided_date,method,bidders",
                "d1,procurement_award,r-a1,r-c1,滨海路改造,2000000,2025-03-01,direct,1",
                "d2,procurement_award,r-a2,r-c3,办公用品,500000,2024-06-01,direct,1")
            .File("decision_officials.csv", "decision_ref,person_ref,role", "d1,r-p1,approver", "d2,r-p2,approver");
        var ingestor = new BundleIngestor(Connection, TimeProvider.System);
        foreach (var bundle in new[] { cadre, company, procurement })
        {
            var report = await ingestor.IngestAsync(bundle.Folder, new IngestOptions(), CancellationToken.None);
            Assert.Equal(IngestStatus.Committed, report.Status);
        }

        await new SweepRunner(Connection, TimeProvider.System).RunAsync(new SweepRequest(), CancellationToken.None);
        await using (var context = Connection.CreateContext())
        {
            foreach (var node in await context.Nodes.AsNoTracking().ToListAsync())
            {
                Ids[node.Name] = Ids.GetValueOrDefault(node.Name) ?? $"{Core.Model.EntityId.PrefixOf(node.Kind)}_{node.Id}";
            }
        }

        _app = ApiHost.Build(Connection, "http://127.0.0.1:0");
        await _app.Services.GetRequiredService<SnapshotProvider>().GetAsync(CancellationToken.None);
        await _app.StartAsync();
        Address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var keys = new ApiKeys(Connection, TimeProvider.System);
        await AddKeyAsync(keys, "county-investigator", Roles.Investigator, "440802");
        await AddKeyAsync(keys, "county-analyst", Roles.Analyst, "440802");
        await AddKeyAsync(keys, "city-bureau", Roles.Investigator, Ids["湛江市财政局"]);
        await AddKeyAsync(keys, "investigator", Roles.Investigator, null);
        await AddKeyAsync(keys, "admin", Roles.Admin, null);
    }

    public async Task DisposeAsync()
    {
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

    protected virtual StoreFixture CreateStore() => new SqliteFixture();

    private async Task AddKeyAsync(ApiKeys keys, string name, string role, string? scope)
    {
        var (key, token) = await keys.CreateAsync(name, role, CancellationToken.None);
        if (scope is not null)
        {
            var canonical = AccessScope.Parse(scope)!.ToString();
            await using var context = Connection.CreateContext();
            await context.ApiKeys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.Scope, canonical));
        }

        Keys[name] = token;
    }
}

public sealed class PostgresScopeFixture : ScopeFixture
{
    protected override StoreFixture CreateStore() => new PostgresFixture();
}

[CollectionDefinition(Name)]
public sealed class ScopeCollection : ICollectionFixture<ScopeFixture>
{
    public const string Name = "Scopes";
}

[CollectionDefinition(Name)]
public sealed class PostgresScopeCollection : ICollectionFixture<PostgresScopeFixture>
{
    public const string Name = "Scopes on PostgreSQL";
}
