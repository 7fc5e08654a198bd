using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Server.Tests.Sweeps;

/// <summary>
/// What a commit touched, found the slow and sure way: the two snapshots compared node by node and link by link
/// (sources included), and the records each entity holds. Recorded as the commit's change set when the store did
/// not record one itself, so the incremental sweep's input does not depend on the code it is tested against; when
/// the store did record one, it must hold at least these.
/// </summary>
internal static class GraphDiff
{
    private static async Task<Dictionary<long, string>> RecordsAsync(StoreConnection connection)
    {
        await using var context = connection.CreateContext();
        var rows = await context.SourceRecords.AsNoTracking().Where(r => r.EntityId != null)
            .Select(r => new { EntityId = r.EntityId!.Value, r.Registry, r.Ref }).ToListAsync();
        return rows.GroupBy(r => r.EntityId).ToDictionary(
            g => g.Key,
            g => string.Join(' ', g.Select(r => $"{r.Registry}/{r.Ref}").Order(StringComparer.Ordinal)));
    }

    /// <summary>
    /// What changed between two states: the entities added or whose node or records changed (<c>Nodes</c>: these must be
    /// in the store's change set), and the ends of every link added or gone (<c>LinkEnds</c>: these must be in it or
    /// linked to an entity in it in the new snapshot, as a re-pointed link's far end is).
    /// </summary>
    public static (HashSet<long> Nodes, HashSet<long> LinkEnds) Touched(State before, State after)
    {
        var nodes = new HashSet<long>();
        foreach (var (id, text) in after.Nodes)
        {
            if (!before.Nodes.TryGetValue(id, out var was) || was != text)
            {
                nodes.Add(id);
            }
        }

        foreach (var id in before.Records.Keys.Union(after.Records.Keys))
        {
            if (before.Records.GetValueOrDefault(id) != after.Records.GetValueOrDefault(id) && after.Nodes.ContainsKey(id))
            {
                nodes.Add(id);
            }
        }

        var ends = new HashSet<long>();
        foreach (var (key, (from, to, count)) in before.Links)
        {
            if (!after.Links.TryGetValue(key, out var now) || now.Count != count)
            {
                ends.UnionWith([from, to]);
            }
        }

        foreach (var (key, (from, to, _)) in after.Links)
        {
            if (!before.Links.ContainsKey(key))
            {
                ends.UnionWith([from, to]);
            }
        }

        // Dissolved entities: the sweep finds their findings by their absence from the snapshot.
        ends.IntersectWith(after.Nodes.Keys);
        return (nodes, ends);
    }

    /// <summary>A state of the store, as the diff compares it.</summary>
    internal sealed record State(
        Dictionary<long, string> Nodes,
        Dictionary<string, (long From, long To, int Count)> Links,
        Dictionary<long, string> Records)
    {
        public static async Task<State> OfAsync(GraphSnapshot graph, StoreConnection connection) =>
            new(NodesOf(graph), LinksOf(graph), await RecordsAsync(connection));
    }

    /// <summary>Writes the change set of <paramref name="version"/> unless the store wrote one; returns the stored entities.</summary>
    public static async Task<HashSet<long>?> RecordAsync(StoreConnection connection, long previous, long version, HashSet<long> touched)
    {
        await using var context = connection.CreateContext();
        if (await context.GraphChangeSets.AsNoTracking().AnyAsync(s => s.Version == version))
        {
            return [.. await context.GraphChanges.AsNoTracking().Where(c => c.Version == version).Select(c => c.EntityId).ToListAsync()];
        }

        var at = DateTime.UtcNow;
        var count = touched.Count;
        await context.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO graph_change_sets (version, previous_version, at, entities) VALUES ({version}, {previous}, {at}, {count})");
        foreach (var id in touched)
        {
            await context.Database.ExecuteSqlInterpolatedAsync($"INSERT INTO graph_changes (version, entity_id) VALUES ({version}, {id})");
        }

        return null;
    }

    private static Dictionary<long, string> NodesOf(GraphSnapshot graph)
    {
        var nodes = new Dictionary<long, string>();
        for (var node = 0; node < graph.NodeCount; node++)
        {
            var value = graph.NodeOf(node);
            nodes[graph.IdOf(node).Value] = JsonSerializer.Serialize(value, value.GetType());
        }

        return nodes;
    }

    private static Dictionary<string, (long From, long To, int Count)> LinksOf(GraphSnapshot graph)
    {
        var links = new Dictionary<string, (long, long, int)>(StringComparer.Ordinal);
        for (var link = 0; link < graph.LinkCount; link++)
        {
            var fact = graph.FactOf(link);
            var key = JsonSerializer.Serialize(fact) + JsonSerializer.Serialize(graph.SourcesOf(link));
            var (from, to) = (graph.IdOf(graph.FromOf(link)).Value, graph.IdOf(graph.ToOf(link)).Value);
            links[key] = (from, to, links.TryGetValue(key, out var seen) ? seen.Item3 + 1 : 1);
        }

        return links;
    }
}
