namespace Qingdan.Graph.Store.Ingest;

/// <summary>Something an ingest kept but flagged, such as an identifier with a wrong check character.</summary>
public sealed class IngestWarning
{
    public long Id { get; set; }

    public long BatchId { get; set; }

    public required string File { get; set; }

    public int Line { get; set; }

    public required string Message { get; set; }
}
