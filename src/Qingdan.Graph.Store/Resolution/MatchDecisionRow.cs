namespace Qingdan.Graph.Store.Resolution;

/// <summary>A person's verdict on two source records, applied at every later resolution.</summary>
public sealed class MatchDecisionRow
{
    public long Id { get; set; }

    public long RecordAId { get; set; }

    public long RecordBId { get; set; }

    /// <summary>True: the same entity; false: never the same.</summary>
    public bool Same { get; set; }

    public required string DecidedBy { get; set; }

    public DateTime DecidedAt { get; set; }

    public string? Note { get; set; }
}
