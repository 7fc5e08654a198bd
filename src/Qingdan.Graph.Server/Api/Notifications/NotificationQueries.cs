using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Server.Api.Security;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Notifications;

namespace Qingdan.Graph.Server.Api.Notifications;

/// <summary>The caller's own watches, inbox and webhooks: every role may read its own (an analyst's are empty, since analysts
/// may not watch).</summary>
internal static class NotificationQueries
{
    public static void Add(ObjectGraphType query, ApiLimits limits)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<WatchType>>>>("watches")
            .Description("The people, companies and agencies the caller watches, newest first.")
            .ResolveAsync(async c =>
            {
                var owner = MutationType.Actor(c);
                await using var context = Store(c).CreateContext();
                var rows = await context.Watches.AsNoTracking().Where(w => w.Owner == owner).OrderByDescending(w => w.Id)
                    .ToListAsync(c.CancellationToken);
                var graph = await c.RequestServices!.GetRequiredService<RequestGraph>().SnapshotAsync(c.CancellationToken);
                return (object?)rows.ConvertAll(r => View(graph, r));
            });

        query.Field<NonNullGraphType<NotificationConnectionType>>("notifications")
            .Description("The caller's notifications, newest first; only what the caller's scope may read now.")
            .Argument<BooleanGraphType>("unread", "True: only unread ones; false: only read ones; omitted: all.")
            .Argument<IntGraphType>("first", a => { a.DefaultValue = 20; a.Description = "How many, at most Api:MaxPageSize."; })
            .Argument<StringGraphType>("after", "The endCursor of the page before.")
            .ResolveAsync(async c => (object?)await PageAsync(
                c,
                c.GetArgument<bool?>("unread"),
                Paging.Page(c.GetArgument("first", 20), limits),
                Paging.Offset(c.GetArgument<string?>("after"))));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebhookType>>>>("webhooks")
            .Description("The caller's webhooks (never their secrets), each with its delivery log.")
            .ResolveAsync(async c =>
            {
                var owner = MutationType.Actor(c);
                await using var context = Store(c).CreateContext();
                return (object?)await context.Webhooks.AsNoTracking().Where(w => w.Owner == owner && w.RemovedAt == null)
                    .OrderBy(w => w.Id).ToListAsync(c.CancellationToken);
            });
    }

    public static WatchView View(Core.Graph.GraphSnapshot graph, WatchRow row)
    {
        var index = EntityId.TryParse(row.EntityId, out var id) ? graph.IndexOf(id.Value) : -1;
        var name = index < 0 ? null : graph.NodeOf(index) switch
        {
            Person p => p.Name,
            Company co => co.Name,
            Agency a => a.Name,
            _ => null,
        };
        return new WatchView(row, id is { } known ? Wire.Name(known.Kind) : "person", name);
    }

    internal static StoreConnection Store(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<StoreConnection>();

    /// <summary>
    /// A page of the inbox. An unscoped reader's is paged in SQL; a scoped reader's notifications are checked against the
    /// reader's scope today (a key's scope may have narrowed since the watch), so their few columns are read and filtered
    /// before paging and counting.
    /// </summary>
    private static async Task<NotificationPage> PageAsync(IResolveFieldContext c, bool? unread, int first, int offset)
    {
        var owner = MutationType.Actor(c);
        await using var context = Store(c).CreateContext();
        var mine = context.Notifications.AsNoTracking().Where(n => n.Owner == owner);
        var filtered = unread switch
        {
            true => mine.Where(n => n.ReadAt == null),
            false => mine.Where(n => n.ReadAt != null),
            _ => mine,
        };
        var view = await c.RequestServices!.GetRequiredService<RequestScope>().ViewAsync(c);
        if (view is null)
        {
            var total = await filtered.CountAsync(c.CancellationToken);
            var unreadCount = await mine.CountAsync(n => n.ReadAt == null, c.CancellationToken);
            var items = await filtered.OrderByDescending(n => n.Id).Skip(offset).Take(first).ToListAsync(c.CancellationToken);
            return new NotificationPage(items, total, unreadCount, offset, offset + items.Count < total);
        }

        var keys = await (from n in mine
                          join f in context.Findings on n.FindingId equals f.Id into found
                          from f in found.DefaultIfEmpty()
                          select new { n.Id, n.EntityId, n.ReadAt, n.Kind, n.FindingId, Official = (long?)f.OfficialId, Company = (long?)f.CompanyId })
            .ToListAsync(c.CancellationToken);
        var visible = keys.Where(k => NotificationPump.Sees(view, new NotificationRow
        {
            Owner = owner,
            EntityId = k.EntityId,
            Title = string.Empty,
            Payload = string.Empty,
            EventKey = string.Empty,
        }, k.Official, k.Company)).ToList();
        var matching = visible.Where(k => unread is null || (k.ReadAt is null) == unread).OrderByDescending(k => k.Id).ToList();
        var ids = matching.Skip(offset).Take(first).Select(k => k.Id).ToList();
        var rows = await context.Notifications.AsNoTracking().Where(n => ids.Contains(n.Id)).OrderByDescending(n => n.Id)
            .ToListAsync(c.CancellationToken);
        return new NotificationPage(rows, matching.Count, visible.Count(k => k.ReadAt is null), offset, offset + rows.Count < matching.Count);
    }
}
