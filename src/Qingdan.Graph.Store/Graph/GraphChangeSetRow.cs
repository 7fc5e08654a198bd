namespace Qingdan.Graph.Store.Graph;

/// <summary>
/// One commit that changed the graph (an ingest batch or a match decision): the version it made, the
/// version it was made on, and how many entities it touched (<see cref="GraphChangeRow"/>). The chain of
/// previous versions says whether the changes between two versions are all on record: a store older than
/// the table, or a version reached another way, has a gap, and a reader then loads whole instead.
/// </summary>
public sealed class GraphChangeSetRow
{
    public long Version { get; set; }

    public long PreviousVersion { get; set; }

    public DateTime At { get; set; }

    /// <summary>The ingest batch that made the version, if an ingest did.</summary>
    public long? BatchId { get; set; }

    /// <summary>The match decision that made the version, if a decision did.</summary>
    public long? DecisionId { get; set; }

    public int Entities { get; set; }
}
