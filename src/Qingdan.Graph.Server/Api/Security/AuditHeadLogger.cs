using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Server.Api.Security;

/// <summary>
/// Logs the audit log's head (<c>audit head &lt;id&gt;:&lt;hash&gt;</c>) when the server starts and every 24 hours after:
/// shipped with the server's logs to a system the database owner cannot write, each line is a head that
/// <c>qingdan audit verify --head</c> checks the log against later.
/// </summary>
public sealed class AuditHeadLogger(StoreConnection connection, TimeProvider time, ILogger<AuditHeadLogger> logger) : BackgroundService
{
    /// <summary>How often the head is logged.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromHours(24);

    /// <summary>Reads the head and logs it once; returns it (null when the log has no chained row yet).</summary>
    public async Task<AuditHead?> LogOnceAsync(CancellationToken cancellationToken)
    {
        var head = await AuditVerifier.HeadAsync(connection, cancellationToken);
        if (head is { Hash.Length: > 0 })
        {
            logger.LogInformation("audit head {Head} (row written {At:yyyy-MM-dd HH:mm:ss} UTC)", head.ToString(), head.At);
            return head;
        }

        logger.LogInformation("audit head: none yet (the audit log has no chained row)");
        return null;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await LogOnceAsync(stoppingToken);
            }
            catch (Exception error) when (error is System.Data.Common.DbException or InvalidOperationException)
            {
                logger.LogWarning(error, "audit head could not be read; trying again in {Interval}.", Interval);
            }

            try
            {
                await Task.Delay(Interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
