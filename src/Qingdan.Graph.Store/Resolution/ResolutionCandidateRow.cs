namespace Qingdan.Graph.Store.Resolution;

/// <summary>Two records that may be one entity, waiting for a person's decision; rebuilt at every resolution.</summary>
public sealed class ResolutionCandidateRow
{
    public long Id { get; set; }

    public long RecordAId { get; set; }

    public long RecordBId { get; set; }

    public required string Reason { get; set; }

    public DateTime CreatedAt { get; set; }
}
