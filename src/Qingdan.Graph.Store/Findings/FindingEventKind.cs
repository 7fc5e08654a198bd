namespace Qingdan.Graph.Store.Findings;

/// <summary>What an entry of a finding's history records; stored as the wire word (<c>reappeared</c>).</summary>
public enum FindingEventKind
{
    /// <summary>A sweep found it for the first time.</summary>
    Detected,

    /// <summary>A sweep of its rule no longer found it.</summary>
    Resolved,

    /// <summary>A sweep found it again after it was resolved.</summary>
    Reappeared,

    /// <summary>Evidence appeared beyond what was seen when it was dismissed.</summary>
    Reopened,

    /// <summary>An investigator changed its triage status.</summary>
    Status,

    Assigned,

    Comment,

    /// <summary>Its entities merged, and with them this finding and another.</summary>
    Merged,
}
