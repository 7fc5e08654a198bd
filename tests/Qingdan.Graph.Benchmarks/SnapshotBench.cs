using System.Diagnostics;
using System.Globalization;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Graph;

namespace Qingdan.Graph.Benchmarks;

/// <summary>
/// Snapshot figures on whatever store it is pointed at: load rate and resident bytes a link, as-of
/// typed expansions a second on one core, shortest and all-simple-path latencies on random pairs, and
/// effective ownership of every company.
/// </summary>
internal static class SnapshotBench
{
    /// <summary>
    /// Loads the store's snapshot from its rows, stores its image, loads it again from the image, checks
    /// the two agree, and measures traversal on the image's snapshot. Any stored image is dropped first,
    /// so the rows are read whatever state the store is in.
    /// </summary>
    public static async Task<int> RunAsync(StoreConnection connection)
    {
        var dropped = await SnapshotImages.DropAsync(connection, CancellationToken.None);
        Print($"dropped {dropped} stored image parts");
        var digest = await LoadRowsAndStoreImageAsync(connection);
        await Task.Yield();
        var image = await LoadAsync(connection, useImage: true, "from the stored image");
        if (!image.FromImage)
        {
            Print($"the image was not used: {image.ImageRefused}");
            return 1;
        }

        var same = Digest(image.Snapshot) == digest;
        Print($"rows and image agree (every node id, every link's kind, endpoints and validity, and 100,000 sampled facts, sources and records): {same}");
        var result = same ? Measure(image.Snapshot) : 1;

        // What the first load left unreachable may still be held where the heap was measured before the second
        // (a thread-pool thread's last work item); measured against the heap once this snapshot is gone instead.
        var loaded = GC.GetTotalMemory(forceFullCollection: true);
        var links = image.Snapshot.LinkCount;
        image = null!;
        await Task.Yield();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var released = GC.GetTotalMemory(forceFullCollection: true);
        Print($"managed heap of the snapshot loaded from the image (measured by releasing it): {(loaded - released) / 1048576.0:N0} MB = {(loaded - released) / (double)Math.Max(1, links):N0} bytes a link");
        return result;
    }

    // Apart, so that nothing of the rows' snapshot is still reachable when the image is loaded and measured.
    private static async Task<long> LoadRowsAndStoreImageAsync(StoreConnection connection)
    {
        var rows = (await LoadAsync(connection, useImage: false, "from rows")).Snapshot;
        var clock = Stopwatch.StartNew();
        var save = await SnapshotImages.SaveAsync(connection, rows, CancellationToken.None);
        Print($"image stored: {save.Written} ({save.Reason}), {save.Bytes / 1048576.0:N0} MB in {save.Parts:N0} parts = {save.Bytes / (double)Math.Max(1, rows.LinkCount):0.0} bytes a link, {clock.Elapsed.TotalSeconds:0.00}s");
        var digest = Digest(rows);
        rows = null!; // the caller may run on inline, under this frame: its field must not keep the snapshot
        return digest;
    }

