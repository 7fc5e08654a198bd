using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Server.Sweeps;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Graph;

namespace Qingdan.Graph.Server.Api;

/// <summary>
/// <c>/health/live</c> (the process answers) and <c>/health/ready</c>: the store reachable, the
/// snapshot loaded and its version, and scheduled sweeps — "degraded" while the last one failed.
/// </summary>
internal static class Health
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/health/live", () => Results.Json(new { status = "live" }));
        app.MapGet("/health/ready", async (StoreConnection connection, SnapshotProvider snapshots, SweepHealth sweeps, CancellationToken cancellationToken) =>
        {
            string? storeError = null;
            try
            {
                await using var context = connection.CreateContext();
                await context.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
            }
            catch (Exception error) when (error is DbException or InvalidOperationException or TimeoutException)
            {
                storeError = error.Message;
            }

            var snapshot = snapshots.Current;
            var ready = storeError is null && snapshot is not null;
            var status = !ready ? "unready" : sweeps.Healthy ? "ready" : "degraded";
            return Results.Json(
                new
                {
                    status,
                    store = new { reachable = storeError is null, provider = connection.Provider.ToString(), error = storeError },
                    snapshot = snapshot is null
                        ? null
                        : new
                        {
                            version = snapshot.Version,
                            entities = snapshot.NodeCount,
                            links = snapshot
                            .LinkCount,
                            loadSeconds = snapshots.LastLoad.TotalSeconds
                        },
                    sweeps = new
                    {
                        healthy = sweeps.Healthy,
                        lastRun = sweeps.LastRun,
                        lastSweep = sweeps.LastSweepId is { } id ? $"s_{id}" : null,
                        lastError = sweeps.LastError,
                        nextRun = sweeps.NextRun,
                        succeeded = sweeps.Succeeded,
                        failed = sweeps.Failed,
                    },
                },
                statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
    }
}
