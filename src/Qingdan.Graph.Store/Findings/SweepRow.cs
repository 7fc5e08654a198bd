namespace Qingdan.Graph.Store.Findings;

/// <summary>One run of the rules: which, with what parameters, on which snapshot, and what changed.</summary>
public sealed class SweepRow
{
    public long Id { get; set; }

    /// <summary><c>s_</c> and the id, as findings cite it.</summary>
    public string Name => $"s_{Id}";

    public DateTime StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    /// <summary>A sweep is written only when it ends.</summary>
    public SweepStatus Status { get; set; }

    public SweepTrigger Trigger { get; set; }

    /// <summary>Who asked for it: a user, a key's name, or the scheduler.</summary>
    public string? RequestedBy { get; set; }

    /// <summary>The rules run, comma-separated in item order (<c>NL3,NL5</c>).</summary>
    public required string Rules { get; set; }

    /// <summary>The parameters of RULES.md the sweep ran with, as a JSON object.</summary>
    public required string Parameters { get; set; }

    /// <summary>The store version of the snapshot the rules ran on.</summary>
    public long SnapshotVersion { get; set; }

    public int Officials { get; set; }

    public int Findings { get; set; }

    public int New { get; set; }

    public int Persisting { get; set; }

    public int Resolved { get; set; }

    public int Reopened { get; set; }

    /// <summary>Per rule: found, new, persisting, resolved, reopened — a JSON object keyed by rule.</summary>
    public string? Digest { get; set; }

    /// <summary>Why a failed sweep failed.</summary>
    public string? Error { get; set; }
}
