using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Server.Api.Findings;

/// <summary>The investigator's states of a finding.</summary>
public sealed class TriageStatusType() : VocabularyEnumType<TriageStatus>(
    "TriageStatus",
    "Where an investigator's work on a finding stands (findings.md triage_status).",
    (TriageStatus.Open, "Not looked at yet; a dismissed finding whose evidence grew is open again."),
    (TriageStatus.InProgress, "Being looked into."),
    (TriageStatus.Confirmed, "Confirmed by an investigator."),
    (TriageStatus.Dismissed, "Dismissed by an investigator; new evidence reopens it."));
