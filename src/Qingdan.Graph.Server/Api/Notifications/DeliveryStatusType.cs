using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Store.Notifications;

namespace Qingdan.Graph.Server.Api.Notifications;

/// <summary>Where a webhook delivery stands.</summary>
public sealed class DeliveryStatusType() : VocabularyEnumType<DeliveryStatus>(
    "DeliveryStatus",
    "Where a webhook delivery stands.",
    (DeliveryStatus.Pending, "Not yet sent, or to be retried at nextAttemptAt."),
    (DeliveryStatus.Delivered, "The endpoint answered 2xx."),
    (DeliveryStatus.Failed, "Every attempt failed (or the webhook was removed); no more will be made."));
