using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Server.Api.Notifications;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Notifications;
using Qingdan.Graph.Store.Reports;

namespace Qingdan.Graph.Server.Api.Reports.Saved;

/// <summary>
/// Runs the saved reports whose schedule is due (docs/reports.md "Schedules"), every <see cref="Tick"/>: each as its owner's
/// stored role and scope (checked again as it runs), the run stored with trigger schedule, <c>nextRunAt</c> moved to the next
/// occurrence after now (missed occurrences are not made up), and a <c>report</c> notification with webhook deliveries
/// written to the owner — unless the report asks only for changes and the result is the previous run's.
/// </summary>
public sealed class ReportScheduler(IServiceScopeFactory scopes, TimeProvider time, ILogger<ReportScheduler> logger) : BackgroundService
{
    public static readonly TimeSpan Tick = TimeSpan.FromSeconds(30);

    /// <summary>Runs every report due now; answers how many ran.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var connection = services.GetRequiredService<StoreConnection>();
        var now = time.GetUtcNow().UtcDateTime;
        List<SavedReportRow> due;
        await using (var context = connection.CreateContext())
        {
            due = await context.SavedReports.AsNoTracking()
                .Where(r => r.NextRunAt != null && r.NextRunAt <= now)
                .OrderBy(r => r.NextRunAt)
                .ToListAsync(cancellationToken);
        }

        var notifier = services.GetService<NotificationPump>()?.Notifier() ?? new Notifier(connection, time);
        foreach (var report in due)
        {
            // Moved first, so that a report that fails to run is tried at its next occurrence, not at every tick.
            await using (var context = connection.CreateContext())
            {
                var next = ReportRunner.Next(report.Schedule, report.TimeZone, now);
                await context.SavedReports.Where(r => r.Id == report.Id && r.NextRunAt == report.NextRunAt)
                    .ExecuteUpdateAsync(u => u.SetProperty(r => r.NextRunAt, next), cancellationToken);
            }

            // Each run gets its own DI scope: the request-scoped caches (the caller's scope view) belong to one principal.
            await using var runScope = scopes.CreateAsyncScope();
            var run = await ReportRunner.RunAsync(
                runScope.ServiceProvider, report, ReportRunner.Owner(report), null, ReportTrigger.Schedule, "scheduler", cancellationToken);
            if (run.Changed || !report.OnlyWhenChanged)
            {
                await notifier.NotifyReportAsync(report, run, cancellationToken);
            }
        }

        if (due.Count > 0)
        {
            // The pump publishes the new notifications to live subscriptions now rather than at its next poll.
            services.GetService<NotificationPump>()?.Poke();
            services.GetService<WebhookDispatcher>()?.Poke();
        }

        return due.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunDueAsync(stoppingToken);
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(failure, "Scheduled reports failed to run; trying again in {Tick}", Tick);
            }

            try
            {
                await Task.Delay(Tick, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
