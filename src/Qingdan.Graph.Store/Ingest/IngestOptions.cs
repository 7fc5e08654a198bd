using Qingdan.Graph.Store.Resolution;

namespace Qingdan.Graph.Store.Ingest;

/// <summary>How an ingest treats rejected rows.</summary>
/// <param name="AllOrNothing">Commit nothing of a batch when any of its rows is rejected.</param>
public sealed record IngestOptions(bool AllOrNothing = false)
{
    /// <summary>
    /// Whether a PostgreSQL batch suspends its tables' indexes (docs/ingest.md "Large loads"): null
    /// decides by the batch's size against the tables'; tests set it to hold both ways to one result.
    /// </summary>
    internal bool? LargeLoad { get; init; }

    /// <summary>Which records the batch resolves again: the closure of what it touches, or every record (docs/resolution.md).</summary>
    public ResolutionMode Resolution { get; init; }
}
