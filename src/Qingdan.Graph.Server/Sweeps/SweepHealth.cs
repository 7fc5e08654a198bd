namespace Qingdan.Graph.Server.Sweeps;

/// <summary>What the health check and the metrics say about scheduled sweeps: the next, the last, and failures.</summary>
public sealed class SweepHealth
{
    private readonly Lock _lock = new();

    public DateTimeOffset? NextRun { get; private set; }

    public DateTimeOffset? LastRun { get; private set; }

    /// <summary>The last scheduled sweep's id, when it succeeded.</summary>
    public long? LastSweepId { get; private set; }

    /// <summary>Why the last scheduled sweep failed; null when it succeeded or none has run.</summary>
    public string? LastError { get; private set; }

    public int Succeeded { get; private set; }

    public int Failed { get; private set; }

    /// <summary>False while the last scheduled sweep failed.</summary>
    public bool Healthy => LastError is null;

    internal void Scheduled(DateTimeOffset? next)
    {
        lock (_lock)
        {
            NextRun = next;
        }
    }

    internal void Ran(DateTimeOffset at, long sweepId)
    {
        lock (_lock)
        {
            LastRun = at;
            LastSweepId = sweepId;
            LastError = null;
            Succeeded++;
        }
    }

    internal void Failure(DateTimeOffset at, string error)
    {
        lock (_lock)
        {
            LastRun = at;
            LastError = error;
            Failed++;
        }
    }
}
