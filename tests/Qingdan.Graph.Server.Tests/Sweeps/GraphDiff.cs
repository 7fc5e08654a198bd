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
    public static async Task<Dictionary<long, string>> RecordsAsync(StoreConnection connection)
    {
        await using var context = connection.CreateContext();
        var rows = await context.SourceRecords.AsNoTracking().Where(r => r.EntityId != null)
            .Select(r => new { EntityId = r.EntityId!.Value, r.Registry, r.Ref }).ToListAsync();
        return rows.GroupBy(r => r.EntityId).ToDictionary(
            g => g.Key,
            g => string.Join(' ', g.Select(r => $"{r.Registry}/{r.Ref}").Order(StringComparer.Ordinal)));
    }

    public static HashSet<long> Touched(
        GraphSnapshot before, GraphSnapshot after, Dictionary<long, string> recordsBefore, Dictionary<long, string> recordsAfter)
    {
        var touched = new HashSet<long>();
        var nodesBefore = Nodes(before);
        var nodesAfter = Nodes(after);
        foreach (var (id, text) in nodesBefore)
        {
            if (!nodesAfter.TryGetValue(id, out var now) || now != text)
            {
                touched.Add(id);
            }
        }

        touched.UnionWith(nodesAfter.Keys.Where(id => !nodesBefore.ContainsKey(id)));
        foreach (var id in recordsBefore.Keys.Union(recordsAfter.Keys))
        {
            if (recordsBefore.GetValueOrDefault(id) != recordsAfter.GetValueOrDefault(id))
            {
                touched.Add(id);
            }
        }

        var linksBefore = Links(before);
        var linksAfter = Links(after);
        foreach (var (key, (from, to, count)) in linksBefore)
        {
            if (!linksAfter.TryGetValue(key, out var now) || now.Count != count)
            {
                touched.Add(from);
                touched.Add(to);
            }
        }

        foreach (var (key, (from, to, _)) in linksAfter)
        {
            if (!linksBefore.ContainsKey(key))
            {
                touched.Add(from);
                touched.Add(to);
            }
        }

        return touched;
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

    private static Dictionary<long, string> Nodes(GraphSnapshot graph)
    {
        var nodes = new Dictionary<long, string>();
        for (var node = 0; node < graph.NodeCount; node++)
        {
            var value = graph.NodeOf(node);
            nodes[graph.IdOf(node).Value] = JsonSerializer.Serialize(value, value.GetType());
        }

        return nodes;
    }

    private static Dictionary<string, (long From, long To, int Count)> Links(GraphSnapshot graph)
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
