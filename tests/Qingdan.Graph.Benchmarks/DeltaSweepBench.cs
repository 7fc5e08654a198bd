using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Seed;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Findings;
using Qingdan.Graph.Store.Graph;
using Qingdan.Graph.Store.Ingest;

namespace Qingdan.Graph.Benchmarks;

/// <summary>
/// <c>qingdan-bench delta-sweep --db CONNECTION [--scale province] [--deltas 1000,50000] [--work DIR]</c>: a seed world
/// ingested into the store (once: a store that holds batches is used as it is), a full sweep, then for each delta size
/// a bundle of that many rows touching every record kind (half of its people officials' relatives, half anyone),
/// ingested, and on the same state an incremental sweep and a full one, timed in the same run, with their ratio. Also
/// the rules alone on the snapshot with and without recording footprints, best of three.
/// </summary>
internal static class DeltaSweepBench
{
    public static async Task<int> RunAsync(StoreConnection connection, SeedScale scale, IReadOnlyList<int> deltas, string work)
    {
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; " +
                $"store {connection.Describe()}"));
        await StoreMigrator.MigrateAsync(connection, CancellationToken.None);
        var clock = Stopwatch.StartNew();
        await using (var context = connection.CreateContext())
        {
            if (!await context.IngestBatches.AnyAsync())
            {
                var seed = Path.Combine(work, $"seed-{scale}".ToLowerInvariant());
                if (!Directory.Exists(seed))
                {
                    SeedGenerator.Generate(scale, seed, seed: 1);
                }

                var ingestor = new BundleIngestor(connection, TimeProvider.System);
                foreach (var registry in Directory.GetDirectories(seed).Order(StringComparer.Ordinal))
                {
                    var report = await ingestor.IngestAsync(registry, new IngestOptions(), CancellationToken.None);
                    Console.WriteLine($"  ingested {Path.GetFileName(registry)}: {report.Status}, {clock.Elapsed.TotalSeconds:0}s");
                }
            }
        }

        using var snapshots = new SnapshotProvider(connection);
        clock.Restart();
        var graph = await snapshots.GetAsync(CancellationToken.None);
        await ImageSavedAsync(snapshots);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"snapshot v{graph.Version}: {graph.NodeCount:N0} nodes, {graph.LinkCount:N0} links, {graph.Officials().Count:N0} officials, " +
                $"loaded in {clock.Elapsed.TotalSeconds:0.0}s"));
        RulesOverhead(graph);

        var first = await SweepAsync(connection, snapshots, incremental: false, "full sweep (first)");
        var random = new Random(5);
        foreach (var size in deltas)
        {
            var folder = Path.Combine(work, $"delta-{size}-{Guid.NewGuid():N}");
            var rows = await SweepDeltaBundle.WriteAsync(connection, graph, folder, size, random);
            clock.Restart();
            var ingest = await new BundleIngestor(connection, TimeProvider.System)
                .IngestAsync(folder, new IngestOptions(), CancellationToken.None);
            var ingested = clock.Elapsed;
            if (ingest.Status != IngestStatus.Committed)
            {
                Console.WriteLine($"delta refused: {string.Join("; ", ingest.Issues.Take(5))}");
                return 1;
            }

            clock.Restart();
            graph = await snapshots.GetAsync(CancellationToken.None);
            var swapped = clock.Elapsed;
            await ImageSavedAsync(snapshots);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"delta {rows:N0} rows: ingest {ingest.Status} in {ingested.TotalSeconds:0.00}s, " +
                    $"snapshot v{graph.Version} in {swapped.TotalSeconds:0.00}s"));
            var incremental = await SweepAsync(connection, snapshots, incremental: true, $"  incremental after {rows:N0} rows");
            var full = await SweepAsync(connection, snapshots, incremental: false, $"  full after {rows:N0} rows");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  ratio full/incremental {full.TotalSeconds / incremental.TotalSeconds:0.0}x"));
            Directory.Delete(folder, recursive: true);
        }

        return first > TimeSpan.Zero ? 0 : 1;
    }

    private static async Task<TimeSpan> SweepAsync(StoreConnection connection, SnapshotProvider snapshots, bool incremental, string label)
    {
        var clock = Stopwatch.StartNew();
        var report = await new SweepRunner(connection, TimeProvider.System, snapshots)
            .RunAsync(new SweepRequest { Incremental = incremental }, CancellationToken.None);
        var elapsed = clock.Elapsed;
        var rules = string.Join(" ", report.Rules.Select(r => $"{r.Rule} {r.Found}/+{r.New}/-{r.Resolved}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: {elapsed.TotalSeconds:0.000}s (rules+plan {report.Evaluate.TotalSeconds:0.000}s, " +
                $"write {report.Write.TotalSeconds:0.000}s), " +
                $"{report.Officials:N0} officials run{(report.Touched is { } t ? $", {t:N0} entities touched" : "")}" +
                    $"{(report.FullBecause is { } why ? $" (full: {why})" : "")}; {rules}"));
        return elapsed;
    }

    // The provider stores a loaded snapshot's image in the background: let it finish, so that sweeps are timed alone.
    private static async Task ImageSavedAsync(SnapshotProvider snapshots)
    {
        if (snapshots.ImageSave is { } save)
        {
            try
            {
                await save;
            }
            catch (Exception error) when (error is InvalidOperationException or IOException or System.Data.Common.DbException)
            {
                Console.WriteLine($"  (image not stored: {error.Message})");
            }
        }
    }

    // The rules alone on every official: plain, and recording footprints.
    private static void RulesOverhead(GraphSnapshot graph)
    {
        var engine = new RuleEngine(graph);
        var plain = TimeSpan.MaxValue;
        var traced = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            engine.Run();
            plain = clock.Elapsed < plain ? clock.Elapsed : plain;
            GC.Collect();
            clock.Restart();
            var run = engine.RunTraced();
            traced = clock.Elapsed < traced ? clock.Elapsed : traced;
            if (i == 0)
            {
                var nodes = run.Footprints.Select(f => f.Nodes.Count).Order().ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"footprints: {nodes.Count:N0}, nodes median {nodes[nodes.Count / 2]}, " +
                        $"p99 {nodes[nodes.Count * 99 / 100]}, max {nodes[^1]}"));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rules, every official, best of 3: plain {plain.TotalSeconds:0.000}s, recording footprints {traced.TotalSeconds:0.000}s " +
                $"({((traced.TotalSeconds / plain.TotalSeconds) - 1) * 100:+0;-0}%)"));
    }
}
