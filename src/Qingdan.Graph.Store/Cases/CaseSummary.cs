using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Store.Cases;

/// <summary>A case as a list shows it: who works it and how many of its findings stand where.</summary>
public sealed record CaseSummary(CaseRow Case, IReadOnlyList<string> Assignees, IReadOnlyDictionary<TriageStatus, int> Findings, int Entities)
{
    public int FindingCount => Findings.Values.Sum();
}
