using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Seed.World;

namespace Qingdan.Graph.Seed.Generation;

/// <summary>
/// The world of a scale straight into a snapshot builder, a county at a time: each county is generated on
/// the thread pool a few ahead of the one being added, added in order with its ids shifted where
/// <see cref="WorldGenerator.Generate"/> would join it, and dropped. The whole world is never held apart
/// from the builder, so the peak is the builder's columns and a few counties (the 4× province's world
/// objects alone would be gigabytes more).
/// </summary>
internal static class WorldStream
{
    public static SeedWorldCounts Populate(GraphSnapshotBuilder builder, SeedScale scale, int seed)
    {
        var plan = WorldGenerator.Plan(scale, seed);
        WorldSnapshot.AddAgencies(builder, plan.World.Agencies);
        var ahead = Environment.ProcessorCount + 1;
        var pending = new Queue<Task<SeedWorld>>();
        var next = 0;
        void Start()
        {
            while (pending.Count < ahead && next < plan.Counties.Count)
            {
                var index = next++;
                pending.Enqueue(Task.Run(() => WorldGenerator.County(plan, index)));
            }
        }

        Start();
        var at = default(WorldOffsets);
        var line = 0;
        while (pending.Count > 0)
        {
            var county = pending.Dequeue().GetAwaiter().GetResult();
            Start();
            WorldSnapshot.Add(builder, county, at, ref line);
            at = new WorldOffsets(
                at.People + county.People.Count, at.Companies + county.Companies.Count, at.Decisions + county.Decisions.Count,
                at.Reports + county.Reports.Count, at.ReportItems + county.ReportItems.Count);
        }

        return new SeedWorldCounts(at.People, at.Companies, plan.World.Agencies.Count, at.Decisions, line);
    }
}
