using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Resolution;

namespace Qingdan.Graph.Server.Api.Operations;

/// <summary>The candidates of a page with their two records and each record's link count: three queries a page.</summary>
internal static class ResolutionReview
{
    public static async Task<List<ResolutionCandidateView>> LoadAsync(
        QingdanDbContext context,
        List<ResolutionCandidateRow> rows,
        CancellationToken cancellationToken)
    {
        var ids = rows.SelectMany(r => new[] { r.RecordAId, r.RecordBId }).Distinct().ToList();
        var records = await context.SourceRecords.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        // Links are indexed by entity, not by record: narrow by the records' entities first, then count the records' own rows.
        var entities = records.Values.Where(r => r.EntityId is not null).Select(r => r.EntityId!.Value).Distinct().ToList();
        var from = await context.Links.AsNoTracking()
            .Where(l => entities.Contains(l.FromEntityId) && ids.Contains(l.FromRecordId))
            .GroupBy(l => l.FromRecordId).Select(g => new { Record = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var to = await context.Links.AsNoTracking()
            .Where(l => entities.Contains(l.ToEntityId) && ids.Contains(l.ToRecordId))
            .GroupBy(l => l.ToRecordId).Select(g => new { Record = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var links = from.Concat(to).GroupBy(x => x.Record).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
        ResolutionRecordView? View(long id) =>
            records.TryGetValue(id, out var record) ? new ResolutionRecordView(record, links.GetValueOrDefault(id)) : null;
        return rows.ConvertAll(r => new ResolutionCandidateView(r, View(r.RecordAId), View(r.RecordBId)));
    }
}
