using System.Diagnostics;
using System.Globalization;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Seed;

namespace Qingdan.Graph.Benchmarks;

/// <summary>
/// <c>qingdan-bench world [--scales city,region,province,province4x] [--pairs 200]</c>: each scale's seed
/// world generated straight into a snapshot (no bundle, no store), then what a server does with it — a full
/// sweep, shortest paths over the path benchmark's kind of pairs, ownership of every company — and how each
/// figure grows from one scale to the next. Scales run smallest first, each released before the next, so the
/// process's peak working set after a scale is that scale's.
/// </summary>
internal static class WorldBench
{
    private static readonly DateOnly PathDay = new(2024, 6, 1); // PathComparison's as-of day
    private static readonly DateOnly OwnershipDay = new(2023, 6, 1); // SnapshotBench's

    public static int Run(IReadOnlyList<SeedScale> scales, int pairs)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Print($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, " +
            $"server GC {System.Runtime.GCSettings.IsServerGC}");
        var rows = new List<WorldFigures>();
        foreach (var scale in scales)
        {
            rows.Add(Measure(scale, pairs));
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        }

        Console.WriteLine();
        Print($"{"figure",-34}{string.Join(string.Empty, rows.Select(r => $"{r.Scale,14}"))}   growth from each scale to the next");
        Row("people", rows, r => r.People, "N0");
        Row("nodes", rows, r => r.Nodes, "N0");
        Row("links", rows, r => r.Links, "N0");
        Row("officials", rows, r => r.Officials, "N0");
        Row("generation (s)", rows, r => r.Generation, "0.00");
        Row("  CPU (s)", rows, r => r.GenerationCpu, "0.0");
        Row("snapshot build (s)", rows, r => r.Build, "0.00");
        Row("  CPU (s)", rows, r => r.BuildCpu, "0.0");
        Row("traversal bytes a link", rows, r => r.TraversalBytes, "0.0");
        Row("properties+sources bytes a link", rows, r => r.PropertyBytes, "0.0");
        Row("GC heap bytes a link (everything)", rows, r => r.HeapBytes, "0.0");
        Row("peak working set (MB)", rows, r => r.PeakMb, "N0");
        Row("full sweep, all cores (s)", rows, r => r.Sweep, "0.000");
        Row("  CPU (s)", rows, r => r.SweepCpu, "0.00");
        Row("findings", rows, r => r.Findings, "N0");
        Row("shortest path p50 (ms)", rows, r => r.PathP50, "0.000");
        Row("shortest path p95 (ms)", rows, r => r.PathP95, "0.000");
        Row("ownership of every company (s)", rows, r => r.Ownership, "0.00");
        Row("  CPU (s)", rows, r => r.OwnershipCpu, "0.00");
        return 0;
    }

    private static WorldFigures Measure(SeedScale scale, int pairs)
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var cpu = Cpu();
        var (nodeCapacity, linkCapacity) = SeedGenerator.Capacity(scale);
        var builder = new GraphSnapshotBuilder(nodeCapacity, linkCapacity);
        var counts = SeedGenerator.Populate(builder, scale, seed: 1);
        var generation = clock.Elapsed.TotalSeconds;
        var generationCpu = Cpu() - cpu;
        var peakGenerated = PeakWorkingSet();
        clock.Restart();
        cpu = Cpu();
        var snapshot = builder.Build(version: 1);
        var build = clock.Elapsed.TotalSeconds;
        var buildCpu = Cpu() - cpu;
        builder = null!; // its columns belong to the snapshot; nothing else of it may stay reachable for the heap figure
        var heap = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        var peak = PeakWorkingSet();
        var links = snapshot.LinkCount;
        var (traversal, properties) = snapshot.LinkBytes();
        Print($"{scale}: {counts.People:N0} people, {snapshot.NodeCount:N0} nodes, {links:N0} links ({counts.LinkRows:N0} rows); " +
            $"generated into the builder in {generation:0.00}s ({generationCpu:0.0}s of CPU), built in {build:0.00}s " +
            $"({buildCpu:0.0}s of CPU)");
        Print($"  resident: traversal {traversal / (double)links:0.0} + properties and sources {properties / (double)links:0.0} bytes a " +
            $"link (LinkBytes); GC heap after a full collection {heap / 1048576.0:N0} MB = {heap / (double)links:0.0} bytes a link, " +
            $"everything included; peak working set {peak / 1048576.0:N0} MB ({peakGenerated / 1048576.0:N0} MB before the build)");

        var officials = snapshot.Officials().Count;
        var engine = new RuleEngine(snapshot);
        // Best of two: the first run of a small world is mostly the rules' compilation.
        IReadOnlyList<Finding> findings = [];
        var sweep = double.MaxValue;
        var sweepCpu = double.MaxValue;
        for (var round = 0; round < 2; round++)
        {
            clock.Restart();
            cpu = Cpu();
            findings = engine.Run();
            sweep = Math.Min(sweep, clock.Elapsed.TotalSeconds);
            sweepCpu = Math.Min(sweepCpu, Cpu() - cpu);
        }

        var byRule = string.Join(", ", findings.GroupBy(f => f.Rule).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count():N0}"));
        Print($"  full sweep (best of 2): {officials:N0} officials in {sweep:0.000}s on {Environment.ProcessorCount} cores " +
            $"({sweepCpu:0.00}s of CPU), {findings.Count:N0} findings ({byRule})");

        var (p50, p95) = Paths(snapshot, findings, pairs);
        clock.Restart();
        cpu = Cpu();
        var companies = 0;
        var owners = 0L;
        for (var node = 0; node < snapshot.NodeCount; node++)
        {
            if (snapshot.KindOf(node) == NodeKind.Company)
            {
                owners += snapshot.UltimateOwners(node, OwnershipDay, 0.0).Count;
                companies++;
            }
        }

        var ownership = clock.Elapsed.TotalSeconds;
        var ownershipCpu = Cpu() - cpu;
        Print($"  effective ownership of every company ({companies:N0}, all chains ≤ 6, as of {OwnershipDay:yyyy-MM-dd}, one thread): " +
            $"{ownership:0.00}s ({ownershipCpu:0.00}s of CPU), {owners:N0} (company, person) owners");
        return new WorldFigures(
            scale.ToString(), counts.People, snapshot.NodeCount, links, officials, generation, build, traversal / (double)links,
            properties / (double)links, heap / (double)links, peak / 1048576.0, sweep, findings.Count, p50, p95, ownership,
            generationCpu, buildCpu, sweepCpu, ownershipCpu);
    }

    /// <summary>
    /// As <see cref="PathComparison"/> chooses them: half the pairs connected (an official and the company of one of the
    /// sweep's findings — what the seed's truth lists — drawn at random), half random people (mostly unconnected), as of
    /// its day; every pair searched once to warm up, then timed once.
    /// </summary>
    private static (double P50, double P95) Paths(GraphSnapshot snapshot, IReadOnlyList<Finding> findings, int pairs)
    {
        var random = new Random(11);
        var workload = findings.OrderBy(_ => random.Next()).Take(pairs / 2).Select(f => (f.Official, f.Company)).ToList();
        var people = Enumerable.Range(0, snapshot.NodeCount).Where(n => snapshot.KindOf(n) == NodeKind.Person).ToArray();
        while (workload.Count < pairs)
        {
            workload.Add((people[random.Next(people.Length)], people[random.Next(people.Length)]));
        }

        foreach (var (from, to) in workload)
        {
            snapshot.ShortestPath(new PathSearch { From = from, To = to, AsOf = PathDay });
        }

        var times = new List<double>();
        var found = 0;
        var clock = new Stopwatch();
        foreach (var (from, to) in workload)
        {
            clock.Restart();
            found += snapshot.ShortestPath(new PathSearch { From = from, To = to, AsOf = PathDay }) is null ? 0 : 1;
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        var half = Math.Min(pairs / 2, findings.Count);
        var (p50, p95) = (P(times, 0.5), P(times, 0.95));
        Print($"  shortest path (≤ 6 links, as of {PathDay:yyyy-MM-dd}), {workload.Count} pairs ({half} from findings), {found} " +
            $"connected: p50 {p50:0.000} ms, p95 {p95:0.000} ms (from findings p95 {P(times[..half], 0.95):0.000}, random p95 " +
            $"{P(times[half..], 0.95):0.000})");
        return (p50, p95);
    }

    // Beside each wall time: on a shared machine the CPU time a phase took moves less than its wall time.
    private static double Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    private static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    private static void Row(string label, List<WorldFigures> rows, Func<WorldFigures, double> figure, string format)
    {
        var values = rows.ConvertAll(r => figure(r));
        var growth = values.Skip(1).Zip(values, (next, previous) => previous == 0 ? "—" : $"{next / previous:0.00}×");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-34}{string.Join(string.Empty, values.Select(v => v.ToString(format, CultureInfo.InvariantCulture).PadLeft(14)))}   " +
                $"{string.Join("  ", growth)}"));
    }

    private static double P(List<double> values, double quantile)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)(quantile * sorted.Count))];
    }

    // Lines are built by interpolation under the invariant culture Run sets, so that long lines can be split in the source.
    private static void Print(string text) => Console.WriteLine(text);

    private sealed record WorldFigures(
        string Scale, double People, double Nodes, double Links, double Officials, double Generation, double Build,
        double TraversalBytes, double PropertyBytes, double HeapBytes, double PeakMb, double Sweep, double Findings,
        double PathP50, double PathP95, double Ownership, double GenerationCpu, double BuildCpu, double SweepCpu, double OwnershipCpu);
}
