using Qingdan.Graph.Ingest.Statements;
using Qingdan.Graph.Store.Resolution;

namespace Qingdan.Graph.Store.Ingest;

/// <summary>What an ingest of one source did, for the summary table and the exit code.</summary>
public sealed record IngestReport
{
    public required string Path { get; init; }

    public required IngestStatus Status { get; init; }

    public string? BundleId { get; init; }

    public string? Registry { get; init; }

    public long? BatchId { get; init; }

    public long RowsRead { get; init; }

    public long Nodes { get; init; }

    public long Links { get; init; }

    public long Rejected { get; init; }

    public long Warnings { get; init; }

    /// <summary>Every rejection and warning, in the order met.</summary>
    public IReadOnlyList<RowIssue> Issues { get; init; } = [];

    public ResolutionSummary? Resolution { get; init; }

    public TimeSpan Elapsed { get; init; }

    /// <summary>Why a failed source could not be read.</summary>
    public string? Error { get; init; }

    /// <summary>True when the exit code must say bad input: something rejected, rolled back or unreadable.</summary>
    public bool HasBadInput => Status is IngestStatus.Failed or IngestStatus.RolledBack || Rejected > 0;
}
