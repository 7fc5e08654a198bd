using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Server.Api.Findings;

/// <summary>What an entry of a finding's history records.</summary>
public sealed class FindingEventKindType() : VocabularyEnumType<FindingEventKind>(
    "FindingEventKind",
    "What happened to a finding.",
    (FindingEventKind.Detected, "A sweep found it for the first time."),
    (FindingEventKind.Resolved, "A sweep of its rule no longer found it."),
    (FindingEventKind.Reappeared, "A sweep found it again after it was resolved."),
    (FindingEventKind.Reopened, "Evidence appeared beyond what was seen when it was dismissed, so it is open again."),
    (FindingEventKind.Status, "An investigator changed its triage status."),
    (FindingEventKind.Assigned, "An investigator assigned it."),
    (FindingEventKind.Comment, "An investigator commented on it."),
    (FindingEventKind.Merged, "Its entities merged, and with them this finding and another."));
