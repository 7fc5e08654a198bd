using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Store.Notifications;

namespace Qingdan.Graph.Server.Api.Notifications;

/// <summary>What a notification tells.</summary>
public sealed class NotificationKindType() : VocabularyEnumType<NotificationKind>(
    "NotificationKind",
    "What a notification tells its reader: about a watched entity, or a scheduled report's run.",
    (NotificationKind.FindingNew, "A sweep found a finding about it for the first time, or again after it was resolved."),
    (NotificationKind.FindingReopened, "New evidence reopened a dismissed finding about it."),
    (NotificationKind.FindingResolved, "A sweep no longer found a finding about it."),
    (NotificationKind.Fact, "An ingest or a match decision added or changed facts touching it."),
    (NotificationKind.Report, "A scheduled report ran; its result is in the payload (with changed: whether it differs from the last run)."));
