using Qingdan.Graph.Store.Notifications;

namespace Qingdan.Graph.Server.Api.Notifications;

/// <summary>The notifications stored, as they are stored, to the subscriptions open in this process: each subscriber sees its
/// owner's. <see cref="NotificationPump"/> publishes every row it finds written, by this process or another.</summary>
public sealed class NotificationHub
{
    private readonly Lock _gate = new();
    private List<Subscriber> _subscribers = [];

    /// <summary>How many subscriptions are open.</summary>
    public int Count => Volatile.Read(ref _subscribers).Count;

    /// <summary>The owner's notifications from now on; disposing the subscription ends it.</summary>
    public IObservable<NotificationRow> Of(string owner) => new Stream(this, owner);

    public void Publish(NotificationRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        foreach (var subscriber in Volatile.Read(ref _subscribers))
        {
            if (subscriber.Owner == row.Owner)
            {
                subscriber.Observer.OnNext(row);
            }
        }
    }

    private IDisposable Add(Subscriber subscriber)
    {
        lock (_gate)
        {
            _subscribers = [.. _subscribers, subscriber];
        }

        return new Unsubscriber(this, subscriber);
    }

    private void Remove(Subscriber subscriber)
    {
        lock (_gate)
        {
            _subscribers = [.. _subscribers.Where(s => !ReferenceEquals(s, subscriber))];
        }
    }

    private sealed record Subscriber(string Owner, IObserver<NotificationRow> Observer);

    private sealed class Stream(NotificationHub hub, string owner) : IObservable<NotificationRow>
    {
        public IDisposable Subscribe(IObserver<NotificationRow> observer) => hub.Add(new Subscriber(owner, observer));
    }

    private sealed class Unsubscriber(NotificationHub hub, Subscriber subscriber) : IDisposable
    {
        public void Dispose() => hub.Remove(subscriber);
    }
}
