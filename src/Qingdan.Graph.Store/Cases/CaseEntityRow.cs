namespace Qingdan.Graph.Store.Cases;

/// <summary>A person, company or agency in a case (<c>p_12</c>), beside its findings.</summary>
public sealed class CaseEntityRow
{
    public long CaseId { get; set; }

    public required string EntityId { get; set; }

    public required string AddedBy { get; set; }

    public DateTime AddedAt { get; set; }
}
