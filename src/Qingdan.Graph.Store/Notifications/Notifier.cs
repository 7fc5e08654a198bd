using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Findings;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Store.Notifications;

/// <summary>
/// Writes the notifications the store's record implies (docs/notifications.md): past the <c>sweeps</c> cursor, the findings
/// sweeps found (<c>finding_new</c>), reopened and resolved; past the <c>facts</c> cursor, the entities each committed graph
/// version touched (<c>fact</c>) — one notification per watcher whose watched entity the event is about, and the pending
/// webhook deliveries they imply, in one transaction with the cursors. Sweeps and ingests never call it inside their own
/// work: it reads what they committed, afterwards, so a slow catch-up or a dead webhook never holds them up. Idempotent: the
/// transaction first locks the cursor rows, so a second process catching up at the same moment waits, then finds the cursors
/// moved and writes nothing; the unique (owner, event key) index is the last word.
/// </summary>
public sealed partial class Notifier(StoreConnection connection, TimeProvider time, NotificationScopes? scopes = null)
{
    public const string SweepsCursor = "sweeps";
    public const string FactsCursor = "facts";

    private const int Chunk = 500;

    /// <summary>Writes what happened since the cursors; cheap (two indexed reads) when nothing did.</summary>
    public async Task<NotifierReport> CatchUpAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await using var context = connection.CreateContext();
        var (sweepsAt, factsAt) = await CursorsAsync(context, cancellationToken);
        var (lastSweep, lastVersion) = await HeadsAsync(context, cancellationToken);
        if (lastSweep <= sweepsAt && lastVersion <= factsAt)
        {
            return NotifierReport.Nothing;
        }

        await EnsureCursorsAsync(context, cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        // The first statement writes: it takes the cursor rows' locks (PostgreSQL) or the write lock (SQLite) before anything is
        // read, so two catch-ups run one after the other, the second from where the first left the cursors.
        await context.Database.ExecuteSqlRawAsync(
            $"UPDATE notification_cursors SET value = value WHERE name IN ('{SweepsCursor}', '{FactsCursor}')",
            cancellationToken);
        var (lockedSweeps, lockedFacts) = await CursorsAsync(context, cancellationToken);
        (lastSweep, lastVersion) = await HeadsAsync(context, cancellationToken);
        if (lastSweep <= lockedSweeps && lastVersion <= lockedFacts)
        {
            await transaction.RollbackAsync(cancellationToken);
            return NotifierReport.Nothing with { Concurrent = lockedSweeps != sweepsAt || lockedFacts != factsAt };
        }

        var sweeps = await context.Sweeps.AsNoTracking()
            .Where(s => s.Id > lockedSweeps && s.Id <= lastSweep && s.Status == SweepStatus.Succeeded)
            .OrderBy(s => s.Id)
            .ToListAsync(cancellationToken);
        var versions = await context.GraphChangeSets.AsNoTracking()
            .Where(s => s.Version > lockedFacts && s.Version <= lastVersion)
            .OrderBy(s => s.Version)
            .ToListAsync(cancellationToken);
        var watches = await context.Watches.AsNoTracking().ToListAsync(cancellationToken);
        var events = new List<NotificationEvent>();
        if (watches.Count > 0)
        {
            var watched = new Dictionary<long, string>();
            foreach (var watch in watches)
            {
                if (EntityId.TryParse(watch.EntityId, out var id))
                {
                    watched[id.Value.Value] = id.Value.ToString();
                }
            }

            events.AddRange(await FindingEventsAsync(context, sweeps, watched, cancellationToken));
            events.AddRange(await FactEventsAsync(context, versions, watched, cancellationToken));
        }

        var (notifications, deliveries) = await WriteAsync(context, events, watches, cancellationToken);
        await SetCursorAsync(context, SweepsCursor, lastSweep, cancellationToken);
        await SetCursorAsync(context, FactsCursor, lastVersion, cancellationToken);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Only a writer that bypassed the cursor lock could have written these events first: what it wrote stands.
            await transaction.RollbackAsync(CancellationToken.None);
            return NotifierReport.Nothing with { Concurrent = true, Elapsed = clock.Elapsed };
        }

