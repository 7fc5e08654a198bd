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
/// Namesakes for ranked search: three 王伟 — a district bureau chief whose spouse holds a firm his bureau awards (findings), a city
/// official without findings, and a man holding no post — and 王伟东, and a firm named 湛江王伟贸易; phones and addresses on the
/// chief and the building firm; two 陈志强 without identity numbers, a near match for review. One sweep; keys unscoped and
/// scoped to the district.
/// </summary>
public class SearchFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"qingdan-search-{Guid.NewGuid():N}");
    private WebApplication? _app;
    private StoreFixture? _store;

    public StoreConnection Connection { get; private set; } = null!;

    public Uri Address { get; private set; } = null!;

    /// <summary>Keys: admin, investigator, analyst, county-investigator (scoped to 440802).</summary>
    public Dictionary<string, string> Keys { get; } = [];

    /// <summary>Entity ids by identity number, or by name for the others (p_…, c_…).</summary>
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
                "ref,name,id_number,phone,address",
                "p1,王伟,440802196803150017,138-0013-8000,湛江市霞山区人民大道南88号",
                "p2,王伟,440800196501010016,,",
                "p3,赵敏,440800197001010014,,",
                "p4,陈志强,,13900000001,")
            .File("agencies.csv", "ref,name,region_code", "a1,霞山区住房和城乡建设局,440802", "a2,湛江市财政局,440800")
            .File("positions.csv", "person_ref,agency_ref,title,start_date", "p1,a1,局长,2016-01-01", "p2,a2,处长,2014-01-01")
            .File("family.csv", "person_ref,relative_ref,relation,start_date", "p1,p3,spouse,1995-10-01");
        using var company = new BundleBuilder("company-1", "company", root: root)
            .File(
                "people.csv",
                "ref,name,id_number",
                "c-p3,赵敏,440800197001010014",
                "c-p7,王伟,440803199001010012",
                "c-p9,王伟东,440802198505050017",
                "c-p10,陈志强,")
            .File(
                "companies.csv",
                "ref,name,credit_code,region_code,industry,address,phone",
                "c-c1,湛江市海滨建材有限公司,91440802MA4UJ0XX1P,440802,E48,湛江市霞山区人民大道南90号,0759-2281234",
                "c-c4,湛江王伟贸易有限公司,,440803,F51,,")
            .File(
                "shareholdings.csv",
                "holder_ref,holder_kind,company_ref,share,start_date",
                "c-p3,person,c-c1,35,2016-01-01",
                "c-p10,person,c-c4,50,2018-01-01",
                "c-p10,person,c-c1,1,2018-01-01");
        using var procurement = new BundleBuilder("procurement-1", "procurement", root: root)
            .File("people.csv", "ref,name,id_number", "r-p1,王伟,440802196803150017")
            .File("agencies.csv", "ref,name,region_code", "r-a1,霞山区住房和城乡建设局,440802")
            .File("companies.csv", "ref,name,credit_code", "r-c1,湛江市海滨建材有限公司,91440802MA4UJ0XX1P")
            .File(
                "decisions.csv",
                "ref,kind,agency_ref,beneficiary_ref,title,amount,decided_date,method,bidders",
                "d1,procurement_award,r-a1,r-c1,滨海路改造,2000000,2025-03-01,direct,1")
            .File("decision_officials.csv", "decision_ref,person_ref,role", "d1,r-p1,approver");
        var ingestor = new BundleIngestor(Connection, TimeProvider.System);
        foreach (var bundle in new[] { cadre, company, procurement })
        {
            var report = await ingestor.IngestAsync(bundle.Folder, new IngestOptions(), CancellationToken.None);
            Assert.Equal(IngestStatus.Committed, report.Status);
        }

        await new SweepRunner(Connection, TimeProvider.System).RunAsync(new SweepRequest(), CancellationToken.None);
        await using (var context = Connection.CreateContext())
        {
            foreach (var person in await context.People.AsNoTracking().ToListAsync())
            {
                Ids[person.IdNumber ?? $"{person.Id}"] = $"p_{person.Id}";
            }

            foreach (var node in await context.Nodes.AsNoTracking().Where(n => n.Kind != Core.Model.NodeKind.Person).ToListAsync())
            {
                Ids[node.Name] = $"{Core.Model.EntityId.PrefixOf(node.Kind)}_{node.Id}";
            }
        }

        _app = ApiHost.Build(Connection, "http://127.0.0.1:0");
        await _app.Services.GetRequiredService<SnapshotProvider>().GetAsync(CancellationToken.None);
        await _app.StartAsync();
        Address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var keys = new ApiKeys(Connection, TimeProvider.System);
        await AddKeyAsync(keys, "admin", Roles.Admin, null);
        await AddKeyAsync(keys, "investigator", Roles.Investigator, null);
        await AddKeyAsync(keys, "analyst", Roles.Analyst, null);
        await AddKeyAsync(keys, "county-investigator", Roles.Investigator, "440802");
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

public sealed class PostgresSearchFixture : SearchFixture
{
    protected override StoreFixture CreateStore() => new PostgresFixture();
}

[CollectionDefinition(Name)]
public sealed class SearchCollection : ICollectionFixture<SearchFixture>
{
    public const string Name = "Ranked search";
}

[CollectionDefinition(Name)]
public sealed class PostgresSearchCollection : ICollectionFixture<PostgresSearchFixture>
{
    public const string Name = "Ranked search on PostgreSQL";
}
