using System.Globalization;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Notifications;

namespace Qingdan.Graph.Cli;

/// <summary>
/// The end of <c>qingdan sweep</c> and <c>qingdan ingest</c>: the notifications what they committed implies are stored (and
/// their webhook deliveries queued, for a running server to send), so that watchers are told without a server. After the
/// work is committed, never inside it: a failure here is a warning, not the command's failure.
/// </summary>
internal static class NotificationCatchUp
{
    public static async Task RunAsync(StoreConnection connection, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            var report = await new Notifier(connection, TimeProvider.System).CatchUpAsync(cancellationToken);
            if (report.Notifications > 0)
            {
                error.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"notified watchers: {report.Notifications:N0} notification(s), {report.Deliveries:N0} webhook delivery(ies) queued"));
            }
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            error.WriteLine($"warning: notifications were not caught up ({failure.GetType().Name}: {failure.Message}); a server or the " +
                "next sweep or ingest catches up.");
        }
    }
}
