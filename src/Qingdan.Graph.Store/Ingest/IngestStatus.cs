namespace Qingdan.Graph.Store.Ingest;

/// <summary>How an ingest of one source ended.</summary>
public enum IngestStatus
{
    /// <summary>Its facts are in the store (rejected rows, if any, are recorded).</summary>
    Committed,

    /// <summary>The same bundle with the same content was ingested before: nothing changed.</summary>
    Unchanged,

    /// <summary><c>--all-or-nothing</c> and a row was rejected: no fact was written; the rejections are recorded.</summary>
    RolledBack,

    /// <summary>The source could not be read at all (no manifest, unreadable JSON): nothing was written.</summary>
    Failed,
}
