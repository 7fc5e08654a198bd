using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Testing;

/// <summary>
/// The references the bulk tables keep without foreign keys: every link names existing records and
/// entities that agree, every record an existing batch and entity. Returns what is broken.
/// </summary>
public static class StoreIntegrity
{
    public static async Task<IReadOnlyList<string>> ProblemsAsync(QingdanDbContext context)
    {
        var problems = new List<string>();
        var records = await context.SourceRecords.AsNoTracking().Select(r => new { r.Id, r.EntityId, r.BatchId })
            .ToDictionaryAsync(r => r.Id);
        var nodes = (await context.Nodes.AsNoTracking().Select(n => n.Id).ToListAsync()).ToHashSet();
        var batches = (await context.IngestBatches.AsNoTracking().Select(b => b.Id).ToListAsync()).ToHashSet();
        foreach (var record in records.Values)
        {
            if (record.EntityId is null || !nodes.Contains(record.EntityId.Value))
            {
                problems.Add($"record {record.Id} points at entity " +
                    $"{record.EntityId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"}");
            }

            if (!batches.Contains(record.BatchId))
            {
                problems.Add($"record {record.Id} points at batch {record.BatchId}");
            }
        }

        foreach (var link in await context.Links.AsNoTracking()
            .Select(l => new { l.Id, l.FromRecordId, l.ToRecordId, l.FromEntityId, l.ToEntityId, l.BatchId })
            .ToListAsync())
        {
            if (!records.TryGetValue(link.FromRecordId, out var from) || from.EntityId != link.FromEntityId)
            {
                problems.Add($"link {link.Id} from record {link.FromRecordId} / entity {link.FromEntityId} disagree");
            }

            if (!records.TryGetValue(link.ToRecordId, out var to) || to.EntityId != link.ToEntityId)
            {
                problems.Add($"link {link.Id} to record {link.ToRecordId} / entity {link.ToEntityId} disagree");
            }

            if (!batches.Contains(link.BatchId))
            {
                problems.Add($"link {link.Id} points at batch {link.BatchId}");
            }
        }

        var withRecords = records.Values.Select(r => r.EntityId).OfType<long>().ToHashSet();
        problems.AddRange(nodes.Where(n => !withRecords.Contains(n)).Select(n => $"entity {n} has no record"));
        return problems;
    }
}
