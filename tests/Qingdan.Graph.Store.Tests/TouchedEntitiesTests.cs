using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Store.Ingest;
using Qingdan.Graph.Store.Ingest.Writing;
using Qingdan.Graph.Store.Resolution;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Store.Tests;

/// <summary>
/// <see cref="StoreResolver.TouchedEntities"/> names exactly the entities a run changed: those whose node
/// row it inserted, rewrote or deleted, and the old and new entity of every record it moved.
/// </summary>
public abstract class TouchedEntitiesTests(StoreFixture fixture) : IAsyncLifetime
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
    public async Task A_split_touches_the_entity_split_and_the_one_made_and_nothing_else()
    {
        await IngestAsync("cadre", "p1,王建国,440802196803150017,1968-03-15", "p2,李秀英,440802197005020026,1970-05-02");
        await IngestAsync("finance", "f1,王建国,,1968-03-15", "f2,张伟,,1980-01-01");
        var (nodesBefore, entityBefore) = await StateAsync();
        long cadre, finance;
        await using (var context = fixture.CreateContext())
        {
            cadre = await context.SourceRecords.Where(r => r.Ref == "p1").Select(r => r.Id).SingleAsync();
            finance = await context.SourceRecords.Where(r => r.Ref == "f1").Select(r => r.Id).SingleAsync();
        }

        Assert.Equal(entityBefore[cadre], entityBefore[finance]);

        IReadOnlySet<long> touched;
        await using (var context = fixture.CreateContext())
        {
            await context.Database.OpenConnectionAsync();
            var connection = context.Database.GetDbConnection();
            await using var transaction = await connection.BeginTransactionAsync();
            var db = new BulkWriter(connection, transaction, fixture.Provider);
            await db.ExecuteAsync(
                "INSERT INTO match_decisions (record_a_id, record_b_id, same, decided_by, decided_at) VALUES (@a, @b, @same, 'test', @at)",
                CancellationToken.None,
                ("@a", cadre),
                ("@b", finance),
                ("@same", false),
                ("@at", DateTime.UtcNow));
            var resolver = new StoreResolver(db, null, TimeProvider.System) { Decided = [cadre, finance] };
            await resolver.RunAsync(new HashSet<long>(), CancellationToken.None);
            await transaction.CommitAsync();
            Assert.True(resolver.Scoped);
            touched = resolver.TouchedEntities;
        }

        var (nodesAfter, entityAfter) = await StateAsync();
        var expected = nodesBefore.Keys.Union(nodesAfter.Keys)
            .Where(id => nodesBefore.GetValueOrDefault(id) != nodesAfter.GetValueOrDefault(id))
            .Concat(entityBefore.Where(r => entityAfter[r.Key] != r.Value).SelectMany(r => new[] { r.Value, entityAfter[r.Key] }))
            .ToHashSet();
        Assert.NotEqual(entityAfter[cadre], entityAfter[finance]);
        Assert.Equal(expected.Order(), touched.Order());
        Assert.Equal(2, touched.Count);
    }

    private async Task<(Dictionary<long, string> Nodes, Dictionary<long, long> EntityOf)> StateAsync()
    {
        await using var context = fixture.CreateContext();
        var nodes = (await context.Nodes.AsNoTracking().ToListAsync())
            .ToDictionary(n => n.Id, n => $"{n.Kind} {n.Name} {n.NormalizedName}");
        var records = await context.SourceRecords.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.EntityId!.Value);
        return (nodes, records);
    }

    private async Task IngestAsync(string registry, params string[] people)
    {
        var bundle = new BundleBuilder($"{registry}-2026", registry).File("people.csv", ["ref,name,id_number,birth_date", .. people]);
        _bundles.Add(bundle);
        var report = await new BundleIngestor(fixture.Connection, TimeProvider.System)
            .IngestAsync(bundle.Folder, new IngestOptions(), CancellationToken.None);
        Assert.Equal(IngestStatus.Committed, report.Status);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresTouchedEntitiesTests(PostgresFixture fixture) : TouchedEntitiesTests(fixture);

[Collection(SqliteCollection.Name)]
public sealed class SqliteTouchedEntitiesTests(SqliteFixture fixture) : TouchedEntitiesTests(fixture);
