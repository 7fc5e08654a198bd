using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Store.Exports;
using Qingdan.Graph.Store.Findings;
using Qingdan.Graph.Store.Ingest;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Store.Tests;

/// <summary>Sweeps on a real store, PostgreSQL and SQLite: findings, their changes, triage, history, the lock and the export.</summary>
public abstract class SweepTests(StoreFixture fixture) : IAsyncLifetime
{
    private readonly List<BundleBuilder> _bundles = [];

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        // An official in post since 2015 whose spouse holds 35% of a building firm and borrowed from a trading firm.
        await IngestAsync(Bundle("cadre-1", "cadre")
            .File("people.csv", "ref,name,id_number", "p1,王建国,440802196803150017", "p2,李秀英,440802197005020028")
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
        await IngestAsync(Bundle("finance-1", "finance")
            .File("people.csv", "ref,name,id_number", "f-p2,李秀英,440802197005020028")
            .File("companies.csv", "ref,name", "f-c2,湛江山海贸易有限公司")
            .File(
                "transactions.csv",
                "from_ref,from_kind,to_ref,to_kind,kind,amount,date",
                "f-c2,company,f-p2,person,loan,300000,2024-03-01"));
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
    public async Task Findings_are_new_then_persisting_then_resolved_when_the_evidence_goes()
    {
        var first = await SweepAsync();
        var second = await SweepAsync();
        // The spouse turns out to be the trading firm's legal representative: its loan is her own company's, not item 3.
        await IngestAsync(Bundle("company-2", "company")
            .File("people.csv", "ref,name,id_number", "c-p2,李秀英,440802197005020028")
            .File("companies.csv", "ref,name", "c-c2,湛江山海贸易有限公司")
            .File("company_roles.csv", "person_ref,company_ref,role,start_date", "c-p2,c-c2,legal_representative,2020-01-01"));
        var third = await SweepAsync();

        Assert.Equal((1, 1), (Digest(first, "NL3").New, Digest(first, "NL5").New));
        Assert.Equal((1, 1, 0), (Digest(second, "NL3").Persisting, Digest(second, "NL5").Persisting, second.Rules.Sum(r => r.New)));
        Assert.Equal((1, 0), (Digest(third, "NL3").Resolved, Digest(third, "NL3").Found));
        Assert.Equal(1, Digest(third, "NL5").New); // the legal representative's post is NL5 employment

        await using var context = fixture.CreateContext();
        var nl3 = await context.Findings.SingleAsync(f => f.Rule == RuleId.NL3);
        Assert.False(nl3.Active);
        Assert.Equal(third.SweepId, nl3.ResolvedSweepId);
        var history = await new FindingTriage(fixture.Connection, TimeProvider.System).HistoryAsync(nl3.Id, CancellationToken.None);
        Assert.Equal([FindingEventKind.Detected, FindingEventKind.Resolved], history.Select(e => e.Kind));
        var nl5 = await context.Findings.Where(f => f.Rule == RuleId.NL5).OrderBy(f => f.Id).ToListAsync();
        Assert.Equal([("shares", true), ("employment", true)], nl5.Select(f => (f.Variants, f.Active)));
        Assert.Equal(nl3.CompanyId, nl5[1].CompanyId);
    }

    [Fact]
    public async Task A_partial_sweep_never_resolves_the_findings_of_a_rule_it_did_not_run()
    {
        await SweepAsync();
        await IngestAsync(Bundle("company-2", "company")
            .File("people.csv", "ref,name,id_number", "c-p2,李秀英,440802197005020028")
            .File("companies.csv", "ref,name", "c-c2,湛江山海贸易有限公司")
            .File("company_roles.csv", "person_ref,company_ref,role,start_date", "c-p2,c-c2,legal_representative,2020-01-01"));

        var partial = await SweepAsync(RuleId.NL5);

        Assert.Equal(["NL5"], partial.Rules.Select(r => r.Rule));
        await using (var context = fixture.CreateContext())
        {
            Assert.True((await context.Findings.SingleAsync(f => f.Rule == RuleId.NL3)).Active);
        }

        var nl3Only = await SweepAsync(RuleId.NL3);
        Assert.Equal(1, Digest(nl3Only, "NL3").Resolved);
    }

    [Fact]
    public async Task Triage_stays_with_the_finding_and_new_evidence_reopens_a_dismissed_one()
    {
        await SweepAsync();
        var triage = new FindingTriage(fixture.Connection, TimeProvider.System);
        var id = await FindingIdAsync(RuleId.NL3);
        await triage.AssignAsync(id, "张检察", "lead", CancellationToken.None);
        await triage.CommentAsync(id, "借款已归还，见银行流水", "张检察", CancellationToken.None);
        await triage.SetStatusAsync(id, TriageStatus.Dismissed, "张检察", "repaid at market rate", CancellationToken.None);

        var quiet = await SweepAsync();
        await using (var context = fixture.CreateContext())
        {
            var row = await context.Findings.SingleAsync(f => f.Id == id);
            Assert.Equal((TriageStatus.Dismissed, "张检察", 0), (row.TriageStatus, row.Assignee, Digest(quiet, "NL3").Reopened));
        }

        await IngestAsync(Bundle("finance-2", "finance")
            .File("people.csv", "ref,name,id_number", "f-p2,李秀英,440802197005020028")
            .File("companies.csv", "ref,name", "f-c2,湛江山海贸易有限公司")
            .File(
                "transactions.csv",
                "from_ref,from_kind,to_ref,to_kind,kind,amount,date",
                "f-c2,company,f-p2,person,loan,900000,2025-06-01"));
        var reopened = await SweepAsync();

        Assert.Equal(1, Digest(reopened, "NL3").Reopened);
        await using (var context = fixture.CreateContext())
        {
            Assert.Equal(TriageStatus.Open, (await context.Findings.SingleAsync(f => f.Id == id)).TriageStatus);
        }

        var history = await triage.HistoryAsync(id, CancellationToken.None);
        Assert.Equal([FindingEventKind.Detected, FindingEventKind.Assigned, FindingEventKind.Comment, FindingEventKind.Status, FindingEventKind.Reopened], history.Select(e => e.Kind));
        Assert.Equal((TriageStatus.Dismissed, TriageStatus.Open), (history[^1].FromStatus, history[^1].ToStatus));
        await Assert.ThrowsAsync<ArgumentException>(() => triage.SetStatusAsync(id, (TriageStatus)99, "x", null, CancellationToken.None));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => triage.CommentAsync(999_999, "?", "x", CancellationToken.None));
    }

