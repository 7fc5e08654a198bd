using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Server.Api.Findings;

/// <summary>The investigator's states of a finding.</summary>
public sealed class TriageStatusType() : WordEnumType(
    "TriageStatus",
    "Where an investigator's work on a finding stands (findings.md triage_status).",
    (TriageStatuses.Open, "Not looked at yet; a dismissed finding whose evidence grew is open again."),
    (TriageStatuses.InProgress, "Being looked into."),
    (TriageStatuses.Confirmed, "Confirmed by an investigator."),
    (TriageStatuses.Dismissed, "Dismissed by an investigator; new evidence reopens it."));
