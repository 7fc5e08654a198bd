namespace Qingdan.Graph.Store.Findings;

/// <summary>The investigator's states of a finding (findings.md <c>triage_status</c>).</summary>
public static class TriageStatuses
{
    public const string Open = "open";
    public const string InProgress = "in_progress";
    public const string Confirmed = "confirmed";
    public const string Dismissed = "dismissed";

    public static IReadOnlyList<string> All { get; } = [Open, InProgress, Confirmed, Dismissed];
}
