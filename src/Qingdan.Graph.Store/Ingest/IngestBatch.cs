namespace Qingdan.Graph.Store.Ingest;

/// <summary>One ingest of one bundle: what it was, how it went, what it counted.</summary>
public sealed class IngestBatch
{
    public long Id { get; set; }

    /// <summary>The bundle's id as cited in provenance (manifest <c>id</c>, else the folder's name).</summary>
    public required string BundleId { get; set; }

    /// <summary>The registry the bundle comes from (<c>cadre</c>, <c>company</c>, …).</summary>
    public required string Registry { get; set; }

    public string? Source { get; set; }

    public DateOnly? AsOf { get; set; }

    /// <summary><c>delta</c> or <c>snapshot</c>.</summary>
    public string Mode { get; set; } = "delta";

    public string Encoding { get; set; } = "utf-8";

    /// <summary>SHA-256 of the bundle's files, so that ingesting the same bundle twice is recognised.</summary>
    public string? ContentHash { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    public IngestBatchStatus Status { get; set; } = IngestBatchStatus.Running;

    public long RowsRead { get; set; }

    public long RowsAccepted { get; set; }

    public long RowsRejected { get; set; }

    public long Warnings { get; set; }

    public List<RejectedRow> RejectedRows { get; } = [];
}
