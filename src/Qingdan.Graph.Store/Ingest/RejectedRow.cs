namespace Qingdan.Graph.Store.Ingest;

/// <summary>A row that could not be read, kept verbatim with where it was and why.</summary>
public sealed class RejectedRow
{
    public long Id { get; set; }

    public long BatchId { get; set; }

    public required string File { get; set; }

    /// <summary>1-based line; the header is line 1.</summary>
    public int Line { get; set; }

    public required string Reason { get; set; }

    /// <summary>The row exactly as read, or as much of it as could be decoded.</summary>
    public required string Raw { get; set; }
}
