namespace Qingdan.Graph.Store.Cases;

/// <summary>A finding in a case.</summary>
public sealed class CaseFindingRow
{
    public long CaseId { get; set; }

    public long FindingId { get; set; }

    public required string AddedBy { get; set; }

    public DateTime AddedAt { get; set; }
}
