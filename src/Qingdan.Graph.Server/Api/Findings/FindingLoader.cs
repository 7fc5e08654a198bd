using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Server.Api.Findings;

/// <summary>
/// Store reads of a request, batched: the first finding of a page that asks for its history loads
/// the history of every finding on the page in one query.
/// </summary>
public sealed class FindingLoader(StoreConnection connection)
{
    private readonly HashSet<long> _page = [];

    // The load of the page's history, kept while it runs: the history fields of a page resolve at the
    // same time, and each must wait for the one query rather than start its own.
    private (HashSet<long> Ids, Task<Dictionary<long, List<FindingEventRow>>> Load)? _history;

    public void Register(IEnumerable<long> findings)
    {
        _page.UnionWith(findings);
        _history = null;
    }

    public async Task<IReadOnlyList<FindingEventRow>> HistoryAsync(long finding, CancellationToken cancellationToken)
    {
        if (_history is not { } history || !history.Ids.Contains(finding))
        {
            _page.Add(finding);
            var ids = _page.ToHashSet();
            history = (ids, LoadAsync(ids, cancellationToken));
            _history = history;
        }

        return (await history.Load)[finding];
    }

    private async Task<Dictionary<long, List<FindingEventRow>>> LoadAsync(HashSet<long> ids, CancellationToken cancellationToken)
    {
        var list = ids.ToList();
        await using var context = connection.CreateContext();
        var history = (await context.FindingEvents.AsNoTracking()
                .Where(e => list.Contains(e.FindingId))
                .OrderBy(e => e.At)
                .ThenBy(e => e.Id)
                .ToListAsync(cancellationToken))
            .GroupBy(e => e.FindingId)
            .ToDictionary(g => g.Key, g => g.ToList());
        foreach (var id in list)
        {
            history.TryAdd(id, []);
        }

        return history;
    }

    public async Task<IReadOnlyList<FindingView>> ForEntityAsync(long entity, bool official, CancellationToken cancellationToken)
    {
        await using var context = connection.CreateContext();
        var rows = await context.Findings.AsNoTracking()
            .Where(f => f.MergedIntoId == null && (official ? f.OfficialId == entity : f.CompanyId == entity))
            .OrderBy(f => f.Rule).ThenBy(f => f.Id).ToListAsync(cancellationToken);
        Register(rows.Select(r => r.Id));
        return rows.ConvertAll(r => new FindingView(r));
    }
}
