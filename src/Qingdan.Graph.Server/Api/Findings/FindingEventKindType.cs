using Qingdan.Graph.Server.Api.Schema;

namespace Qingdan.Graph.Server.Api.Findings;

/// <summary>What an entry of a finding's history records.</summary>
public sealed class FindingEventKindType() : WordEnumType(
    "FindingEventKind",
    "What happened to a finding.",
    ("detected", "A sweep found it for the first time."),
    ("resolved", "A sweep of its rule no longer found it."),
    ("reappeared", "A sweep found it again after it was resolved."),
    ("reopened", "Evidence appeared beyond what was seen when it was dismissed, so it is open again."),
    ("status", "An investigator changed its triage status."),
    ("assigned", "An investigator assigned it."),
    ("comment", "An investigator commented on it."),
    ("merged", "Its entities merged, and with them this finding and another."));
