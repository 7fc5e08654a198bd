using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Server.Api.Security;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Notifications;

namespace Qingdan.Graph.Server.Api.Notifications;

/// <summary>What a client may subscribe to over graphql-transport-ws on <c>/graphql</c> (docs/notifications.md).</summary>
public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType()
    {
        Name = "Subscription";
        Description = "Streams over the graphql-transport-ws protocol on /graphql: the caller's notifications as they are stored.";
        Field<NonNullGraphType<NotificationType>>("notifications")
            .Description("Each notification of the caller's as it is stored (by a sweep or ingest of the server or of the command line), " +
                "only what the caller's scope may read now.")
            .ResolveStreamAsync(async c =>
            {
                var services = c.RequestServices!;
                var view = await services.GetRequiredService<RequestScope>().ViewAsync(c);
                var connection = services.GetRequiredService<StoreConnection>();
                return (IObservable<object?>)new Filtered(
                    services.GetRequiredService<NotificationHub>().Of(MutationType.Actor(c)),
                    row => view is null || Visible(connection, view, row));
            });
    }

    private static bool Visible(StoreConnection connection, ScopeView view, NotificationRow row)
    {
        if (row.FindingId is not { } id)
        {
            return NotificationPump.Sees(view, row, null, null);
        }

        using var context = connection.CreateContext();
        var finding = context.Findings.AsNoTracking().Where(f => f.Id == id).Select(f => new { f.OfficialId, f.CompanyId }).SingleOrDefault();
        return finding is not null && NotificationPump.Sees(view, row, finding.OfficialId, finding.CompanyId);
    }

    private sealed class Filtered(IObservable<NotificationRow> source, Func<NotificationRow, bool> keep) : IObservable<object?>
    {
        public IDisposable Subscribe(IObserver<object?> observer) => source.Subscribe(new Observer(observer, keep));

        private sealed class Observer(IObserver<object?> inner, Func<NotificationRow, bool> keep) : IObserver<NotificationRow>
        {
            public void OnCompleted() => inner.OnCompleted();

            public void OnError(Exception error) => inner.OnError(error);

            public void OnNext(NotificationRow value)
            {
                if (keep(value))
                {
                    inner.OnNext(value);
                }
            }
        }
    }
}
