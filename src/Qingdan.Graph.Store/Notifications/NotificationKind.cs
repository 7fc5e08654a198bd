namespace Qingdan.Graph.Store.Notifications;

/// <summary>What a notification tells its reader; stored as the wire word (<c>finding_new</c>).</summary>
public enum NotificationKind
{
    /// <summary>A sweep found a finding about a watched entity for the first time (or again, after it was resolved).</summary>
    FindingNew,

    /// <summary>New evidence reopened a dismissed finding about a watched entity.</summary>
    FindingReopened,

    /// <summary>A sweep no longer found a finding about a watched entity.</summary>
    FindingResolved,

    /// <summary>An ingest added or changed a fact touching a watched entity.</summary>
    Fact,

    /// <summary>A scheduled report ran (and its result changed, when the report asks only for changes).</summary>
    Report,
}
