namespace Qingdan.Graph.Store.Findings;

/// <summary>One entry of a finding's history: detected, resolved, reopened, triaged, assigned, commented.</summary>
public sealed class FindingEventRow
{
    public long Id { get; set; }

    public long FindingId { get; set; }

    public DateTime At { get; set; }

    public FindingEventKind Kind { get; set; }

    /// <summary>Who: a user, or <c>s_12</c> for a sweep.</summary>
    public required string Actor { get; set; }

    public long? SweepId { get; set; }

    public TriageStatus? FromStatus { get; set; }

    public TriageStatus? ToStatus { get; set; }

    public string? Text { get; set; }
}
