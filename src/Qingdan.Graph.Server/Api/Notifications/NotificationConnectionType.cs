using GraphQL.Types;
using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Store.Notifications;

namespace Qingdan.Graph.Server.Api.Notifications;

/// <summary>A page of the inbox, with its counts.</summary>
public sealed record NotificationPage(IReadOnlyList<NotificationRow> Items, int Total, int Unread, int Offset, bool HasNextPage);

/// <summary>A page of the caller's notifications, newest first.</summary>
public sealed class NotificationConnectionType : ObjectGraphType<NotificationPage>
{
    public NotificationConnectionType()
    {
        Name = "NotificationConnection";
        Description = "A page of the caller's notifications, newest first, with how many there are and how many are unread.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NotificationType>>>>("items").Description("The page's notifications.")
            .Resolve(c => c.Source.Items);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many notifications match the filter.").Resolve(c => c.Source.Total);
        Field<NonNullGraphType<IntGraphType>>("unreadCount").Description("How many of the caller's notifications are unread (whatever the filter).")
            .Resolve(c => c.Source.Unread);
        Field<NonNullGraphType<PageInfoType>, (bool, string?)>("pageInfo").Description("Where the page stands.")
            .Resolve(c => (c.Source.HasNextPage, c.Source.Items.Count == 0 ? null : Paging.Cursor(c.Source.Offset + c.Source.Items.Count)));
    }
}
