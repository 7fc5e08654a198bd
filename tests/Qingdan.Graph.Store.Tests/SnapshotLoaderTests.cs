using Qingdan.Graph.Core.Model;
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

        var (snapshot, _) = await SnapshotLoader.LoadAsync(fixture.Connection, CancellationToken.None);

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

    private BundleBuilder Bundle(string id, string registry)
    {
        var bundle = new BundleBuilder(id, registry);
        _bundles.Add(bundle);
        return bundle;
    }

    private async Task IngestAsync(BundleBuilder bundle)
    {
        var report = await new BundleIngestor(fixture.Connection, TimeProvider.System).IngestAsync(bundle.Folder, new IngestOptions(), CancellationToken.None);
        Assert.Equal(IngestStatus.Committed, report.Status);
        Assert.Equal(0, report.Rejected);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresSnapshotLoaderTests(PostgresFixture fixture) : SnapshotLoaderTests(fixture);

[Collection(SqliteCollection.Name)]
public sealed class SqliteSnapshotLoaderTests(SqliteFixture fixture) : SnapshotLoaderTests(fixture);
