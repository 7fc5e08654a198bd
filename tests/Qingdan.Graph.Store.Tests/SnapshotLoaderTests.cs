using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Core.Tests.Graph;
using Qingdan.Graph.Store.Graph;
using Qingdan.Graph.Store.Ingest;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Store.Tests;

/// <summary>The snapshot as loaded from a real store, on PostgreSQL and SQLite.</summary>
public abstract class SnapshotLoaderTests(StoreFixture fixture) : IAsyncLifetime
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
    public async Task Snapshot_holds_every_entity_and_merges_a_link_two_registries_state_into_one_with_both_sources()
    {
        await IngestAsync(Bundle("cadre-x", "cadre")
            .File("people.csv", "ref,name,id_number", "p1,王建国,440802196803150017", "p2,李秀英,440802197005020028")
            .File("agencies.csv", "ref,name,region_code", "a1,湛江市住房和城乡建设局,440800")
            .File("positions.csv", "person_ref,agency_ref,start_date", "p1,a1,2015-01-01")
            .File("family.csv", "person_ref,relative_ref,relation,start_date", "p1,p2,spouse,1995-10-01"));
        await IngestAsync(Bundle("civil-x", "civil")
            .File("people.csv", "ref,name,id_number", "m1,王建国,440802196803150017", "m2,李秀英,440802197005020028")
            .File("family.csv", "person_ref,relative_ref,relation,start_date", "m1,m2,spouse,1995-10-01"));

        var snapshot = (await SnapshotLoader.LoadAsync(fixture.Connection, CancellationToken.None)).Snapshot;

        Assert.Equal(3, snapshot.NodeCount);
        Assert.Equal(2, snapshot.LinkCount);
        var spouse = Enumerable.Range(0, snapshot.LinkCount).Single(l => snapshot.LinkKindOf(l) == LinkKind.Family);
        Assert.Equal(["cadre-x", "civil-x"], snapshot.SourcesOf(spouse).Select(s => s.Bundle).Order());
        var official = Enumerable.Range(0, snapshot.NodeCount).Single(n => snapshot.NodeOf(n) is Person { Name: "王建国" });
        var related = snapshot.RelatedPersons(official);
        Assert.Contains(related, r => r.Relation == "spouse" && ((Person)snapshot.NodeOf(r.Node)).Name == "李秀英");
        Assert.Single(snapshot.Tenure(official));
    }

    [Fact]
    public async Task Every_stated_property_reads_back_from_the_store_as_it_was_ingested()
    {
        await IngestAsync(EveryProperty());

        var snapshot = (await SnapshotLoader.LoadAsync(fixture.Connection, CancellationToken.None)).Snapshot;

        var nodes = Enumerable.Range(0, snapshot.NodeCount).Select(snapshot.NodeOf).ToList();
        var official = nodes.OfType<Person>().Single(p => p.Name == "王建国");
        Assert.Equal(
            ("440802196803150017", new DateOnly(1968, 3, 15), Sex.Male),
            (official.IdNumber!.Value, official.BirthDate, official.Gender));
        var company = nodes.OfType<Company>().Single();
        Assert.Equal(
            (true, "440802", "E48", "存续", new DateOnly(2011, 4, 1)),
            (company.Listed, company.RegionCode, company.Industry, company.Status, company.Founded));
        Assert.Equal(["E", "F51"], nodes.OfType<Agency>().Single().Sectors);
        var decision = nodes.OfType<Decision>().Single();
        Assert.Equal(
            ("procurement_award", 4_500_000.25m, ProcurementMethod.Selective, 3, new DateOnly(2018, 2, 1), new DateOnly(2018, 3, 1)),
            (decision.Kind, decision.Amount, decision.Method, decision.Bidders, decision.AppliedDate, decision.DecidedDate));

        var facts = Enumerable.Range(0, snapshot.LinkCount).Select(snapshot.FactOf).ToDictionary(f => f.Kind);
        Assert.Equal(
            ("局长", new DateOnly(2015, 1, 1), new DateOnly(2020, 12, 31)),
            (facts[LinkKind.Position].Title, facts[LinkKind.Position].Start, facts[LinkKind.Position].End));
        Assert.Equal(("spouse", (DateOnly?)null), (facts[LinkKind.Family].Detail, facts[LinkKind.Family].End));
        Assert.Equal(0.35, facts[LinkKind.Ownership].Share!.Value, 12);
        Assert.Equal(1_200_000.50m, facts[LinkKind.Ownership].Amount);
        Assert.Equal(
            ("consultant", 30_000m, true, (double?)null),
            (facts[LinkKind.Role].Detail, facts[LinkKind.Role].MonthlySalary, facts[LinkKind.Role].Nominal, facts[LinkKind.Role].Share));
        Assert.Equal(("loan", 200_000m, "无息", new DateOnly(2021, 5, 5)), (facts[LinkKind.Transaction].Detail, facts[LinkKind.Transaction]
            .Amount, facts[LinkKind.Transaction].Note, facts[LinkKind.Transaction].End));
        Assert.Equal(new SourceRef("all-x", "transactions.csv", 2), facts[LinkKind.Transaction].Source);
        Assert.Null(facts[LinkKind.Family].Amount);
    }

    [Fact]
    public async Task Provider_loads_a_new_snapshot_after_an_ingest_and_the_old_one_stays_as_it_was()
    {
        await IngestAsync(Bundle("a", "company").File("companies.csv", "ref,name", "c1,海滨建材"));
        using var provider = new SnapshotProvider(fixture.Connection);
        var first = await provider.GetAsync(CancellationToken.None);
        var same = await provider.GetAsync(CancellationToken.None);

        await IngestAsync(Bundle("b", "company").File("companies.csv", "ref,name", "c2,山海贸易"));
        var second = await provider.GetAsync(CancellationToken.None);

        Assert.Same(first, same);
        Assert.NotSame(first, second);
        Assert.True(second.Version > first.Version);
        Assert.Equal(1, first.NodeCount);
        Assert.Equal(2, second.NodeCount);
    }

    [Fact]
    public async Task A_stored_image_loads_as_the_snapshot_the_rows_give_and_once_the_store_moves_on_is_patched_with_the_changes()
    {
        await IngestAsync(EveryProperty());
        var rows = await SnapshotLoader.LoadAsync(fixture.Connection, CancellationToken.None);

        var save = await SnapshotImages.SaveAsync(fixture.Connection, rows.Snapshot, CancellationToken.None);
        var image = await SnapshotLoader.LoadAsync(fixture.Connection, CancellationToken.None);

        Assert.False(rows.FromImage);
        Assert.Equal((true, 1), (save.Written, save.Parts));
        Assert.True(image.FromImage);
        SnapshotAssert.Same(rows.Snapshot, image.Snapshot);
        Assert.False((await SnapshotLoader.LoadAsync(fixture.Connection, useImage: false, CancellationToken.None)).FromImage);
        Assert.Contains(
            "stored already",
            (await SnapshotImages.SaveAsync(fixture.Connection, image.Snapshot, CancellationToken.None)).Reason,
            StringComparison.Ordinal);

        await IngestAsync(Bundle("more-x", "company").File("companies.csv", "ref,name", "c9,山海贸易"));
        var after = await SnapshotLoader.LoadAsync(fixture.Connection, CancellationToken.None);

        // The older image, and the one entity the ingest touched reloaded into it.
        Assert.Equal(
            (true, (string?)null, 1, rows.Snapshot.NodeCount + 1),
            (after.FromImage, after.ImageRefused, after.PatchedEntities, after.Snapshot.NodeCount));
        SnapshotAssert.Same(
            (await SnapshotLoader.LoadAsync(fixture.Connection, useImage: false, CancellationToken.None)).Snapshot,
            after.Snapshot,
            sameBytes: false);
        var stale = await SnapshotImages.SaveAsync(fixture.Connection, rows.Snapshot, CancellationToken.None);
        Assert.Equal(
            (false, $"the store is at version {after.Snapshot.Version}, the snapshot at {rows.Snapshot.Version}"),
            (stale.Written, stale.Reason));
        Assert.True((await SnapshotImages.SaveAsync(fixture.Connection, after.Snapshot, CancellationToken.None)).Written);
        await using var context = fixture.Connection.CreateContext();
        Assert.Equal([after.Snapshot.Version], context.SnapshotImages.Select(p => p.Version).Distinct().ToList());
    }

    [Fact]
    public async Task An_image_in_many_parts_reads_back_whole_and_a_missing_or_cut_part_is_refused_with_the_rows_loaded_instead()
    {
        await IngestAsync(EveryProperty());
        var rows = (await SnapshotLoader.LoadAsync(fixture.Connection, CancellationToken.None)).Snapshot;
        var save = await SnapshotImages.SaveAsync(fixture.Connection, rows, partBytes: 64, CancellationToken.None);

        Assert.Equal((save.Bytes + 63) / 64, save.Parts);
        SnapshotAssert.Same(rows, (await SnapshotLoader.LoadAsync(fixture.Connection, CancellationToken.None)).Snapshot);

        await using (var context = fixture.Connection.CreateContext())
        {
            await context.SnapshotImages.Where(p => p.Part == 2).ExecuteDeleteAsync();
        }

        var gap = await SnapshotLoader.LoadAsync(fixture.Connection, CancellationToken.None);
        Assert.Equal((false, "The snapshot image's part 2 is missing (part 3 follows)."), (gap.FromImage, gap.ImageRefused));
        SnapshotAssert.Same(rows, gap.Snapshot);

        await using (var context = fixture.Connection.CreateContext())
        {
            await context.SnapshotImages.ExecuteDeleteAsync();
        }

        await SnapshotImages.SaveAsync(fixture.Connection, rows, partBytes: 64, CancellationToken.None);
        await using (var context = fixture.Connection.CreateContext())
        {
            var last = await context.SnapshotImages.OrderByDescending(p => p.Part).FirstAsync();
            last.Data = last.Data[..^1];
            await context.SaveChangesAsync();
        }

        var cut = await SnapshotLoader.LoadAsync(fixture.Connection, CancellationToken.None);
        Assert.False(cut.FromImage);
        Assert.StartsWith("The snapshot image ", cut.ImageRefused, StringComparison.Ordinal);
        SnapshotAssert.Same(rows, cut.Snapshot);
    }

    [Fact]
    public async Task A_load_reads_the_committed_state_without_waiting_for_a_writer_that_holds_its_transaction_open()
    {
        await IngestAsync(EveryProperty());
        await using var writer = fixture.Connection.CreateContext();
        await using var transaction = await writer.Database.BeginTransactionAsync();
        writer.SnapshotImages.Add(new SnapshotImagePart { Version = 999, Part = 0, Data = [1, 2, 3] });
        await writer.SaveChangesAsync();

        var load = SnapshotLoader.LoadAsync(fixture.Connection, CancellationToken.None);
        var finished = await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(10)));

        Assert.Same(load, finished);
        Assert.Equal(5, (await load).Snapshot.NodeCount);
        await transaction.RollbackAsync();
    }

    [Fact]
    public async Task A_provider_stores_the_image_of_what_it_loaded_from_the_rows_and_the_next_provider_reads_it()
    {
        await IngestAsync(EveryProperty());
        using var first = new SnapshotProvider(fixture.Connection);
        var loaded = await first.GetAsync(CancellationToken.None);
        var save = await first.ImageSave!;

        using var second = new SnapshotProvider(fixture.Connection);
        var reloaded = await second.GetAsync(CancellationToken.None);

        Assert.False(first.LastLoadFromImage);
        Assert.True(save.Written);
        Assert.True(second.LastLoadFromImage);
        Assert.Null(second.ImageSave);
        SnapshotAssert.Same(loaded, reloaded);
    }

    private BundleBuilder EveryProperty() =>
        Bundle("all-x", "cadre")
            .File("people.csv", "ref,name,id_number,birth_date,gender", "p1,王建国,440802196803150017,1968-03-15,M", "p2,李秀英,,1970-05-02,F")
            .File(
                "companies.csv",
                "ref,name,credit_code,listed,region_code,industry,status,founded",
                "c1,海滨建材,,true,440802,E48,存续,2011-04-01")
            .File("agencies.csv", "ref,name,code,region_code,sectors", "a1,湛江市住房和城乡建设局,,440800,E|F51")
            .File("positions.csv", "person_ref,agency_ref,title,start_date,end_date", "p1,a1,局长,2015-01-01,2020-12-31")
            .File("family.csv", "person_ref,relative_ref,relation,start_date", "p1,p2,spouse,1995-10-01")
            .File(
                "shareholdings.csv",
                "holder_ref,holder_kind,company_ref,share,subscribed_capital,start_date",
                "p2,person,c1,35,1200000.50,2016-06-01")
            .File(
                "company_roles.csv",
                "person_ref,company_ref,role,start_date,monthly_salary,nominal",
                "p2,c1,consultant,2017-01-01,30000,true")
            .File("decisions.csv", "ref,kind,agency_ref,beneficiary_ref,title,amount,applied_date,decided_date,method,bidders",
                "d1,procurement_award,a1,c1,道路工程,4500000.25,2018-02-01,2018-03-01,selective,3")
            .File(
                "transactions.csv",
                "from_ref,from_kind,to_ref,to_kind,kind,amount,date,end_date,note",
                "c1,company,p1,person,loan,200000,2019-05-05,2021-05-05,无息");

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
        Assert.Equal(IngestStatus.Committed, report.Status);
        Assert.Equal(0, report.Rejected);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresSnapshotLoaderTests(PostgresFixture fixture) : SnapshotLoaderTests(fixture);

[Collection(SqliteCollection.Name)]
public sealed class SqliteSnapshotLoaderTests(SqliteFixture fixture) : SnapshotLoaderTests(fixture);
