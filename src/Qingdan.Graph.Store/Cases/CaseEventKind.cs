namespace Qingdan.Graph.Store.Cases;

/// <summary>What an entry of a case's history records; stored as the wire word (<c>finding_added</c>).</summary>
public enum CaseEventKind
{
    Opened,

    Retitled,

    /// <summary>The description changed; its text is the new one.</summary>
    Described,

    Status,

    Assigned,

    Unassigned,

    /// <summary>A note; its text is the note.</summary>
    Note,

    FindingAdded,

    FindingRemoved,

    EntityAdded,

    EntityRemoved,

    /// <summary>The case's findings triaged at once; the text says to what and how many.</summary>
    Triaged,
}
