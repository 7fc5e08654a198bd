using System.Diagnostics;
using System.Globalization;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Seed;

namespace Qingdan.Graph.Benchmarks;

/// <summary>
/// <c>qingdan-bench sweep [--scales city,region,province] [--repeat 3]</c>: the rules over the seed world
/// of each scale (built straight into a snapshot), on one thread and on every core, then each rule alone
/// on every core; best of the repeats, with officials per second and findings per rule.
/// </summary>
internal static class SweepBench
{
    public static int Run(IReadOnlyList<SeedScale> scales, int repeat)
    {
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}"));
        foreach (var scale in scales)
        {
            var clock = Stopwatch.StartNew();
            var snapshot = SeedGenerator.Snapshot(scale, seed: 1);
            var built = clock.Elapsed;
            var officials = snapshot.Officials().Count;
            var engine = new RuleEngine(snapshot);
            IReadOnlyList<Finding> findings = [];
            foreach (var threads in new[] { 1, Environment.ProcessorCount }.Distinct())
            {
                var best = TimeSpan.MaxValue;
                for (var i = 0; i < repeat; i++)
                {
                    GC.Collect();
                    clock.Restart();
                    findings = engine.Run(maxParallelism: threads);
                    best = clock.Elapsed < best ? clock.Elapsed : best;
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"sweep {scale,-8} nodes={snapshot.NodeCount,10:N0} links={snapshot.LinkCount,10:N0} officials={officials,7:N0} " +
                        $"threads={threads} time={best.TotalSeconds,7:0.000}s officials/s={officials / best.TotalSeconds,9:N0} " +
                            $"findings={findings.Count,7:N0} (world+snapshot {built.TotalSeconds:0.0}s)"));
            }

            Console.WriteLine(
                "  per rule: " + string.Join(", ", findings.GroupBy(f => f.Rule).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count():N0}")));

            // Each rule alone on every core: what a rule costs beside the others (REP reads the reports beside the graph).
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  reports: {snapshot.Reports.Count:N0} with {snapshot.Reports.Items:N0} items"));
            foreach (var rule in RuleIds.All)
            {
                var best = TimeSpan.MaxValue;
                var found = 0;
                for (var i = 0; i < repeat; i++)
                {
                    GC.Collect();
                    clock.Restart();
                    found = engine.Run([rule]).Count;
                    best = clock.Elapsed < best ? clock.Elapsed : best;
                }

                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"  {rule,-4} alone: time={best.TotalMilliseconds,8:0.0} ms findings={found,7:N0}"));
            }
        }

        return 0;
    }
}
