namespace Qingdan.Graph.Ingest.Resolution;

/// <summary>A person's verdict on two records: the same entity, or different ones. Applied at every resolution.</summary>
public sealed record MatchDecision(long RecordA, long RecordB, bool Same);
