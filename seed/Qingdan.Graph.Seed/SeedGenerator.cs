using System.Diagnostics;
using Qingdan.Graph.Seed.Export;
using Qingdan.Graph.Seed.Generation;
using Qingdan.Graph.Seed.Truth;

namespace Qingdan.Graph.Seed;

/// <summary><c>qingdan seed</c>: writes a synthetic world's registry bundles, its planted cases and the findings the rules must
/// produce.</summary>
public static class SeedGenerator
{
    /// <summary>Generates and writes; the truth is computed for city and region scale (optional for province, off by default).</summary>
    public static SeedSummary Generate(SeedScale scale, string output, int seed, bool? truth = null)
    {
        var clock = Stopwatch.StartNew();
        var world = WorldGenerator.Generate(scale, seed);
        var generated = clock.Elapsed;
        var findings = truth ?? scale < SeedScale.Province ? new TruthChecker(world).Check() : null;
        var checkedAt = clock.Elapsed;
        RegistryExporter.Write(world, output, findings);
        var links = world.Positions.Count + world.Family.Count + world.Associates.Count + world.Shares.Count + world.Roles.Count
            + world.Transactions.Count
            + world.Decisions.Sum(d => d.Officials.Count + d.Tenderers.Count + 2);
        return new SeedSummary(
            world.People.Count, world.Companies.Count, world.Agencies.Count, world.Decisions.Count, links, world.Planted.Count,
            findings?.GroupBy(f => f.Rule).ToDictionary(g => g.Key, g => g.Count()),
            generated, checkedAt - generated, clock.Elapsed - checkedAt);
    }

    /// <summary>
    /// The world of a scale and seed as a graph snapshot, without writing or ingesting registries:
    /// what the store would hold after a clean ingest of <see cref="Generate"/>'s bundles (ids aside). For benchmarks.
    /// </summary>
    public static Core.Graph.GraphSnapshot Snapshot(SeedScale scale, int seed)
    {
        var (nodes, links) = Capacity(scale);
        var builder = new Core.Graph.GraphSnapshotBuilder(nodes, links);
        Populate(builder, scale, seed);
        return builder.Build(version: 1);
    }

    /// <summary>
    /// A little more than the nodes and link rows a scale generates (measured: 1.24–1.25 nodes a person, 2.53 link rows a person
    /// and the transactions): a builder so sized never doubles its columns as rows come (at 4× the province, gigabytes of peak).
    /// </summary>
    public static (int Nodes, int Links) Capacity(SeedScale scale)
    {
        var plan = WorldGenerator.Plan(scale, seed: 1);
        var people = (double)plan.Counties.Count * plan.PeoplePerCounty;
        return ((int)(people * 1.26) + plan.World.Agencies.Count, (int)(people * (2.53 + plan.TransactionsPerPerson) * 1.01));
    }

    /// <summary>
    /// Generates the world of a scale and seed straight into <paramref name="builder"/>, a county at a time (no bundle, no store,
    /// the whole world never held beside the builder): the same nodes and links as <see cref="Snapshot"/>.
    /// </summary>
    public static SeedWorldCounts Populate(Core.Graph.GraphSnapshotBuilder builder, SeedScale scale, int seed) =>
        WorldStream.Populate(builder, scale, seed);
}
