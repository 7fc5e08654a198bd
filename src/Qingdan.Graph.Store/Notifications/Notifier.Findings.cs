using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Store.Notifications;

// What sweeps wrote: each sweep's new and resolved findings (sweep_findings, by its key) and, when it reopened any, the
// reopened ones (finding_events) — each about its official, its company, every person and company in its evidence, and its
// agency.
public sealed partial class Notifier
{
    private static async Task<List<NotificationEvent>> FindingEventsAsync(
        QingdanDbContext context,
        List<SweepRow> sweeps,
        Dictionary<long, string> watched,
        CancellationToken cancellationToken)
    {
        var events = new List<NotificationEvent>();
        foreach (var sweep in sweeps)
        {
            var changed = await context.SweepFindings.AsNoTracking()
                .Where(r => r.SweepId == sweep.Id && (r.Change == FindingChange.New || r.Change == FindingChange.Resolved))
                .Select(r => new { r.FindingId, r.Change })
                .ToListAsync(cancellationToken);
            var told = changed.ConvertAll(c => (
                c.FindingId,
                Kind: c.Change == FindingChange.New ? NotificationKind.FindingNew : NotificationKind.FindingResolved));
            if (sweep.Reopened > 0)
            {
                var reopened = await context.FindingEvents.AsNoTracking()
                    .Where(e => e.SweepId == sweep.Id && e.Kind == FindingEventKind.Reopened)
                    .Select(e => e.FindingId)
                    .ToListAsync(cancellationToken);
                told.AddRange(reopened.Select(id => (id, NotificationKind.FindingReopened)));
            }

            var at = sweep.FinishedAt ?? sweep.StartedAt;
            foreach (var chunk in told.Chunk(Chunk))
            {
                var ids = chunk.Select(c => c.FindingId).Distinct().ToList();
                var rows = await context.Findings.AsNoTracking().Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);
                var agencies = await AgencyNamesAsync(context, rows.Values, cancellationToken);
                foreach (var (findingId, kind) in chunk)
                {
                    if (rows.TryGetValue(findingId, out var row)
                        && Finding(sweep, at, row, kind, watched, agencies.GetValueOrDefault(row.AgencyId ?? 0)) is { } notice)
                    {
                        events.Add(notice);
                    }
                }
            }
        }

        return events;
    }

    private static NotificationEvent? Finding(
        SweepRow sweep,
        DateTime at,
        FindingRow row,
        NotificationKind kind,
        Dictionary<long, string> watched,
        string? agencyName)
    {
        var body = FindingBody.Parse(row.Body);
        var entities = new List<long> { row.OfficialId, row.CompanyId };
        foreach (var node in body.Relatives.Concat(body.Evidence.SelectMany(p => p.Nodes)))
        {
            if (EntityId.TryParse(node.Id, out var id) && id.Value.Kind is NodeKind.Person or NodeKind.Company or NodeKind.Agency)
            {
                entities.Add(id.Value.Value);
            }
        }

        if (row.AgencyId is { } agency)
        {
            entities.Add(agency);
        }

        entities = [.. entities.Distinct().Where(watched.ContainsKey)];
        if (entities.Count == 0)
        {
            return null;
        }

        var change = kind switch
        {
            NotificationKind.FindingNew => "new finding",
            NotificationKind.FindingReopened => "finding reopened",
            _ => "finding resolved",
        };
        NotificationEvent? notice = null;
        notice = new NotificationEvent
        {
            Key = $"{sweep.Name}:{row.Name}:{Wire.Name(kind)}",
            Kind = kind,
            At = at,
            Entities = entities,
            FindingId = row.Id,
            SweepId = sweep.Id,
            Subject = row.OfficialId > 0 ? new EntityId(NodeKind.Person, row.OfficialId) : new EntityId(NodeKind.Company, row.CompanyId),
            Title = (_, _) => $"{change} {row.Name}: {row.Rule} {Wire.Name(row.Severity)}, {body.Official.Name} and {body.Company.Name} " +
                $"({sweep.Name})",
            Payload = (watch, entity, name, masked) =>
                NotificationPayload.Finding(notice!, watch, entity, name, row, body, agencyName, masked),
        };
        return notice;
    }

    private static async Task<Dictionary<long, string>> AgencyNamesAsync(
        QingdanDbContext context,
        IEnumerable<FindingRow> rows,
        CancellationToken cancellationToken)
    {
        var ids = rows.Where(r => r.AgencyId is not null).Select(r => r.AgencyId!.Value).Distinct().ToList();
        return ids.Count == 0
            ? []
            : await context.Agencies.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
    }
}
