using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Server.Api.Security;
using Qingdan.Graph.Store.Notifications;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Server.Api.Notifications;

/// <summary>Watching and unwatching (investigators and admins), marking read, adding and removing webhooks.</summary>
internal static class NotificationMutations
{
    public const int MaxSecret = 200;
    public const int MinSecret = 16;

    public static void Add(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<WatchType>>("watch")
            .Description("Watches a person, company or agency: from now on its new, reopened and resolved findings and the facts changed about " +
                "it are notified. Watching again is no change. A scoped caller may watch only what their scope may read.")
            .Argument<NonNullGraphType<IdGraphType>>("entity", "The entity to watch (p_, c_ or a_ and a number).")
            .Requires(Roles.Investigator)
            .ResolveAsync(async c =>
            {
                var text = c.GetArgument<string>("entity");
                var graph = await c.RequestServices!.GetRequiredService<RequestGraph>().SnapshotAsync(c.CancellationToken);
                if (!EntityId.TryParse(text, out var id) || id.Value.Kind is not (NodeKind.Person or NodeKind.Company or NodeKind.Agency))
                {
                    throw new ExecutionError($"'{text}' is not a person, company or agency id (p_, c_ or a_ and a number).") { Code = "BAD_ARGUMENT" };
                }

                if (graph.IndexOf(id.Value) < 0)
                {
                    throw new ExecutionError($"{id.Value} is not in the graph.") { Code = "NOT_FOUND" };
                }

                var scope = c.RequestServices!.GetRequiredService<RequestScope>();
                if (await scope.ViewAsync(c) is { } view && !view.Sees(id.Value))
                {
                    throw await scope.DenyAsync(c, view, id.Value.ToString());
                }

                var owner = MutationType.Actor(c);
                var entity = id.Value.ToString();
                await using var context = NotificationQueries.Store(c).CreateContext();
                var row = await context.Watches.AsNoTracking().SingleOrDefaultAsync(w => w.Owner == owner && w.EntityId == entity, c.CancellationToken);
                if (row is null)
                {
                    row = new WatchRow
                    {
                        Owner = owner,
                        EntityId = entity,
                        Role = Access.RoleOf(c.User),
                        Scope = Access.ScopeOf(c.User)?.ToString(),
                        CreatedAt = c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
                    };
                    context.Watches.Add(row);
                    try
                    {
                        await context.SaveChangesAsync(c.CancellationToken);
                    }
                    catch (DbUpdateException)
                    {
                        // The same watch, asked twice at once: the other request wrote it.
                        row = await context.Watches.AsNoTracking().SingleAsync(w => w.Owner == owner && w.EntityId == entity, c.CancellationToken);
                    }
                }

                return (object?)NotificationQueries.View(graph, row);
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>>("unwatch")
            .Description("Stops watching an entity; true when it was watched. Its notifications stay in the inbox.")
            .Argument<NonNullGraphType<IdGraphType>>("entity", "The entity to stop watching (p_, c_ or a_ and a number).")
            .Requires(Roles.Investigator)
            .ResolveAsync(async c =>
            {
                var owner = MutationType.Actor(c);
                var entity = c.GetArgument<string>("entity");
                await using var context = NotificationQueries.Store(c).CreateContext();
                return (object?)(await context.Watches.Where(w => w.Owner == owner && w.EntityId == entity).ExecuteDeleteAsync(c.CancellationToken) > 0);
            });

        mutation.Field<NonNullGraphType<IntGraphType>>("markRead")
            .Description("Marks the caller's notifications read: those named, or all of them; returns how many were unread.")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("ids", "Notifications to mark (n_ and a number).")
            .Argument<BooleanGraphType>("all", "True: mark every unread notification of the caller.")
            .ResolveAsync(async c =>
            {
                var owner = MutationType.Actor(c);
                var all = c.GetArgument<bool?>("all") == true;
                var named = (c.GetArgument<List<string>?>("ids") ?? []).ConvertAll(NotificationId);
                if (!all && named.Count == 0)
                {
                    throw new ExecutionError("markRead needs ids or all: true.") { Code = "BAD_ARGUMENT" };
                }

                var now = c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
                await using var context = NotificationQueries.Store(c).CreateContext();
                var rows = context.Notifications.Where(n => n.Owner == owner && n.ReadAt == null);
                if (!all)
                {
                    rows = rows.Where(n => named.Contains(n.Id));
                }

                return (object?)await rows.ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<WebhookType>>("addWebhook")
            .Description("Adds a webhook: each of the caller's notifications from now on is POSTed to the URL as JSON, signed with " +
                "HMAC-SHA256 of the body under the secret (X-Qingdan-Signature: sha256=…), retried with backoff on failure.")
            .Argument<NonNullGraphType<StringGraphType>>("url", "An http:// or https:// URL without credentials in it.")
            .Argument<NonNullGraphType<StringGraphType>>("secret", $"The signing secret, {MinSecret} to {MaxSecret} characters; never returned.")
            .Requires(Roles.Investigator)
            .ResolveAsync(async c =>
            {
                var url = c.GetArgument<string>("url").Trim();
                var secret = c.GetArgument<string>("secret");
                var options = c.RequestServices!.GetRequiredService<IOptions<NotificationOptions>>().Value;
                if (WebhookUrls.Problem(url, options.AllowPrivateNetworks) is { } problem)
                {
                    throw new ExecutionError(problem) { Code = "BAD_ARGUMENT" };
                }

                if (secret.Length is < MinSecret or > MaxSecret)
                {
                    throw new ExecutionError($"A webhook secret is {MinSecret} to {MaxSecret} characters.") { Code = "BAD_ARGUMENT" };
                }

                var row = new WebhookRow
                {
                    Owner = MutationType.Actor(c),
                    Url = url,
                    Secret = secret,
                    Role = Access.RoleOf(c.User),
                    Scope = Access.ScopeOf(c.User)?.ToString(),
                    CreatedAt = c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
                };
                await using var context = NotificationQueries.Store(c).CreateContext();
                context.Webhooks.Add(row);
                await context.SaveChangesAsync(c.CancellationToken);
                return (object?)row;
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>>("removeWebhook")
            .Description("Removes one of the caller's webhooks; its pending deliveries are given up, its log stays. True when it was there.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The webhook (wh_ and a number).")
            .Requires(Roles.Investigator)
            .ResolveAsync(async c =>
            {
                var owner = MutationType.Actor(c);
                var id = Number(c.GetArgument<string>("id"), "wh_");
                var now = c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
                await using var context = NotificationQueries.Store(c).CreateContext();
                var removed = await context.Webhooks.Where(w => w.Id == id && w.Owner == owner && w.RemovedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(w => w.RemovedAt, now), c.CancellationToken);
                return (object?)(removed > 0);
            });
    }

    private static long NotificationId(string text) => Number(text, "n_");

    private static long Number(string text, string prefix) =>
        text.StartsWith(prefix, StringComparison.Ordinal)
        && long.TryParse(text.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new ExecutionError($"'{text}' is not an id of the form {prefix} and a number.") { Code = "BAD_ARGUMENT" };
}
