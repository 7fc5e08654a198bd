namespace Qingdan.Graph.Store.Findings;

/// <summary>What a finished sweep did: per rule, how many findings and how they changed.</summary>
public sealed record SweepReport
{
    public required long SweepId { get; init; }

    public string Name => $"s_{SweepId}";

    public required IReadOnlyList<RuleDigest> Rules { get; init; }

    public required long SnapshotVersion { get; init; }

    /// <summary>The officials the rules ran for: all of them, or for an incremental sweep those a change could affect.</summary>
    public required int Officials { get; init; }

    /// <summary>True when only the officials a change could affect ran; the others' findings carried over.</summary>
    public bool Incremental { get; init; }

    /// <summary>Why an incremental sweep that was asked for ran in full.</summary>
    public string? FullBecause { get; init; }

    /// <summary>Incremental: the entities the commits since the last sweep touched.</summary>
    public int? Touched { get; init; }

    /// <summary>Loading the snapshot.</summary>
    public TimeSpan Load { get; init; }

    /// <summary>Running the rules.</summary>
    public TimeSpan Evaluate { get; init; }

    /// <summary>Writing findings, triage and history.</summary>
    public TimeSpan Write { get; init; }

    public TimeSpan Elapsed => Load + Evaluate + Write;
}

/// <summary>One rule's part of a sweep; a scheduled sweep's digest is the list of these.</summary>
public sealed record RuleDigest(string Rule, int Found, int New, int Persisting, int Resolved, int Reopened);
