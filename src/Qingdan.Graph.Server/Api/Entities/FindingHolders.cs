using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>
/// The nodes of a snapshot that are the official or the company of an active finding, which search ranks first; read again only
/// when a sweep has started or finished since (one small query a search to know), and per snapshot.
/// </summary>
public sealed class FindingHolders(StoreConnection connection)
{
    private readonly ConditionalWeakTable<GraphSnapshot, Holders> _cache = new();

    public async Task<IReadOnlySet<int>> ForAsync(GraphSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        await using var context = connection.CreateContext();
        var sweep = await context.Sweeps.AsNoTracking().OrderByDescending(s => s.Id)
            .Select(s => new { s.Id, s.Status }).FirstOrDefaultAsync(cancellationToken);
        var key = sweep is null ? "none" : $"{sweep.Id}:{sweep.Status}";
        if (_cache.TryGetValue(snapshot, out var held) && held.Key == key)
        {
            return held.Nodes;
        }

        var rows = await context.Findings.AsNoTracking().Where(f => f.Active && f.MergedIntoId == null)
            .Select(f => new { f.OfficialId, f.CompanyId }).Distinct().ToListAsync(cancellationToken);
        var nodes = new HashSet<int>();
        foreach (var row in rows)
        {
            foreach (var id in new[] { new EntityId(NodeKind.Person, row.OfficialId), new EntityId(NodeKind.Company, row.CompanyId) })
            {
                if (id.Value > 0 && snapshot.IndexOf(id) is var index and >= 0)
                {
                    nodes.Add(index);
                }
            }
        }

        _cache.AddOrUpdate(snapshot, new Holders(key, nodes));
        return nodes;
    }

    private sealed record Holders(string Key, HashSet<int> Nodes);
}
