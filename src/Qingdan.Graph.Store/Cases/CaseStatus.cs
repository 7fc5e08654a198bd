namespace Qingdan.Graph.Store.Cases;

/// <summary>Where an investigation stands; stored as the wire word (<c>in_progress</c>).</summary>
public enum CaseStatus
{
    Open,

    InProgress,

    /// <summary>Handed over (to discipline inspection, to prosecutors) and awaiting their answer.</summary>
    Referred,

    Closed,
}
