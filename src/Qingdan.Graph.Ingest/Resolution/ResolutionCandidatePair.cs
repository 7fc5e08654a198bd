namespace Qingdan.Graph.Ingest.Resolution;

/// <summary>Two records that may be the same entity but that no rule could decide: a question for a person.</summary>
public sealed record ResolutionCandidatePair(long RecordA, long RecordB, string Reason);
