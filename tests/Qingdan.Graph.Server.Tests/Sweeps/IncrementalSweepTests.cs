using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Seed;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Findings;
using Qingdan.Graph.Store.Graph;
using Qingdan.Graph.Store.Ingest;
using Xunit.Abstractions;

namespace Qingdan.Graph.Server.Tests.Sweeps;

/// <summary>
/// The differential test of incremental sweeps: a seeded city, then random deltas; after each, the store is copied,
/// the copy swept in full and the store incrementally, and the two must hold the same findings — every column, the
/// body byte for byte — and report the same counts. QINGDAN_SWEEP_DELTAS sets the number of deltas (default 6; the
/// issue's run is 50).
/// </summary>
public sealed class IncrementalSweepTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"qingdan-incremental-{Guid.NewGuid():N}");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Incremental_sweeps_equal_full_sweeps_after_every_random_delta()
    {
        var deltas = int.TryParse(Environment.GetEnvironmentVariable("QINGDAN_SWEEP_DELTAS"), CultureInfo.InvariantCulture, out var n)
            ? n
            : 6;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var store = StoreConnection.Parse($"Data Source={Path.Combine(_folder, "q.db")}");
        await StoreMigrator.MigrateAsync(store, CancellationToken.None);
        SeedGenerator.Generate(SeedScale.City, Path.Combine(_folder, "seed"), seed: 7);
        var ingestor = new BundleIngestor(store, TimeProvider.System);
        foreach (var registry in Directory.GetDirectories(Path.Combine(_folder, "seed")).Order(StringComparer.Ordinal))
        {
            await ingestor.IngestAsync(registry, new IngestOptions(), CancellationToken.None);
        }

        output.WriteLine($"seeded and ingested in {clock.Elapsed.TotalSeconds:0.0}s");
        // One snapshot a version, shared: the copy holds the same rows, so its full sweep runs on the same snapshot.
        using var snapshots = new SnapshotProvider(store);
        var before = await snapshots.GetAsync(CancellationToken.None);
        var first = await SweepAsync(store, snapshots, incremental: true);
        Assert.NotNull(first.FullBecause);
        var state = await GraphDiff.State.OfAsync(before, store);
        var random = new RandomDeltas(store, Path.Combine(_folder, "deltas"), seed: 11);
        var ran = 0;
        var moved = 0;
        for (var step = 1; step <= deltas; step++)
        {
            clock.Restart();
            var what = await random.ApplyAsync(before);
            var applied = clock.Elapsed;
            var after = await snapshots.GetAsync(CancellationToken.None);
            if (snapshots.ImageSave is { } save)
            {
                await save;
            }

            var stateAfter = await GraphDiff.State.OfAsync(after, store);
            var (nodes, ends) = GraphDiff.Touched(state, stateAfter);
            var touched = nodes.Union(ends).ToHashSet();
            if (after.Version != before.Version)
            {
                var stored = await GraphDiff.RecordAsync(store, before.Version, after.Version, touched);
                if (stored is not null)
                {
                    var near = stored.Concat(stored.SelectMany(id => Neighbours(after, id))).ToHashSet();
                    Assert.True(nodes.IsSubsetOf(stored), $"{step}: the change set misses nodes {string.Join(' ', nodes.Except(stored))}");
                    Assert.True(ends.IsSubsetOf(near), $"step {step}: the change set misses ends {string.Join(' ', ends.Except(near))}");
                }
            }

            var copy = await CopyAsync(store, step);
            var prepared = clock.Elapsed;
            var full = await SweepAsync(copy, snapshots, incremental: false);
            var incremental = await SweepAsync(store, snapshots, incremental: true);

            Assert.True(incremental.Incremental, $"step {step}: {incremental.FullBecause}");
            Assert.Equal(Counts(full), Counts(incremental));
            Assert.Equal(await DumpAsync(copy), await DumpAsync(store));
            output.WriteLine($"step {step}: {what}; touched {touched.Count}, ran {incremental.Officials} of {full.Officials} officials, " +
                $"{Counts(incremental)}; delta {applied.TotalSeconds:0.0}s, load+diff+copy {(prepared - applied).TotalSeconds:0.0}s, " +
                    $"full {full.Elapsed.TotalSeconds:0.00}s, incremental {incremental.Elapsed.TotalSeconds:0.00}s");
            ran += incremental.Officials;
            moved += incremental.Rules.Sum(r => r.New + r.Resolved);
            (before, state) = (after, stateAfter);
        }

        // The deltas must have moved findings, and the incremental sweeps must have run fewer officials than full ones.
        Assert.True(moved > 0, "no delta changed a finding");
        Assert.True(ran < deltas * first.Officials / 2, $"incremental sweeps ran {ran} officials over {deltas} deltas");
    }

    private static IEnumerable<long> Neighbours(GraphSnapshot graph, long id)
    {
        foreach (var kind in Enum.GetValues<NodeKind>())
        {
            if (graph.IndexOf(new EntityId(kind, id)) is var node and >= 0)
            {
                foreach (var link in graph.LinksFrom(node))
                {
                    yield return graph.IdOf(graph.ToOf(link)).Value;
                }

                foreach (var link in graph.LinksTo(node))
                {
                    yield return graph.IdOf(graph.FromOf(link)).Value;
                }
            }
        }
    }

    private static async Task<SweepReport> SweepAsync(StoreConnection connection, SnapshotProvider snapshots, bool incremental) =>
        await new SweepRunner(connection, TimeProvider.System, snapshots).RunAsync(
            new SweepRequest { Incremental = incremental, MaxParallelism = 2 },
            CancellationToken.None);

    private static string Counts(SweepReport report) =>
        string.Join(' ', report.Rules.Select(r => $"{r.Rule}:{r.Found}/{r.New}/{r.Persisting}/{r.Resolved}/{r.Reopened}"));

    // VACUUM INTO: a consistent copy of the store as it is now.
    private async Task<StoreConnection> CopyAsync(StoreConnection store, int step)
    {
        var path = Path.Combine(_folder, $"copy-{step}.db");
        await using (var context = store.CreateContext())
        {
            await context.Database.ExecuteSqlAsync($"VACUUM INTO {path}");
        }

        return StoreConnection.Parse($"Data Source={path}");
    }

    // Every finding as stored, all columns but the ids and the sweep-dependent ones (which sweep saw it, when).
    private static async Task<List<string>> DumpAsync(StoreConnection connection)
    {
        await using var context = connection.CreateContext();
        var rows = await context.Findings.AsNoTracking().ToListAsync();
        return
        [
            .. rows.Select(f => string.Join(
                    " | ",
                    f.Rule,
                    f.OfficialId,
                    f.CompanyId,
                    f.Active,
                    f.MergedIntoId is null,
                    f.Variants,
                    f.Severity,
                    f.Relations,
                    f.Amount?.ToString(CultureInfo.InvariantCulture),
                    f.AgencyId,
                    f.TriageStatus,
                    f.EvidenceKeys,
                    f.Body))
                .Order(StringComparer.Ordinal),
        ];
    }
}
