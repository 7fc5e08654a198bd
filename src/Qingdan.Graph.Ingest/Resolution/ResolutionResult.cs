namespace Qingdan.Graph.Ingest.Resolution;

/// <summary>The partition of records into entities, how each record joined its entity, and the open questions.</summary>
public sealed record ResolutionResult(
    IReadOnlyList<IReadOnlyList<long>> Clusters,
    IReadOnlyDictionary<long, string> RuleByRecord,
    IReadOnlyList<ResolutionCandidatePair> Candidates);
