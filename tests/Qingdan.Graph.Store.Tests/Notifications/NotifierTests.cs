using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Store.Findings;
using Qingdan.Graph.Store.Ingest;
using Qingdan.Graph.Store.Notifications;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Store.Tests.Notifications;

/// <summary>The notifier on a real store, PostgreSQL and SQLite: what each kind of event tells whom, once, within scopes.</summary>
public abstract class NotifierTests(StoreFixture fixture) : IAsyncLifetime
{
    private readonly List<BundleBuilder> _bundles = [];

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        // An official in post since 2015 whose spouse holds 35% of a building firm and borrowed from a trading firm.
        await IngestAsync(Bundle("cadre-1", "cadre")
            .File("people.csv", "ref,name,id_number", "p1,王建国,440802196803150017", "p2,李秀英,440802197005020028", "p9,路人甲,")
            .File("agencies.csv", "ref,name,region_code", "a1,湛江市住房和城乡建设局,440800")
            .File("positions.csv", "person_ref,agency_ref,title,start_date", "p1,a1,局长,2015-01-01")
            .File("family.csv", "person_ref,relative_ref,relation,start_date", "p1,p2,spouse,1995-10-01"));
        await IngestAsync(Bundle("company-1", "company")
            .File("people.csv", "ref,name,id_number", "c-p2,李秀英,440802197005020028")
            .File(
                "companies.csv",
                "ref,name,credit_code,region_code,industry",
                "c-c1,湛江市海滨建材有限公司,91440802MA4UJ0XX1P,440802,E48",
                "c-c2,湛江山海贸易有限公司,,440802,F51")
            .File("shareholdings.csv", "holder_ref,holder_kind,company_ref,share,start_date", "c-p2,person,c-c1,35,2016-01-01"));
    }

    public Task DisposeAsync()
    {
        foreach (var bundle in _bundles)
        {
            bundle.Dispose();
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_new_finding_is_told_to_the_watchers_of_its_official_relative_company_and_agency_and_no_one_else()
    {
        await CatchUpAsync();
        foreach (var (owner, name) in new[] { ("o", "王建国"), ("r", "李秀英"), ("c", "湛江市海滨建材有限公司"), ("a", "湛江市住房和城乡建设局"), ("x", "路人甲") })
        {
            await WatchAsync(owner, await IdOfAsync(name));
        }

        await SweepAsync();
        var report = await CatchUpAsync();

        await using var context = fixture.CreateContext();
        var rows = await context.Notifications.AsNoTracking().OrderBy(n => n.Owner).ToListAsync();
        Assert.Equal(["a", "c", "o", "r"], rows.Select(n => n.Owner));
        Assert.All(rows, n => Assert.Equal(NotificationKind.FindingNew, n.Kind));
        Assert.Equal(4, report.Notifications);
        var official = rows.Single(n => n.Owner == "o");
        Assert.Equal(await IdOfAsync("王建国"), official.EntityId);
        using var payload = JsonDocument.Parse(official.Payload);
        Assert.Equal("finding_new", payload.RootElement.GetProperty("kind").GetString());
        Assert.Equal("NL5", payload.RootElement.GetProperty("finding").GetProperty("rule").GetString());
        Assert.Equal("440802196803150017", payload.RootElement.GetProperty("finding").GetProperty("official").GetProperty("id_number").GetString());
        Assert.Equal("王建国", payload.RootElement.GetProperty("entity").GetProperty("name").GetString());
        Assert.Contains("王建国", official.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolved_and_reopened_findings_are_told_and_nothing_is_told_twice()
    {
        await IngestAsync(Bundle("finance-1", "finance")
            .File("people.csv", "ref,name,id_number", "f-p2,李秀英,440802197005020028")
            .File("companies.csv", "ref,name", "f-c2,湛江山海贸易有限公司")
            .File("transactions.csv", "from_ref,from_kind,to_ref,to_kind,kind,amount,date", "f-c2,company,f-p2,person,loan,300000,2024-03-01"));
        await WatchAsync("o", await IdOfAsync("王建国"));
        await SweepAsync();
        await CatchUpAsync();
        var nl3 = await FindingIdAsync(RuleId.NL3);
        await new FindingTriage(fixture.Connection, TimeProvider.System)
            .SetStatusAsync(nl3, TriageStatus.Dismissed, "张检察", "repaid", CancellationToken.None);
        // A second loan: new evidence behind the dismissed finding reopens it.
        await IngestAsync(Bundle("finance-2", "finance")
            .File("people.csv", "ref,name,id_number", "f-p2,李秀英,440802197005020028")
            .File("companies.csv", "ref,name", "f-c2,湛江山海贸易有限公司")
            .File("transactions.csv", "from_ref,from_kind,to_ref,to_kind,kind,amount,date", "f-c2,company,f-p2,person,loan,900000,2025-06-01"));
        await SweepAsync();
        await CatchUpAsync();
        // The spouse turns out to be the lender's legal representative: its loans are her own company's, not item 3.
        await IngestAsync(Bundle("company-2", "company")
            .File("people.csv", "ref,name,id_number", "c-p2,李秀英,440802197005020028")
            .File("companies.csv", "ref,name", "c-c2,湛江山海贸易有限公司")
            .File("company_roles.csv", "person_ref,company_ref,role,start_date", "c-p2,c-c2,legal_representative,2020-01-01"));
        await SweepAsync();
        await CatchUpAsync();
        var again = await CatchUpAsync();

        await using var context = fixture.CreateContext();
        var kinds = await context.Notifications.AsNoTracking().Where(n => n.FindingId == nl3).OrderBy(n => n.Id).Select(n => n.Kind).ToListAsync();
        Assert.Equal([NotificationKind.FindingNew, NotificationKind.FindingReopened, NotificationKind.FindingResolved], kinds);
        Assert.Equal(NotifierReport.Nothing, again);
        Assert.Equal(1, await context.Notifications.Select(n => n.EntityId).Distinct().CountAsync());
    }

    [Fact]
    public async Task An_ingest_touching_a_watched_entity_is_a_fact_and_one_before_the_watch_is_not()
    {
        await CatchUpAsync();
        var spouse = await IdOfAsync("李秀英");
        await WatchAsync("r", spouse);
        await IngestAsync(Bundle("company-2", "company")
            .File("people.csv", "ref,name,id_number", "c-p2,李秀英,440802197005020028")
            .File("companies.csv", "ref,name", "c-c2,湛江山海贸易有限公司")
            .File("company_roles.csv", "person_ref,company_ref,role,start_date", "c-p2,c-c2,legal_representative,2020-01-01"));
        await IngestAsync(Bundle("cadre-9", "cadre").File("people.csv", "ref,name,id_number", "z1,无关人,"));
        await CatchUpAsync();

        await using var context = fixture.CreateContext();
        var fact = Assert.Single(await context.Notifications.AsNoTracking().ToListAsync());
        Assert.Equal((NotificationKind.Fact, spouse, "r"), (fact.Kind, fact.EntityId, fact.Owner));
        using var payload = JsonDocument.Parse(fact.Payload);
        Assert.Equal("company-2", payload.RootElement.GetProperty("bundle").GetString());
        Assert.Equal(fact.Version, payload.RootElement.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Two_catch_ups_at_once_write_each_notification_and_delivery_once()
    {
        var official = await IdOfAsync("王建国");
        await WatchAsync("o", official);
        await using (var context = fixture.CreateContext())
        {
            context.Webhooks.AddRange(
                new WebhookRow { Owner = "o", Url = "http://127.0.0.1:9/a", Secret = "s", Role = "investigator", CreatedAt = DateTime.UtcNow },
                new WebhookRow
                {
                    Owner = "o",
                    Url = "http://127.0.0.1:9/b",
                    Secret = "s",
                    Role = "investigator",
                    CreatedAt = DateTime.UtcNow,
                    RemovedAt = DateTime.UtcNow,
                });
            await context.SaveChangesAsync();
        }

        await SweepAsync();
        var reports = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(CatchUpAsync)));

        await using var check = fixture.CreateContext();
        var written = await check.Notifications.AsNoTracking().ToListAsync();
        var nl5 = Assert.Single(written, n => n.Kind == NotificationKind.FindingNew);
        Assert.Equal(written.Count, reports.Sum(r => r.Notifications));
        var delivery = Assert.Single(await check.WebhookDeliveries.AsNoTracking().Where(d => d.NotificationId == nl5.Id).ToListAsync());
        Assert.Equal((DeliveryStatus.Pending, 0), (delivery.Status, delivery.Attempts));
        Assert.Equal(written.Count, await check.WebhookDeliveries.CountAsync());
    }

    [Fact]
    public async Task A_scoped_watcher_is_told_only_of_findings_inside_the_scope_and_an_analyst_sees_numbers_masked()
    {
        var official = await IdOfAsync("王建国");
        await WatchAsync("county-elsewhere", official, scope: "4501");
        await WatchAsync("city", official, scope: "4408");
        await WatchAsync("analyst", official, role: "analyst");
        await SweepAsync();
        await CatchUpAsync();

        await using var context = fixture.CreateContext();
        var rows = await context.Notifications.AsNoTracking().Where(n => n.Kind == NotificationKind.FindingNew).ToListAsync();
        Assert.Equal(["analyst", "city"], rows.Select(n => n.Owner).Order());
        using var masked = JsonDocument.Parse(rows.Single(n => n.Owner == "analyst").Payload);
        Assert.Equal("440802********0017", masked.RootElement.GetProperty("finding").GetProperty("official").GetProperty("id_number").GetString());
    }

    private Task<NotifierReport> CatchUpAsync() => new Notifier(fixture.Connection, TimeProvider.System).CatchUpAsync(CancellationToken.None);

    private async Task WatchAsync(string owner, string entity, string role = "investigator", string? scope = null)
    {
        await using var context = fixture.CreateContext();
        context.Watches.Add(new WatchRow { Owner = owner, EntityId = entity, Role = role, Scope = scope, CreatedAt = DateTime.UtcNow.AddSeconds(-1) });
        await context.SaveChangesAsync();
    }

    private async Task<string> IdOfAsync(string name)
    {
        await using var context = fixture.CreateContext();
        var node = await context.Nodes.AsNoTracking().SingleAsync(n => n.Name == name);
        return new Core.Model.EntityId(node.Kind, node.Id).ToString();
    }

    private async Task<long> FindingIdAsync(RuleId rule)
    {
        await using var context = fixture.CreateContext();
        return await context.Findings.Where(f => f.Rule == rule).Select(f => f.Id).SingleAsync();
    }

    private Task SweepAsync() => new SweepRunner(fixture.Connection, TimeProvider.System).RunAsync(new SweepRequest(), CancellationToken.None);

    private BundleBuilder Bundle(string id, string registry)
    {
        var bundle = new BundleBuilder(id, registry);
        _bundles.Add(bundle);
        return bundle;
    }

    private async Task IngestAsync(BundleBuilder bundle)
    {
        var report = await new BundleIngestor(fixture.Connection, TimeProvider.System).IngestAsync(
            bundle.Folder,
            new IngestOptions(),
            CancellationToken.None);
        Assert.True(
            report.Status == IngestStatus.Committed && report.Rejected == 0,
            $"{bundle.Folder}: {report.Error} {string.Join("; ", report.Issues)}");
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresNotifierTests(PostgresFixture fixture) : NotifierTests(fixture);

[Collection(SqliteCollection.Name)]
public sealed class SqliteNotifierTests(SqliteFixture fixture) : NotifierTests(fixture);
