namespace Qingdan.Graph.Store.Database;

/// <summary>
/// Places where the fault tests kill the process: with <c>QINGDAN_FAULT_POINT</c> naming one, the
/// process says so on standard error when it gets there and waits to be killed. Unset (always, in
/// use), it costs one environment lookup per batch.
/// </summary>
public static class FaultPoint
{
    public const string EnvironmentVariable = "QINGDAN_FAULT_POINT";

    /// <summary>Every row of an ingest batch written, its transaction not yet committed.</summary>
    public const string IngestBeforeCommit = "ingest-before-commit";

    /// <summary>Every finding of a sweep written, its transaction not yet committed.</summary>
    public const string SweepBeforeCommit = "sweep-before-commit";

    public static async Task ReachAsync(string name, CancellationToken cancellationToken)
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) != name)
        {
            return;
        }

        // The one write to the terminal a library makes: the kill tests wait for this line on the process's
        // stderr, and only a process run with the fault point's variable set ever reaches it.
#pragma warning disable RS0030
        await Console.Error.WriteLineAsync($"fault point {name} reached; waiting to be killed");
        await Console.Error.FlushAsync(cancellationToken);
#pragma warning restore RS0030
        await Task.Delay(Timeout.Infinite, cancellationToken);
    }
}
