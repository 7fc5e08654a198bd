using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Graph;
using Qingdan.Graph.Store.Ingest;
using Qingdan.Graph.Store.Resolution;

namespace Qingdan.Graph.Benchmarks;

/// <summary>
/// qingdan-bench delta-patch: on a loaded PostgreSQL store, a server's snapshot provider holds the current
/// version; daily deltas (<see cref="DeltaBundle"/>) are ingested and a match decision is made, and each new
/// version is reached by the provider's patch, then, for the ratio, by a whole load from the rows and by a
/// load of the older stored image with the changes since applied — same run, same state.
/// </summary>
internal static class DeltaPatchBench
{
    public static async Task<int> RunAsync(string connectionString, IReadOnlyList<int> sizes, string work)
    {
        var connection = StoreConnection.Parse(connectionString);
        var cancel = CancellationToken.None;
        using var provider = new SnapshotProvider(connection);
        var clock = Stopwatch.StartNew();
        var first = await provider.GetAsync(cancel);
        Print($"first load: {first.NodeCount:N0} nodes, {first.LinkCount:N0} links in {clock.Elapsed.TotalSeconds:0.00} s");
        if (provider.ImageSave is { } save)
        {
            Print($"image stored: {(await save).Reason}");
        }

        foreach (var rows in sizes)
        {
            var folder = await DeltaBundle.WriteAsync(connectionString, work, rows, $"patch-{rows}");
            clock.Restart();
            var report = await new BundleIngestor(connection, TimeProvider.System).IngestAsync(folder, new IngestOptions(), cancel);
            var ingest = clock.Elapsed;
            clock.Restart();
            var patched = await provider.GetAsync(cancel);
            var patch = clock.Elapsed;
            Print($"delta of {report.RowsRead:N0} rows: ingest {ingest.TotalSeconds:0.00} s ({report.Status}), " +
                $"resolution {(report.Resolution?.Scoped == true ? "scoped" : "full")}; new version {patched.Version} " +
                $"{(provider.LastLoadPatched ? "patched" : "loaded whole")} in {patch.TotalSeconds:0.00} s");
            await CompareAsync(connection, patch);
        }

        await using (var context = connection.CreateContext())
        {
            var pair = await context.ResolutionCandidates.AsNoTracking().OrderBy(c => c.RecordAId).FirstOrDefaultAsync();
            if (pair is not null)
            {
                clock.Restart();
                await new MatchDecider(connection, TimeProvider.System).DecideAsync(pair.RecordAId, pair.RecordBId, true, "bench", null, cancel);
                var decide = clock.Elapsed;
                clock.Restart();
                var patched = await provider.GetAsync(cancel);
                var patch = clock.Elapsed;
                Print($"match decision: applied in {decide.TotalSeconds:0.00} s; new version {patched.Version} " +
                    $"{(provider.LastLoadPatched ? "patched" : "loaded whole")} in {patch.TotalSeconds:0.00} s");
                await CompareAsync(connection, patch);
            }
        }

        return 0;
    }

    private static async Task CompareAsync(StoreConnection connection, TimeSpan patch)
    {
        var rows = await SnapshotLoader.LoadAsync(connection, useImage: false, CancellationToken.None);
        var image = await SnapshotLoader.LoadAsync(connection, CancellationToken.None);
        Print($"  same version from the rows: {rows.Elapsed.TotalSeconds:0.00} s ({rows.Elapsed / patch:0.0}x the patch); " +
            $"from the stored image{(image.PatchedEntities is { } n ? $" and {n:N0} entities since" : string.Empty)}: " +
            $"{image.Elapsed.TotalSeconds:0.00} s ({image.Elapsed / patch:0.0}x)");
    }

    private static void Print(string line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
