using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Graph;

namespace Qingdan.Graph.Store.Notifications;

// What ingests and match decisions changed: each committed graph version's touched entities (graph_changes) that someone
// watches. A version that changed everything (a first load, a registry restated whole) lists none: it is told to every watcher,
// since any watched entity may have changed.
public sealed partial class Notifier
{
    private static async Task<List<NotificationEvent>> FactEventsAsync(
        QingdanDbContext context,
        List<GraphChangeSetRow> versions,
        Dictionary<long, string> watched,
        CancellationToken cancellationToken)
    {
        var events = new List<NotificationEvent>();
        if (versions.Count == 0)
        {
            return events;
        }

        var batchIds = versions.Where(v => v.BatchId is not null).Select(v => v.BatchId!.Value).Distinct().ToList();
        var bundles = await context.IngestBatches.AsNoTracking().Where(b => batchIds.Contains(b.Id))
            .ToDictionaryAsync(b => b.Id, b => b.BundleId, cancellationToken);
        foreach (var set in versions)
        {
            var touched = new List<long>();
            if (set.Entities == GraphChanges.Everything)
            {
                touched.AddRange(watched.Keys.Order());
            }
            else if (set.Entities > 0)
            {
                foreach (var chunk in watched.Keys.Order().Chunk(Chunk))
                {
                    touched.AddRange(await context.GraphChanges.AsNoTracking()
                        .Where(c => c.Version == set.Version && chunk.Contains(c.EntityId))
                        .Select(c => c.EntityId)
                        .ToListAsync(cancellationToken));
                }
            }

            var bundle = set.BatchId is { } batch ? bundles.GetValueOrDefault(batch) : null;
            var by = set.BatchId is { } b ? $"the ingest of {bundle ?? "a bundle"} (batch {b})"
                : set.DecisionId is { } d ? $"match decision {d}"
                : "a commit";
            foreach (var entity in touched.Order())
            {
                NotificationEvent? notice = null;
                notice = new NotificationEvent
                {
                    Key = $"v_{set.Version}:{watched[entity]}",
                    Kind = NotificationKind.Fact,
                    At = set.At,
                    Entities = [entity],
                    Version = set.Version,
                    Title = (id, name) => $"facts about {name ?? id.ToString()} ({id}) changed: {by}, version {set.Version}",
                    Payload = (watch, id, name, _) => NotificationPayload.Fact(notice!, watch, id, name, set.BatchId, bundle, set.DecisionId),
                };
                events.Add(notice);
            }
        }

        return events;
    }
}
