namespace Qingdan.Graph.Store.Findings;

/// <summary>What a sweep said about a finding against the last sweep of its rule (findings.md <c>change</c>); stored as the wire
/// word.</summary>
public enum FindingChange
{
    New,

    Persisting,

    Resolved,
}
