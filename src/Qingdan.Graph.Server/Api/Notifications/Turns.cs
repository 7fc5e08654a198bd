using System.Threading.Channels;

namespace Qingdan.Graph.Server.Api.Notifications;

/// <summary>
/// The loop of a background service that works in turns: one turn after a poke, or when the poll interval passes without
/// one. Pokes while a turn runs fold into one more turn; a failed turn is reported and the next one tries again.
/// </summary>
internal sealed class Turns
{
    private readonly Channel<bool> _pokes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Asks for a turn now rather than at the next poll.</summary>
    public void Poke() => _pokes.Writer.TryWrite(true);

    public async Task RunAsync(Func<CancellationToken, Task> turn, TimeSpan poll, Action<Exception> failed, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await turn(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                failed(error);
            }

            try
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                wait.CancelAfter(poll);
                await _pokes.Reader.WaitToReadAsync(wait.Token);
                _pokes.Reader.TryRead(out _);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // The poll interval passed without a poke.
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
