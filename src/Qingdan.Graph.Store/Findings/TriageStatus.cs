namespace Qingdan.Graph.Store.Findings;

/// <summary>The investigator's states of a finding (findings.md <c>triage_status</c>); stored as the wire word
/// (<c>in_progress</c>).</summary>
public enum TriageStatus
{
    /// <summary>Not looked at yet; a dismissed finding whose evidence grew is open again.</summary>
    Open,

    InProgress,

    Confirmed,

    /// <summary>New evidence beyond what was seen when it was dismissed reopens it.</summary>
    Dismissed,
}
