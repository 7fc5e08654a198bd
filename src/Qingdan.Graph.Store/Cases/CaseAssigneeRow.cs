namespace Qingdan.Graph.Store.Cases;

/// <summary>A user working a case.</summary>
public sealed class CaseAssigneeRow
{
    public long CaseId { get; set; }

    public required string Assignee { get; set; }

    public DateTime AddedAt { get; set; }
}
