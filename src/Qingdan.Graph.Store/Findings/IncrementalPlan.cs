using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Graph;

namespace Qingdan.Graph.Store.Findings;

/// <summary>
/// Which officials an incremental sweep runs again (docs/engine.md "Incremental sweeps"): those whose footprint
/// holds an entity a change since the last sweep touched or a neighbour of one, those whose consulted medians
/// moved, those without a footprint (new officials), and the officials of stored findings whose official or
/// company was touched or is gone. Every other official's scan would read what it read last time, so its
/// findings carry over.
/// </summary>
internal sealed class IncrementalPlan
{
    /// <summary>The sweep this one continues: the latest that succeeded.</summary>
    public required SweepRow Base { get; init; }

    /// <summary>The entities the commits since the base sweep's snapshot touched.</summary>
    public required IReadOnlySet<long> Touched { get; init; }

    /// <summary>The entity ids to run again; some may no longer be officials (their findings then resolve).</summary>
    public required HashSet<long> Rerun { get; init; }

    /// <summary>The stored findings this sweep compares with what it finds: those of the officials run again, and those a
    /// merge moves.</summary>
    public required HashSet<long> Scope { get; init; }

    /// <summary>Active findings of the rules outside the scope, by rule: carried over as persisting.</summary>
    public required Dictionary<RuleId, int> Carried { get; init; }

    /// <summary>The plan, or null and why a full sweep runs instead.</summary>
    public static async Task<(IncrementalPlan? Plan, string? Reason)> PrepareAsync(
        StoreConnection connection,
        GraphSnapshot graph,
        RuleEngine engine,
        SweepRequest request,
        CancellationToken cancellationToken)
    {
        await using var context = connection.CreateContext();
        var last = await context.Sweeps.AsNoTracking().Where(s => s.Status == SweepStatus.Succeeded).OrderByDescending(s => s.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (last is null)
        {
            return (null, "no sweep has succeeded on this store yet");
        }

        if (last.Rules != string.Join(',', request.Rules.Order())
            || last.Parameters != JsonSerializer.Serialize(request.Parameters.ToDictionary()))
        {
            return (null, $"the rules or parameters differ from those of {last.Name}");
        }

        var touched = await GraphChanges.TouchedAsync(
            connection,
            last.SnapshotVersion,
            graph.Version,
            GraphChanges.MaxListed,
            cancellationToken);
        if (touched is null)
        {
            return (null, $"the changes from version {last.SnapshotVersion} (of {last.Name}) to {graph.Version} are not all on record");
        }

        var footprints = await SweepFootprints.LoadAsync(context, cancellationToken);
        if (footprints.Count == 0 && last.Officials > 0)
        {
            return (null, $"{last.Name} left no footprints (it ran before incremental sweeps)");
        }

        var near = Neighbourhood(graph, touched);
        var rerun = new HashSet<long>();
        var footprinted = new HashSet<long>();
        foreach (var (official, entities, medians) in footprints)
        {
            footprinted.Add(official);
            if (touched.Contains(official) || SweepFootprints.Intersects(entities, near) || SweepFootprints.MediansChanged(medians, engine))
            {
                rerun.Add(official);
            }
        }

        foreach (var official in graph.Officials())
        {
            if (!footprinted.Contains(graph.IdOf(official).Value))
            {
                rerun.Add(graph.IdOf(official).Value);
            }
        }

        var rules = request.Rules.ToList();
        var rows = await context.Findings.AsNoTracking().Where(f => rules.Contains(f.Rule) && f.MergedIntoId == null)
            .Select(f => new { f.Id, f.Rule, f.OfficialId, f.CompanyId, f.Active })
            .ToListAsync(cancellationToken);
        var redirects = await Redirects(context, cancellationToken);
        var scope = new HashSet<long>();
        foreach (var row in rows)
        {
            // A merge re-keys the finding (FollowMergesAsync): both its old and its new official are looked at again.
            if (touched.Contains(row.OfficialId) || touched.Contains(row.CompanyId)
                || (row.Active && (Missing(graph, NodeKind.Person, row.OfficialId) || Missing(graph, NodeKind.Company, row.CompanyId))))
            {
                rerun.Add(row.OfficialId);
                rerun.Add(Follow(redirects, row.OfficialId));
                scope.Add(row.Id);
            }
        }

        var carried = rules.ToDictionary(r => r, _ => 0);
        foreach (var row in rows)
        {
            if (rerun.Contains(row.OfficialId))
            {
                scope.Add(row.Id);
            }
            else if (row.Active && !scope.Contains(row.Id))
            {
                carried[row.Rule]++;
            }
        }

        return (new IncrementalPlan { Base = last, Touched = touched, Rerun = rerun, Scope = scope, Carried = carried }, null);
    }

    /// <summary>The node indexes of the officials to run again that the snapshot holds.</summary>
    public List<int> Officials(GraphSnapshot graph) =>
        Rerun.Select(id => graph.IndexOf(new EntityId(NodeKind.Person, id))).Where(node => node >= 0).Order().ToList();

    /// <summary>N[T]: the touched entities and every entity linked to one in the current snapshot.</summary>
    private static HashSet<long> Neighbourhood(GraphSnapshot graph, IReadOnlySet<long> touched)
    {
        var near = new HashSet<long>(touched);
        foreach (var id in touched)
        {
            foreach (var kind in Enum.GetValues<NodeKind>())
            {
                var node = graph.IndexOf(new EntityId(kind, id));
                if (node < 0)
                {
                    continue;
                }

                foreach (var link in graph.LinksFrom(node))
                {
                    near.Add(graph.IdOf(graph.ToOf(link)).Value);
                }

                foreach (var link in graph.LinksTo(node))
                {
                    near.Add(graph.IdOf(graph.FromOf(link)).Value);
                }
            }
        }

        return near;
    }

    private static bool Missing(GraphSnapshot graph, NodeKind kind, long id) => graph.IndexOf(new EntityId(kind, id)) < 0;

    internal static async Task<Dictionary<long, long>> Redirects(QingdanDbContext context, CancellationToken cancellationToken) =>
        (await context.EntityRedirects.AsNoTracking().OrderBy(r => r.At).ToListAsync(cancellationToken))
            .GroupBy(r => r.FromEntityId).ToDictionary(g => g.Key, g => g.Last().ToEntityId);

    internal static long Follow(Dictionary<long, long> redirects, long id)
    {
        for (var hops = 0; hops < 100 && redirects.TryGetValue(id, out var next); hops++)
        {
            id = next;
        }

        return id;
    }
}
