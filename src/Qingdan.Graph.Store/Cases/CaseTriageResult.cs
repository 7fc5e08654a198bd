namespace Qingdan.Graph.Store.Cases;

/// <summary>What a case's bulk triage did: the case, and the findings whose status it changed (the others already had it).</summary>
public sealed record CaseTriageResult(CaseRow Case, IReadOnlyList<long> Changed);
