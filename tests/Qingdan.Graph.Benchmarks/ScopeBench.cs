using System.Diagnostics;
using System.Globalization;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Seed;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Benchmarks;

/// <summary>
/// <c>qingdan-bench scope [--scales city,region] [--repeat 3]</c>: what a scope costs — the pass over a seeded graph that a
/// new version pays once per scope (<see cref="GraphSnapshot.Reach"/>, as the server's ScopeView runs it), for a district, its
/// city and its province, against building the snapshot itself in the same run; and how much of the graph each scope sees.
/// </summary>
internal static class ScopeBench
{
    public static int Run(IReadOnlyList<SeedScale> scales, int repeat)
    {
        Console.WriteLine($"qingdan-bench scope: {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, reach 6");
        foreach (var scale in scales)
        {
            var (nodeCapacity, linkCapacity) = SeedGenerator.Capacity(scale);
            var builder = new GraphSnapshotBuilder(nodeCapacity, linkCapacity);
            SeedGenerator.Populate(builder, scale, seed: 1);
            var clock = Stopwatch.StartNew();
            var snapshot = builder.Build(version: 1);
            var build = clock.Elapsed.TotalMilliseconds;
            var district = Districts(snapshot).OrderByDescending(d => d.Value).First().Key;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{scale}: {snapshot.NodeCount:N0} nodes, {snapshot.LinkCount:N0} links, {snapshot.Officials().Count:N0} officials; " +
                $"snapshot build {build:N0} ms"));
            foreach (var prefix in new[] { district, district[..4], district[..2] })
            {
                var scope = AccessScope.Parse(prefix)!;
                var times = new List<double>();
                ScopeReach? reach = null;
                for (var round = 0; round < repeat; round++)
                {
                    clock.Restart();
                    reach = snapshot.Reach(
                        node => snapshot.NodeOf(node) is Agency agency && scope.Covers(agency.Id.Value, agency.RegionCode),
                        hops: 6);
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }

                times.Sort();
                var median = times[times.Count / 2];
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"  scope {prefix,-6}: pass {median,8:N0} ms (median of {repeat}) = {median / build:P0} of the build; " +
                    $"sees {reach!.VisibleCount:N0} nodes ({(double)reach.VisibleCount / snapshot.NodeCount:P1})"));
            }
        }

        return 0;
    }

    // Six-digit region codes of the graph's agencies, with how many agencies each has.
    private static Dictionary<string, int> Districts(GraphSnapshot snapshot)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var node = 0; node < snapshot.NodeCount; node++)
        {
            if (snapshot.NodeOf(node) is Agency { RegionCode: { Length: 6 } code } && !code.EndsWith("00", StringComparison.Ordinal))
            {
                counts[code] = counts.GetValueOrDefault(code) + 1;
            }
        }

        return counts;
    }
}
