namespace Qingdan.Graph.Store.Ingest;

/// <summary>Where an ingest batch stands; stored as the wire word (<c>rolled_back</c>).</summary>
public enum IngestBatchStatus
{
    /// <summary>Being ingested, or stopped before it ended.</summary>
    Running,

    Committed,

    /// <summary>All or nothing, and a row was rejected: only the batch and its rejections were kept.</summary>
    RolledBack,

    /// <summary>The same files were ingested before.</summary>
    Unchanged,
}
