namespace Qingdan.Graph.Store.Ingest;

/// <summary>How an ingest treats rejected rows.</summary>
/// <param name="AllOrNothing">Commit nothing of a batch when any of its rows is rejected.</param>
public sealed record IngestOptions(bool AllOrNothing = false);