    private static async Task<SnapshotLoad> LoadAsync(StoreConnection connection, bool useImage, string label)
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var paused = GC.GetTotalPauseDuration();
        var load = await SnapshotLoader.LoadAsync(connection, useImage, CancellationToken.None);
        var (snapshot, elapsed) = load;
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Print($"load {label}: {snapshot.NodeCount:N0} nodes, {snapshot.LinkCount:N0} links in {elapsed.TotalSeconds:0.00}s = {snapshot.LinkCount / elapsed.TotalSeconds:N0} links/s; managed heap {(after - before) / 1048576.0:N0} MB = {(after - before) / (double)Math.Max(1, snapshot.LinkCount):N0} bytes a link (nodes, properties and sources included)");
        Print($"load {label}: this process used {cpu.TotalSeconds:0.0} s of CPU (both cores: {2 * elapsed.TotalSeconds:0.0} s of CPU time in the wall time; the rest is the database's); collections gen0/1/2 {GC.CollectionCount(0) - collections[0]}/{GC.CollectionCount(1) - collections[1]}/{GC.CollectionCount(2) - collections[2]}, paused {(GC.GetTotalPauseDuration() - paused).TotalSeconds:0.00} s");
        var (traversal, properties) = snapshot.LinkBytes();
        Print($"link columns: traversal {traversal / (double)Math.Max(1, snapshot.LinkCount):0.0} bytes a link (both directions, kind, detail, validity, share), properties and sources {properties / (double)Math.Max(1, snapshot.LinkCount):0.0} bytes a link; node columns {snapshot.NodeBytes() / (double)Math.Max(1, snapshot.LinkCount):0.0} bytes a link ({snapshot.NodeBytes() / (double)Math.Max(1, snapshot.NodeCount):0.0} a node)");
        return load;
    }

    /// <summary>A hash of the snapshot's structure and of a fixed sample of its facts and node records.</summary>
    private static long Digest(GraphSnapshot snapshot)
    {
        var hash = new HashCode();
        hash.Add(snapshot.Version);
        hash.Add(snapshot.NodeCount);
        hash.Add(snapshot.LinkCount);
        for (var node = 0; node < snapshot.NodeCount; node++)
        {
            hash.Add(snapshot.IdOf(node));
        }

        for (var link = 0; link < snapshot.LinkCount; link++)
        {
            hash.Add(snapshot.LinkKindOf(link));
            hash.Add(snapshot.FromOf(link));
            hash.Add(snapshot.ToOf(link));
            hash.Add(snapshot.ValidityOf(link));
        }

        var random = new Random(11);
        for (var i = 0; i < 100_000 && snapshot.LinkCount > 0; i++)
        {
            var link = random.Next(snapshot.LinkCount);
            hash.Add(snapshot.FactOf(link));
            hash.Add(string.Join('|', snapshot.SourcesOf(link)));
            var node = random.Next(snapshot.NodeCount);
            hash.Add(snapshot.NodeOf(node) is Agency agency ? (agency with { Sectors = [] }, string.Join('|', agency.Sectors)) : snapshot.NodeOf(node));
        }

        return hash.ToHashCode();
    }

    /// <summary>The traversal figures on the seed's world built straight into a snapshot (no store, no load figures): quick at any scale.</summary>
    public static int RunFromSeed(Qingdan.Graph.Seed.SeedScale scale)
    {
        var (image, links) = ImageOfSeed(scale);
        return Measure(ThroughImage(image, links));
    }

    /// <summary>
    /// The snapshot written to an image in memory and read back from it, timed, with the managed heap the
    /// read-back snapshot holds: the image load without a store's reads (a seed world has fewer node
    /// attributes than a store's: no identity numbers, no statuses).
    /// </summary>
    private static GraphSnapshot ThroughImage(MemoryStream image, int links)
    {
        var bytes = image.Length;
        var clock = Stopwatch.StartNew();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        GraphSnapshot? copy = null;
        for (var round = 0; round < 3; round++)
        {
            copy = null;
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            image.Position = 0;
            clock.Restart();
            copy = GraphSnapshot.ReadImage(image, bytes);
            Print($"image read from memory: {links:N0} links in {clock.Elapsed.TotalSeconds:0.00}s = {links / clock.Elapsed.TotalSeconds / 1e6:0.00} M links/s");
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);
        var (traversal, properties) = copy!.LinkBytes();
        Print($"managed heap of the snapshot read from the image: {(after - before) / 1048576.0:N0} MB = {(after - before) / (double)Math.Max(1, links):0.0} bytes a link (traversal {traversal / (double)Math.Max(1, links):0.0}, link properties and sources {properties / (double)Math.Max(1, links):0.0}, node columns {copy.NodeBytes() / (double)Math.Max(1, links):0.0} by their own count)");
        return copy;
    }

    // Apart, so that the generated snapshot is unreachable once its image is written.
    private static (MemoryStream Image, int Links) ImageOfSeed(Qingdan.Graph.Seed.SeedScale scale)
    {
        var clock = Stopwatch.StartNew();
        var snapshot = Qingdan.Graph.Seed.SeedGenerator.Snapshot(scale, seed: 1);
        Print($"seed {scale}: {snapshot.NodeCount:N0} nodes, {snapshot.LinkCount:N0} links generated in {clock.Elapsed.TotalSeconds:0.0}s (no store)");
        var image = new MemoryStream();
        clock.Restart();
        var bytes = snapshot.WriteImage(image);
        Print($"image written in memory: {bytes / 1048576.0:N0} MB = {bytes / (double)Math.Max(1, snapshot.LinkCount):0.0} bytes a link in {clock.Elapsed.TotalSeconds:0.00}s");
        return (image, snapshot.LinkCount);
    }

    private static int Measure(GraphSnapshot snapshot)
    {

        var day = new DateOnly(2023, 6, 1);
        var clock = Stopwatch.StartNew();
        long scanned = 0;
        var matched = 0L;
        for (var round = 0; round < 5; round++)
        {
            for (var node = 0; node < snapshot.NodeCount; node++)
            {
                var (s, m) = snapshot.CountExpansion(node, LinkKind.Ownership, day);
                scanned += s;
                matched += m;
            }
        }

        Print($"typed as-of expansion (ownership, {day:yyyy-MM-dd}, every node, both directions, 5 rounds): {scanned:N0} links scanned in {clock.Elapsed.TotalSeconds:0.00}s = {scanned / clock.Elapsed.TotalSeconds / 1e6:0.0} M links/s ({matched:N0} matched)");

        var random = new Random(7);
        var people = Enumerable.Range(0, snapshot.NodeCount).Where(n => snapshot.KindOf(n) == NodeKind.Person).ToArray();
        var shortest = new List<double>();
        var all = new List<double>();
        var found = 0;
        for (var i = 0; i < 200; i++)
        {
            var search = new PathSearch { From = people[random.Next(people.Length)], To = people[random.Next(people.Length)], AsOf = day, MaxPaths = 100 };
            clock.Restart();
            found += snapshot.ShortestPath(search) is null ? 0 : 1;
            shortest.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            try
            {
                snapshot.AllSimplePaths(search);
            }
            catch (GraphLimitException)
            {
                // A timed-out search counts at its timeout.
            }

            all.Add(clock.Elapsed.TotalMilliseconds);
        }

        Print($"random person pairs (as of {day:yyyy-MM-dd}, ≤ 6 links, {found}/200 connected): shortest p50 {P(shortest, 0.5):0.000} ms p95 {P(shortest, 0.95):0.000} ms; all simple paths (≤ 100) p50 {P(all, 0.5):0.00} ms p95 {P(all, 0.95):0.00} ms");

        // Connected pairs as findings make them: an official and a company a relative holds shares in.
        var connected = new List<(int From, int To)>();
        foreach (var official in snapshot.Officials().OrderBy(_ => random.Next()))
        {
            var pair = snapshot.LinksFrom(official).Concat(snapshot.LinksTo(official))
                .Where(l => snapshot.LinkKindOf(l) == LinkKind.Family)
                .Select(l => snapshot.FromOf(l) == official ? snapshot.ToOf(l) : snapshot.FromOf(l))
                .SelectMany(relative => snapshot.LinksFrom(relative).Where(l => snapshot.LinkKindOf(l) == LinkKind.Ownership).Select(l => snapshot.ToOf(l)))
                .Select(company => (official, company))
                .FirstOrDefault((-1, -1));
            if (pair.Item1 >= 0)
            {
                connected.Add(pair);
            }

            if (connected.Count == 100)
            {
                break;
            }
        }

        var connectedAll = new List<double>();
        foreach (var (from, to) in connected)
        {
            clock.Restart();
            try
            {
                snapshot.AllSimplePaths(new PathSearch { From = from, To = to, MaxPaths = 100 });
            }
            catch (GraphLimitException)
            {
                // A timed-out search counts at its timeout.
            }

            connectedAll.Add(clock.Elapsed.TotalMilliseconds);
        }

        var mixed = connectedAll.Concat(all.Take(connectedAll.Count)).ToList();
        Print($"official → company a relative holds shares in ({connected.Count} pairs, every day, ≤ 6 links): all simple paths (≤ 100) p50 {P(connectedAll, 0.5):0.00} ms p95 {P(connectedAll, 0.95):0.00} ms; with as many random pairs: p95 {P(mixed, 0.95):0.00} ms");

        clock.Restart();
        var companies = 0;
        for (var node = 0; node < snapshot.NodeCount; node++)
        {
            if (snapshot.KindOf(node) == NodeKind.Company)
            {
                snapshot.UltimateOwners(node, day, 0.0);
                companies++;
            }
        }

        Print($"effective ownership of every company ({companies:N0}, all chains ≤ 6): {clock.Elapsed.TotalSeconds:0.00}s");
        return 0;
    }

    private static double P(List<double> values, double quantile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)(quantile * sorted.Count))];
    }

    private static void Print(FormattableString text) => Console.WriteLine(text.ToString(CultureInfo.InvariantCulture));
}