    [Fact]
    public async Task Two_sweeps_never_run_at_once_and_the_lock_is_free_again_afterwards()
    {
        await using (await SweepLock.AcquireAsync(fixture.Connection, "other", TimeProvider.System, CancellationToken.None))
        {
            var busy = await Assert.ThrowsAsync<SweepBusyException>(() => SweepAsync());
            Assert.Contains("Another sweep is running", busy.Message, StringComparison.Ordinal);
        }

        var report = await SweepAsync();
        Assert.Equal(2, report.Rules.Sum(r => r.Found));
        await using var context = fixture.CreateContext();
        Assert.Equal(0, await context.Leases.CountAsync());
    }

    [Fact]
    public async Task A_sweep_that_fails_is_recorded_as_failed_and_writes_no_finding()
    {
        using var cancel = new CancellationTokenSource();
        var runner = new SweepRunner(fixture.Connection, TimeProvider.System, progress: new CancelAt("rules", cancel));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runner.RunAsync(new SweepRequest(), cancel.Token));

        await using var context = fixture.CreateContext();
        var sweep = await context.Sweeps.SingleAsync();
        Assert.Equal((SweepStatus.Failed, "cancelled"), (sweep.Status, sweep.Error));
        Assert.Equal(0, await context.Findings.CountAsync());
        Assert.Equal(1, Digest(await SweepAsync(), "NL3").New);
    }

    [Fact]
    public async Task Parameters_are_stored_with_the_sweep()
    {
        var parameters = RuleParameters.Default.With(["principal_share=0.4", "window_days=365"]);
        var report = await new SweepRunner(fixture.Connection, TimeProvider.System).RunAsync(
            new SweepRequest { Parameters = parameters },
            CancellationToken.None);

        await using var context = fixture.CreateContext();
        var sweep = await context.Sweeps.SingleAsync(s => s.Id == report.SweepId);
        using var json = JsonDocument.Parse(sweep.Parameters);
        Assert.Equal(0.4, json.RootElement.GetProperty("principal_share").GetDouble());
        Assert.Equal(365, json.RootElement.GetProperty("window_days").GetInt32());
        Assert.Equal("NL3,NL4,NL5,NL9,REP", sweep.Rules);
        Assert.Contains("\"NL5\"", sweep.Digest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Findings_export_carries_every_field_of_the_format_with_sources_for_every_link()
    {
        var report = await SweepAsync();
        using var writer = new StringWriter();

        var count = await FindingsExport.WriteJsonLinesAsync(
            fixture.Connection,
            report.SweepId,
            writer,
            includeResolved: false,
            CancellationToken.None);

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, count);
        Assert.Equal(2, lines.Length);
        using var nl5 = JsonDocument.Parse(lines.Single(l => l.Contains("\"rule\":\"NL5\"", StringComparison.Ordinal)));
        var root = nl5.RootElement;
        Assert.Equal(["shares"], root.GetProperty("variants").EnumerateArray().Select(v => v.GetString()));
        Assert.Contains(root.GetProperty("severity").GetString(), new[] { "low", "medium", "high" });
        Assert.Equal(
            ("new", "open", report.Name),
            (root.GetProperty("change").GetString(), root.GetProperty("triage_status").GetString(), root.GetProperty("sweep").GetString()));
        var official = root.GetProperty("official");
        Assert.Equal(
            ("王建国", "440802196803150017"),
            (official.GetProperty("name").GetString(), official.GetProperty("id_number").GetString()));
        Assert.Contains(
            official.GetProperty("refs").EnumerateArray(),
            r => r.GetProperty("bundle").GetString() == "cadre" && r.GetProperty("ref").GetString() == "p1");
        Assert.Equal("91440802MA4UJ0XX1P", root.GetProperty("company").GetProperty("credit_code").GetString());
        Assert.Equal(["spouse"], root.GetProperty("relations").EnumerateArray().Select(v => v.GetString()));
        var path = root.GetProperty("evidence")[0];
        Assert.Equal(
            ["王建国", "李秀英", "湛江市海滨建材有限公司"],
            path.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
        var links = path.GetProperty("links").EnumerateArray().ToList();
        Assert.Equal(["Family", "Ownership"], links.Select(l => l.GetProperty("kind").GetString()));
        Assert.Equal("spouse", links[0].GetProperty("relation").GetString());
        Assert.Equal("1995-10-01", links[0].GetProperty("valid_from").GetString());
        Assert.Equal(JsonValueKind.Null, links[0].GetProperty("valid_to").ValueKind);
        Assert.Equal(("company-1", "shareholdings.csv", 2), (
            links[1].GetProperty("sources")[0].GetProperty("bundle").GetString(),
            links[1].GetProperty("sources")[0].GetProperty("file").GetString(),
            links[1].GetProperty("sources")[0].GetProperty("line").GetInt32()));
        Assert.Contains("非上市公司", root.GetProperty("clause").GetProperty("zh").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Findings_and_their_triage_follow_a_merge_of_their_company()
    {
        // The same firm under two names: the company registry's (the spouse holds 10%) and the finance registry's (it lent to her).
        await IngestAsync(Bundle("company-3", "company")
            .File("people.csv", "ref,name,id_number", "c-p2,李秀英,440802197005020028")
            .File("companies.csv", "ref,name,region_code,industry", "c-c9,湛江市蓝海水产有限公司,440802,A04")
            .File("shareholdings.csv", "holder_ref,holder_kind,company_ref,share,start_date", "c-p2,person,c-c9,10,2016-01-01"));
        await IngestAsync(Bundle("finance-3", "finance")
            .File("people.csv", "ref,name,id_number", "f-p2,李秀英,440802197005020028")
            .File("companies.csv", "ref,name", "f-c9,蓝海水产")
            .File(
                "transactions.csv",
                "from_ref,from_kind,to_ref,to_kind,kind,amount,date",
                "f-c9,company,f-p2,person,loan,200000,2023-05-01"));
        await SweepAsync();
        long[] records;
        long nl3, nl5;
        await using (var context = fixture.CreateContext())
        {
            records = await context.SourceRecords.Where(r => r.Ref == "c-c9" || r.Ref == "f-c9").OrderBy(r => r.Ref).Select(r => r.Id)
                .ToArrayAsync();
            var lender = await context.SourceRecords.Where(r => r.Ref == "f-c9").Select(r => r.EntityId).SingleAsync();
            var firm = await context.SourceRecords.Where(r => r.Ref == "c-c9").Select(r => r.EntityId).SingleAsync();
            Assert.NotEqual(lender, firm);
            nl3 = await context.Findings.Where(f => f.Rule == RuleId.NL3 && f.CompanyId == lender).Select(f => f.Id).SingleAsync();
            nl5 = await context.Findings.Where(f => f.Rule == RuleId.NL5 && f.CompanyId == firm).Select(f => f.Id).SingleAsync();
        }

        var triage = new FindingTriage(fixture.Connection, TimeProvider.System);
        await triage.AssignAsync(nl3, "张检察", "lead", CancellationToken.None);
        await triage.AssignAsync(nl5, "刘审计", "lead", CancellationToken.None);
        await new Qingdan.Graph.Store.Resolution.MatchDecider(fixture.Connection, TimeProvider.System)
            .DecideAsync(records[0], records[1], same: true, "张检察", "同一家公司", CancellationToken.None);

        var after = await SweepAsync();

        Assert.Equal(0, after.Rules.Sum(r => r.New));
        Assert.Equal(0, after.Rules.Sum(r => r.Resolved));
        await using var check = fixture.CreateContext();
        var merged = await check.SourceRecords.Where(r => r.Ref == "c-c9").Select(r => r.EntityId).SingleAsync();
        var rows = await check.Findings.Where(f => f.Id == nl3 || f.Id == nl5).OrderBy(f => f.Rule).ToListAsync();
        Assert.All(rows, r => Assert.Equal(merged, r.CompanyId));
        Assert.All(rows, r => Assert.True(r.Active));
        Assert.Equal(["张检察", "刘审计"], rows.Select(r => r.Assignee));
    }

    protected async Task<SweepReport> SweepAsync(params RuleId[] rules) =>
        await new SweepRunner(fixture.Connection, TimeProvider.System)
            .RunAsync(new SweepRequest { Rules = rules.Length == 0 ? RuleIds.All : rules, MaxParallelism = 2 }, CancellationToken.None);

    private static RuleDigest Digest(SweepReport report, string rule) => report.Rules.Single(r => r.Rule == rule);

    private async Task<long> FindingIdAsync(RuleId rule)
    {
        await using var context = fixture.CreateContext();
        return await context.Findings.Where(f => f.Rule == rule).Select(f => f.Id).SingleAsync();
    }

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

    private sealed class CancelAt(string stage, CancellationTokenSource cancel) : IProgress<SweepProgress>
    {
        public void Report(SweepProgress value)
        {
            if (value.Stage == stage || value.Stage == "loading")
            {
                cancel.Cancel();
            }
        }
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresSweepTests(PostgresFixture fixture) : SweepTests(fixture);

[Collection(SqliteCollection.Name)]
public sealed class SqliteSweepTests(SqliteFixture fixture) : SweepTests(fixture);
