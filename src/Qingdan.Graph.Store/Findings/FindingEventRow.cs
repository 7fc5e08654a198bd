namespace Qingdan.Graph.Store.Findings;

/// <summary>One entry of a finding's history: detected, resolved, reopened, triaged, assigned, commented.</summary>
public sealed class FindingEventRow
{
    public long Id { get; set; }

    public long FindingId { get; set; }

    public DateTime At { get; set; }

    /// <summary><c>detected</c>, <c>resolved</c>, <c>reappeared</c>, <c>reopened</c>, <c>status</c>, <c>assigned</c>, <c>comment</c>, <c>merged</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>Who: a user, or <c>s_12</c> for a sweep.</summary>
    public required string Actor { get; set; }

    public long? SweepId { get; set; }

    public string? FromStatus { get; set; }

    public string? ToStatus { get; set; }

    public string? Text { get; set; }
}
