namespace Qingdan.Graph.Store.Cases;

/// <summary>One entry of a case's history: notes and every change, never edited or deleted.</summary>
public sealed class CaseEventRow
{
    public long Id { get; set; }

    public long CaseId { get; set; }

    public DateTime At { get; set; }

    public required string Actor { get; set; }

    public CaseEventKind Kind { get; set; }

    public string? Text { get; set; }

    public long? FindingId { get; set; }

    public string? EntityId { get; set; }
}
