namespace Qingdan.Graph.Store.Notifications;

/// <summary>Where a webhook delivery stands; stored as the wire word.</summary>
public enum DeliveryStatus
{
    /// <summary>Not yet sent, or to be retried at its next attempt.</summary>
    Pending,

    Delivered,

    /// <summary>Every attempt failed; no more will be made.</summary>
    Failed,
}
