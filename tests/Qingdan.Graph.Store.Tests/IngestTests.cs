using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Store.Ingest;
using Qingdan.Graph.Store.Resolution;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Store.Tests;

/// <summary>Ingest into a real store, the same cases on PostgreSQL and SQLite.</summary>
public abstract class IngestTests(StoreFixture fixture) : IAsyncLifetime
{
    private readonly List<BundleBuilder> _bundles = [];

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync()
    {
        foreach (var bundle in _bundles)
        {
            bundle.Dispose();
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task Bundle_is_stored_with_provenance_of_every_fact()
    {
        var report = await IngestAsync(Cadre());

        Assert.Equal(IngestStatus.Committed, report.Status);
        Assert.Equal((5L, 4L, 0L), (report.Nodes, report.Links, report.Rejected));
        await using var context = fixture.CreateContext();
        var spouse = await context.Links.SingleAsync(l => l.Kind == LinkKind.Family && l.Detail == "spouse");
        Assert.Equal(("family.csv", 2, new DateOnly(1995, 10, 1)), (spouse.File, spouse.Line, spouse.StartDate!.Value));
        var batch = await context.IngestBatches.SingleAsync();
        Assert.Equal(
            ("cadre-2026", "cadre", IngestBatchStatus.Committed, new DateOnly(2026, 6, 30)),
            (batch.BundleId, batch.Registry, batch.Status, batch.AsOf!.Value));
        var wang = await context.People.SingleAsync(p => p.IdNumber == "440802196803150017");
        Assert.Equal((new DateOnly(1968, 3, 15), Core.Identifiers.Sex.Male), (wang.BirthDate!.Value, wang.Gender!.Value));
        var record = await context.SourceRecords.SingleAsync(r => r.EntityId == wang.Id);
        Assert.Equal(("people.csv", 2, batch.Id), (record.File, record.Line, record.BatchId));
    }

    [Fact]
    public async Task Ingesting_the_same_bundle_twice_changes_nothing_the_second_time()
    {
        var cadre = Cadre();
        await IngestAsync(cadre);
        var before = await DumpAsync();

        var again = await IngestAsync(cadre);

        Assert.Equal(IngestStatus.Unchanged, again.Status);
        Assert.Equal(before, await DumpAsync());
        await using var context = fixture.CreateContext();
        Assert.Equal(1, await context.IngestBatches.CountAsync());
    }

    [Fact]
    public async Task Restating_facts_in_a_new_export_of_the_registry_adds_no_duplicates()
    {
        await IngestAsync(Cadre());
        var before = await DumpAsync();

        await IngestAsync(Cadre(id: "cadre-2026b", asOf: "2026-09-30"));

        Assert.Equal(before, await DumpAsync());
    }

    [Fact]
    public async Task Every_order_of_three_bundles_resolves_to_the_same_graph()
    {
        BundleBuilder[] bundles = [Cadre(), Company(), Finance()];
        string? expected = null;
        foreach (var order in new[] { new[] { 0, 1, 2 }, [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0] })
        {
            await fixture.ResetAsync();
            foreach (var index in order)
            {
                Assert.Equal(IngestStatus.Committed, (await IngestAsync(bundles[index])).Status);
            }

            var dump = await DumpAsync();
            expected ??= dump;
            Assert.Equal(expected, dump);
        }

        Assert.Contains("E cadre/p1+company/c-p1+finance/f-p1 Person 王建国 440802196803150017", expected, StringComparison.Ordinal);
        Assert.Contains(
            "L Ownership  cadre/p2+company/c-p2 -> company/c-c1+finance/f-c1 [2016-01-01, ] share=0.35",
            expected,
            StringComparison.Ordinal);
        Assert.Contains(
            "L Transaction loan company/c-c1+finance/f-c1 -> cadre/p1+company/c-p1+finance/f-p1 [2024-03-01, ]",
            expected,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_first_seen_with_a_masked_number_merges_when_the_full_number_arrives()
    {
        await IngestAsync(Company());
        await using (var context = fixture.CreateContext())
        {
            Assert.Equal(2, await context.People.CountAsync(p => p.NormalizedName == "王建国" || p.NormalizedName == "李秀英"));
        }

        await IngestAsync(Cadre());

        await using var after = fixture.CreateContext();
        Assert.Equal(
            await after.SourceRecords.Where(r => r.Ref == "c-p1").Select(r => r.EntityId).SingleAsync(),
            await after.SourceRecords.Where(r => r.Ref == "p1").Select(r => r.EntityId).SingleAsync());
        var wang = await after.People.SingleAsync(p => p.NormalizedName == "王建国");
        Assert.Equal("440802196803150017", wang.IdNumber);
        var holder = await after.Links.Where(l => l.Kind == LinkKind.Ownership).Select(l => l.FromEntityId).ToListAsync();
        Assert.Contains(await after.People.Where(p => p.NormalizedName == "李秀英").Select(p => p.Id).SingleAsync(), holder);
    }

    [Fact]
    public async Task A_later_namesake_undoes_a_name_and_birth_date_merge_and_links_follow()
    {
        await IngestAsync(Cadre());
        await IngestAsync(Finance());
        long wangEntity;
        await using (var context = fixture.CreateContext())
        {
            wangEntity = await context.People.Where(p => p.IdNumber == "440802196803150017").Select(p => p.Id).SingleAsync();
            Assert.Equal(wangEntity, await context.SourceRecords.Where(r => r.Ref == "f-p1").Select(r => r.EntityId).SingleAsync());
        }

        // A second identified 王建国 born the same day: the finance record can no longer be placed by rule 3.
        var civil = Bundle("civil-2026", "civil").File("people.csv", "ref,name,id_number", "m1,王建国,440802196803150033");
        await IngestAsync(civil);

        await using var after = fixture.CreateContext();
        var financeEntity = await after.SourceRecords.Where(r => r.Ref == "f-p1").Select(r => r.EntityId).SingleAsync();
        Assert.NotEqual(wangEntity, financeEntity);
        var loan = await after.Links.SingleAsync(l => l.Kind == LinkKind.Transaction);
        Assert.Equal(financeEntity, loan.ToEntityId);
        Assert.True(await after.ResolutionCandidates.AnyAsync());
        Assert.True(await after.ResolutionEvents.AnyAsync(e => e.FromEntityId == wangEntity && e.ToEntityId == financeEntity));
    }

    [Fact]
    public async Task A_decision_that_two_records_differ_splits_the_merge_and_is_applied_to_later_ingests()
    {
        await IngestAsync(Cadre());
        await IngestAsync(Company());
        long cadreRecord, companyRecord;
        await using (var context = fixture.CreateContext())
        {
            cadreRecord = await context.SourceRecords.Where(r => r.Ref == "p1").Select(r => r.Id).SingleAsync();
            companyRecord = await context.SourceRecords.Where(r => r.Ref == "c-p1").Select(r => r.Id).SingleAsync();
            Assert.Equal(
                await context.SourceRecords.Where(r => r.Id == cadreRecord).Select(r => r.EntityId).SingleAsync(),
                await context.SourceRecords.Where(r => r.Id == companyRecord).Select(r => r.EntityId).SingleAsync());
        }

        await new MatchDecider(fixture.Connection, TimeProvider.System).DecideAsync(
            cadreRecord,
            companyRecord,
            same: false,
            "investigator-1",
            "different fathers",
            CancellationToken.None);
        await IngestAsync(Finance());

        await using var after = fixture.CreateContext();
        var cadreEntity = await after.SourceRecords.Where(r => r.Id == cadreRecord).Select(r => r.EntityId).SingleAsync();
        var companyEntity = await after.SourceRecords.Where(r => r.Id == companyRecord).Select(r => r.EntityId).SingleAsync();
        Assert.NotEqual(cadreEntity, companyEntity);
        Assert.Equal(2, await after.People.CountAsync(p => p.NormalizedName == "王建国"));
        var decision = await after.MatchDecisions.SingleAsync();
        Assert.Equal(("investigator-1", false), (decision.DecidedBy, decision.Same));
    }

    [Fact]
    public async Task All_or_nothing_commits_no_fact_but_keeps_the_rejections()
    {
        var bundle = Cadre().File(
            "family.csv",
            "person_ref,relative_ref,relation,start_date,end_date",
            "p1,p2,spouse,1995-10-01,",
            "p1,p9,child,,");

        var report = await IngestAsync(bundle, new IngestOptions(AllOrNothing: true));

        Assert.Equal(IngestStatus.RolledBack, report.Status);
        await using var context = fixture.CreateContext();
        Assert.Equal(0, await context.Nodes.CountAsync());
        Assert.Equal(0, await context.Links.CountAsync());
        Assert.Equal(0, await context.SourceRecords.CountAsync());
        var batch = await context.IngestBatches.Include(b => b.RejectedRows).SingleAsync();
        Assert.Equal(IngestBatchStatus.RolledBack, batch.Status);
        var rejected = Assert.Single(batch.RejectedRows);
        Assert.Equal(("family.csv", 3, "p1,p9,child,,"), (rejected.File, rejected.Line, rejected.Raw));
    }

    [Fact]
    public async Task Rejected_rows_are_committed_with_the_good_rows_and_can_be_looked_up()
    {
        var bundle = Cadre().File(
            "family.csv",
            "person_ref,relative_ref,relation,start_date,end_date",
            "p1,p2,spouse,1995-10-01,",
            "p1,p2,cousin,,");

        var report = await IngestAsync(bundle);

        Assert.True(report.HasBadInput);
        await using var context = fixture.CreateContext();
        Assert.Equal(1, await context.Links.CountAsync(l => l.Kind == LinkKind.Family));
        var rejected = await context.RejectedRows.SingleAsync();
        Assert.Equal(("family.csv", 3), (rejected.File, rejected.Line));
        Assert.StartsWith("unknown relation 'cousin'", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelled_ingest_leaves_the_store_as_it_was()
    {
        await IngestAsync(Cadre());
        var before = await DumpAsync();
        using var cancellation = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Stage == "resolving entities")
            {
                cancellation.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new BundleIngestor(fixture.Connection, TimeProvider.System, progress).IngestAsync(
                Company().Folder,
                new IngestOptions(),
                cancellation.Token));

        Assert.Equal(before, await DumpAsync());
        await using var context = fixture.CreateContext();
        Assert.Equal(1, await context.IngestBatches.CountAsync());
    }

    [Fact]
    public async Task Snapshot_closes_at_its_as_of_what_its_registry_no_longer_states_in_either_order()
    {
        BundleBuilder First() => Bundle("reg-2025", "company", asOf: "2025-12-31", mode: "snapshot")
            .File("people.csv", "ref,name", "x1,赵一", "x2,钱二")
            .File("companies.csv", "ref,name", "k1,甲公司")
            .File(
                "shareholdings.csv",
                "holder_ref,holder_kind,company_ref,share,start_date",
                "x1,person,k1,60,2020-01-01",
                "x2,person,k1,40,2020-01-01");
        BundleBuilder Second() => Bundle("reg-2026", "company", asOf: "2026-06-30", mode: "snapshot")
            .File("people.csv", "ref,name", "x1,赵一", "x2,钱二")
            .File("companies.csv", "ref,name", "k1,甲公司")
            .File("shareholdings.csv", "holder_ref,holder_kind,company_ref,share,start_date", "x1,person,k1,60,2020-01-01");

        await IngestAsync(First());
        await IngestAsync(Second());
        var forward = await DumpAsync();
        await fixture.ResetAsync();
        await IngestAsync(Second());
        await IngestAsync(First());
        var backward = await DumpAsync();

        Assert.Contains("company/x2 -> company/k1 [2020-01-01, 2026-06-30] share=0.4", forward, StringComparison.Ordinal);
        Assert.Contains("company/x1 -> company/k1 [2020-01-01, ] share=0.6", forward, StringComparison.Ordinal);
        Assert.Equal(forward, backward);
        await using var context = fixture.CreateContext();
        var closed = await context.Links.SingleAsync(l => l.EndDate != null);
        Assert.Null(closed.StatedEndDate);
        Assert.NotNull(closed.ClosedByBatchId);
    }

    [Fact]
    public async Task OCDS_and_BODS_files_are_recognised_and_ingested()
    {
        var data = Path.Combine(AppContext.BaseDirectory, "Data");
        var ocds = await IngestAsync(Path.Combine(data, "ocds", "record-package-1-2.json"));
        var bods = await IngestAsync(Path.Combine(data, "bods", "joint-ownership.json"));

        Assert.Equal((IngestStatus.Committed, 0L), (ocds.Status, ocds.Rejected));
        Assert.Equal((IngestStatus.Committed, 0L), (bods.Status, bods.Rejected));
        await using var context = fixture.CreateContext();
        Assert.Equal(3, await context.Decisions.CountAsync());
        Assert.Equal(3, await context.Links.CountAsync(l => l.Kind == LinkKind.Ownership));
    }

    [Fact]
    public async Task Source_that_is_no_bundle_fails_with_the_reason_and_writes_nothing()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"qingdan-empty-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var report = await IngestAsync(folder);

            Assert.Equal(IngestStatus.Failed, report.Status);
            Assert.Contains("bundle has no manifest.json", report.Error, StringComparison.Ordinal);
            await using var context = fixture.CreateContext();
            Assert.Equal(0, await context.IngestBatches.CountAsync());
        }
        finally
        {
            Directory.Delete(folder);
        }
    }

    private BundleBuilder Bundle(string id, string registry, string? asOf = "2026-06-30", string encoding = "utf-8", string mode = "delta")
    {
        var bundle = new BundleBuilder(id, registry, asOf, encoding, mode);
        _bundles.Add(bundle);
        return bundle;
    }

    private BundleBuilder Cadre(string id = "cadre-2026", string asOf = "2026-06-30") =>
        Bundle(id, "cadre", asOf)
            .File(
                "people.csv",
                "ref,name,id_number,birth_date,gender",
                "p1,王建国,440802196803150017,1968-03-15,M",
                "p2,李秀英,,1970-05-02,F",
                "p3,王小明,440802199501010012,,M")
            .File("agencies.csv", "ref,name,region_code,sectors", "a1,湛江市住房和城乡建设局,440800,E|F")
            .File("positions.csv", "person_ref,agency_ref,title,start_date,end_date", "p1,a1,局长,2015-01-01,")
            .File("family.csv", "person_ref,relative_ref,relation,start_date,end_date", "p1,p2,spouse,1995-10-01,", "p1,p3,child,,")
            .File("shareholdings.csv", "holder_ref,holder_kind,company_ref,share", "p2,person,p2,10")
            .File("companies.csv", "ref,name", "p2,李秀英个体户");

    private BundleBuilder Company() =>
        Bundle("company-2026", "company", encoding: "gb18030")
            .File("people.csv", "ref,name,id_number,birth_date", "c-p1,王 建国,440802********0017,", "c-p2,李秀英,,1970-05-02")
            .File("companies.csv", "ref,name,credit_code,listed,region_code,industry", "c-c1,湛江市海滨建材有限责任公司,91440802MA4UJ0XX1P,否,440802,E48")
            .File("shareholdings.csv", "holder_ref,holder_kind,company_ref,share,start_date", "c-p2,person,c-c1,35%,2016-01-01");

    private BundleBuilder Finance() =>
        Bundle("finance-2026", "finance")
            .File("people.csv", "ref,name,birth_date", "f-p1,王建国,1968-03-15")
            .File("companies.csv", "ref,name", "f-c1,湛江市海滨建材有限公司")
            .File(
                "transactions.csv",
                "from_ref,from_kind,to_ref,to_kind,kind,amount,date",
                "f-c1,company,f-p1,person,loan,\"500,000\",2024-03-01");

    private Task<IngestReport> IngestAsync(BundleBuilder bundle, IngestOptions? options = null) => IngestAsync(bundle.Folder, options);

    private Task<IngestReport> IngestAsync(string path, IngestOptions? options = null) =>
        new BundleIngestor(fixture.Connection, TimeProvider.System).IngestAsync(
            path,
            options ?? new IngestOptions(),
            CancellationToken.None);

    private async Task<string> DumpAsync()
    {
        await using var context = fixture.CreateContext();
        Assert.Empty(await StoreIntegrity.ProblemsAsync(context));
        return await GraphDump.DumpAsync(context);
    }

    private sealed class SynchronousProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresIngestTests(PostgresFixture fixture) : IngestTests(fixture);

[Collection(SqliteCollection.Name)]
public sealed class SqliteIngestTests(SqliteFixture fixture) : IngestTests(fixture);
