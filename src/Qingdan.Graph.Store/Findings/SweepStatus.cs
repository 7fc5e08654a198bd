namespace Qingdan.Graph.Store.Findings;

/// <summary>How a sweep ended; a sweep is written only when it ends. Stored as the wire word (<c>succeeded</c>).</summary>
public enum SweepStatus
{
    Succeeded,

    Failed,
}
