using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Server.Api.Security;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Graph;
using Qingdan.Graph.Store.Notifications;

namespace Qingdan.Graph.Server.Api.Notifications;

/// <summary>
/// Keeps the notifications caught up in the server: after its own sweeps and ingests (<see cref="Poke"/>) and every
/// <c>Notifications:PollSeconds</c> for those of other processes, it runs the <see cref="Notifier"/>, then publishes every
/// notification stored since it last looked — by this process or by <c>qingdan sweep</c> elsewhere — to the subscriptions
/// and wakes the webhook dispatcher. A failure is logged and tried again at the next turn; it never reaches a sweep.
/// </summary>
public sealed class NotificationPump(
    StoreConnection connection,
    TimeProvider time,
    SnapshotProvider snapshots,
    ScopeViews views,
    NotificationHub hub,
    WebhookDispatcher dispatcher,
    IOptions<NotificationOptions> options,
    ILogger<NotificationPump> logger) : BackgroundService
{
    private const int Page = 500;
    private readonly Turns _turns = new();
    private long _published = -1;

    /// <summary>Something was just swept or ingested here: catch up now rather than at the next poll.</summary>
    public void Poke() => _turns.Poke();

    /// <summary>The notifier as the server runs it: scopes read off the server's own snapshot and scope views.</summary>
    public Notifier Notifier() => new(connection, time, async (scope, cancellationToken) =>
    {
        var view = views.For(await snapshots.GetAsync(cancellationToken), scope);
        return id => view.Snapshot.IndexOf(id) >= 0 && view.Sees(id);
    });

    /// <summary>One turn: catch up, publish what is new. Public for the tests and the benchmark.</summary>
    public async Task<NotifierReport> TurnAsync(CancellationToken cancellationToken)
    {
        if (_published < 0)
        {
            await InitializeAsync(cancellationToken);
        }

        var report = await Notifier().CatchUpAsync(cancellationToken);
        var published = 0;
        await using var context = connection.CreateContext();
        while (true)
        {
            var last = _published;
            var rows = await context.Notifications.AsNoTracking().Where(n => n.Id > last).OrderBy(n => n.Id).Take(Page)
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                hub.Publish(row);
                _published = row.Id;
            }

            published += rows.Count;
            if (rows.Count < Page)
            {
                break;
            }
        }

        if (published > 0 || report.Deliveries > 0)
        {
            dispatcher.Poke();
        }

        return report;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => _turns.RunAsync(
        async cancellationToken => await TurnAsync(cancellationToken),
        TimeSpan.FromSeconds(Math.Max(0.05, options.Value.PollSeconds)),
        error => logger.LogWarning(error, "Catching up notifications failed; the next turn tries again."),
        stoppingToken);

    // Subscriptions hear what is stored from the moment the server starts, not what was stored before.
    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var context = connection.CreateContext();
        _published = await context.Notifications.MaxAsync(n => (long?)n.Id, cancellationToken) ?? 0;
    }

    /// <summary>Whether the reader may be told of this notification now (their scope today, not the watch's).</summary>
    public static bool Sees(ScopeView? view, NotificationRow row, long? officialId, long? companyId)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (view is null)
        {
            return true;
        }

        EntityId subject = officialId is > 0 ? new(NodeKind.Person, officialId.Value)
            : companyId is > 0 ? new(NodeKind.Company, companyId.Value)
            : EntityId.TryParse(row.EntityId, out var entity) ? entity.Value : default;
        return view.Snapshot.IndexOf(subject) >= 0 && view.Sees(subject);
    }
}
