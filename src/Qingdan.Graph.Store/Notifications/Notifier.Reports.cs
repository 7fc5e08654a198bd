using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Store.Reports;

namespace Qingdan.Graph.Store.Notifications;

public sealed partial class Notifier
{
    private static readonly JsonSerializerOptions ReportJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// A <c>report</c> notification of a scheduled run to the report's owner, and a pending delivery to each of the owner's
    /// webhooks; the run is marked with it. The owner saw the result under their own scope, so every webhook of theirs gets it.
    /// Idempotent per run: a second call for the same run writes nothing and answers null.
    /// </summary>
    public async Task<long?> NotifyReportAsync(SavedReportRow report, ReportRunRow run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(run);
        await using var context = connection.CreateContext();
        var key = $"report:rr_{run.Id}";
        if (await context.Notifications.AnyAsync(n => n.Owner == report.Owner && n.EventKey == key, cancellationToken))
        {
            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var row = new NotificationRow
        {
            Owner = report.Owner,
            Kind = NotificationKind.Report,
            EntityId = report.Key,
            Title = Clip($"报表 {report.Name}{(run.Changed ? " 结果有变化" : " 已运行")}{(run.Failed ? "（出错）" : string.Empty)}", 500),
            Payload = JsonSerializer.Serialize(
                new
                {
                    kind = "report",
                    report = new { id = report.Key, name = report.Name },
                    run = new { id = $"rr_{run.Id}", started_at = run.StartedAt, changed = run.Changed, failed = run.Failed },
                    downloads = new { csv = $"/reports/{report.Name}.csv", xlsx = $"/reports/{report.Name}.xlsx" },
                },
                ReportJson),
            EventKey = key,
            CreatedAt = now,
        };
        context.Notifications.Add(row);
        await context.SaveChangesAsync(cancellationToken);
        var hooks = await context.Webhooks.AsNoTracking()
            .Where(w => w.RemovedAt == null && w.Owner == report.Owner)
            .ToListAsync(cancellationToken);
        foreach (var hook in hooks)
        {
            Deliver(context, hook, row, now);
        }

        await context.ReportRuns.Where(r => r.Id == run.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.NotificationId, row.Id), cancellationToken);
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return row.Id;
    }
}