        return new NotifierReport
        {
            Sweeps = sweeps.Count,
            Versions = versions.Count,
            Events = events.Count,
            Notifications = notifications,
            Deliveries = deliveries,
            Elapsed = clock.Elapsed,
        };
    }

    private static async Task<(long Sweeps, long Facts)> CursorsAsync(QingdanDbContext context, CancellationToken cancellationToken)
    {
        var rows = await context.NotificationCursors.AsNoTracking().ToListAsync(cancellationToken);
        return (
            rows.FirstOrDefault(r => r.Name == SweepsCursor)?.Value ?? 0,
            rows.FirstOrDefault(r => r.Name == FactsCursor)?.Value ?? 0);
    }

    private static async Task<(long Sweep, long Version)> HeadsAsync(QingdanDbContext context, CancellationToken cancellationToken) => (
        await context.Sweeps.MaxAsync(s => (long?)s.Id, cancellationToken) ?? 0,
        await context.GraphChangeSets.MaxAsync(s => (long?)s.Version, cancellationToken) ?? 0);

    private static async Task EnsureCursorsAsync(QingdanDbContext context, CancellationToken cancellationToken)
    {
        foreach (var name in new[] { SweepsCursor, FactsCursor })
        {
            await context.Database.ExecuteSqlAsync(
                $"INSERT INTO notification_cursors (name, value) VALUES ({name}, 0) ON CONFLICT (name) DO NOTHING",
                cancellationToken);
        }
    }

    private static Task SetCursorAsync(QingdanDbContext context, string name, long value, CancellationToken cancellationToken) =>
        context.NotificationCursors.Where(c => c.Name == name).ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, value), cancellationToken);

    /// <summary>
    /// One notification per owner and event: the first of the owner's watches (the finding's official before its company,
    /// its relatives and its agency) that the event is about, that was made before the event, and whose scope may read what
    /// the event is about. Then a delivery for each of the owner's webhooks whose own scope may read it.
    /// </summary>
    private async Task<(int Notifications, int Deliveries)> WriteAsync(
        QingdanDbContext context,
        List<NotificationEvent> events,
        List<WatchRow> watches,
        CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return (0, 0);
        }

        var byEntity = watches
            .Where(w => EntityId.TryParse(w.EntityId, out _))
            .GroupBy(w => EntityId.TryParse(w.EntityId, out var id) ? id.Value.Value : 0)
            .ToDictionary(g => g.Key, g => g.ToList());
        var names = await NamesAsync(context, byEntity.Keys, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var rows = new List<NotificationRow>();
        var sight = new Dictionary<string, Func<EntityId, bool>>(StringComparer.Ordinal);
        foreach (var notice in events)
        {
            var owners = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entity in notice.Entities)
            {
                foreach (var watch in byEntity.GetValueOrDefault(entity) ?? [])
                {
                    if (watch.CreatedAt > notice.At || owners.Contains(watch.Owner)
                        || !await SeesAsync(watch.Scope, notice.Subject ?? EntityOf(watch), sight, cancellationToken))
                    {
                        continue;
                    }

                    owners.Add(watch.Owner);
                    var subject = EntityOf(watch);
                    var name = names.GetValueOrDefault(entity);
                    rows.Add(new NotificationRow
                    {
                        Owner = watch.Owner,
                        Kind = notice.Kind,
                        EntityId = watch.EntityId,
                        FindingId = notice.FindingId,
                        SweepId = notice.SweepId,
                        Version = notice.Version,
                        Title = Clip(notice.Title(subject, name), 500),
                        Payload = notice.Payload(watch, subject, name, watch.Role == Roles.Analyst),
                        EventKey = notice.Key,
                        CreatedAt = now,
                    });
                }
            }
        }

        if (rows.Count == 0)
        {
            return (0, 0);
        }

        context.Notifications.AddRange(rows);
        await context.SaveChangesAsync(cancellationToken);
        var owned = rows.Select(r => r.Owner).Distinct().ToList();
        var hooks = await context.Webhooks.AsNoTracking()
            .Where(w => w.RemovedAt == null && owned.Contains(w.Owner))
            .ToListAsync(cancellationToken);
        var deliveries = 0;
        foreach (var row in rows)
        {
            foreach (var hook in hooks.Where(h => h.Owner == row.Owner))
            {
                var notice = events.First(e => e.Key == row.EventKey);
                if (!await SeesAsync(hook.Scope, notice.Subject ?? Parse(row.EntityId), sight, cancellationToken))
                {
                    continue;
                }

                Deliver(context, hook, row, now);
                deliveries++;
            }
        }

        return (rows.Count, deliveries);
    }

    // A pending delivery of a notification to a webhook, tried at once.
    private static void Deliver(QingdanDbContext context, WebhookRow hook, NotificationRow row, DateTime now) =>
        context.WebhookDeliveries.Add(new WebhookDeliveryRow
        {
            WebhookId = hook.Id,
            NotificationId = row.Id,
            Status = DeliveryStatus.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        });

    private async Task<bool> SeesAsync(
        string? scopeText,
        EntityId subject,
        Dictionary<string, Func<EntityId, bool>> sight,
        CancellationToken cancellationToken)
    {
        if (AccessScope.Parse(scopeText) is not { } scope)
        {
            return true;
        }

        if (!sight.TryGetValue(scope.ToString(), out var sees))
        {
            scopes ??= SnapshotScopes.Over(async c => (await Graph.SnapshotLoader.LoadAsync(connection, c)).Snapshot);
            sight[scope.ToString()] = sees = await scopes(scope, cancellationToken);
        }

        return sees(subject);
    }

    private static EntityId EntityOf(WatchRow watch) => Parse(watch.EntityId);

    private static EntityId Parse(string id) => EntityId.TryParse(id, out var entity) ? entity.Value : default;

    private static async Task<Dictionary<long, string>> NamesAsync(
        QingdanDbContext context,
        IEnumerable<long> ids,
        CancellationToken cancellationToken)
    {
        var names = new Dictionary<long, string>();
        foreach (var chunk in ids.Chunk(Chunk))
        {
            foreach (var node in await context.Nodes.AsNoTracking().Where(n => chunk.Contains(n.Id)).Select(n => new { n.Id, n.Name })
                .ToListAsync(cancellationToken))
            {
                names[node.Id] = node.Name;
            }
        }

        return names;
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
