namespace Qingdan.Graph.Store.Resolution;

/// <summary>A record moving to an entity (a merge, a split, or a new entity), with the rule that moved it. Append-only.</summary>
public sealed class ResolutionEvent
{
    public long Id { get; set; }

    /// <summary>The ingest during which it happened; null for a person's decision.</summary>
    public long? BatchId { get; set; }

    public long RecordId { get; set; }

    public long? FromEntityId { get; set; }

    public long ToEntityId { get; set; }

    public required string Rule { get; set; }

    public DateTime At { get; set; }
}
