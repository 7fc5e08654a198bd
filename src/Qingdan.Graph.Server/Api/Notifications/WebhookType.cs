using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Notifications;

namespace Qingdan.Graph.Server.Api.Notifications;

/// <summary>One of the caller's webhooks; never its secret.</summary>
public sealed class WebhookType : ObjectGraphType<WebhookRow>
{
    public WebhookType()
    {
        Name = "Webhook";
        Description = "Where the caller's notifications are POSTed, signed with HMAC-SHA256 under its secret (which is never returned).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The webhook's id (wh_ and a number).").Resolve(c => $"wh_{c.Source.Id}");
        Field<NonNullGraphType<StringGraphType>>("url").Description("The URL deliveries are POSTed to.").Resolve(c => c.Source.Url);
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Description("When it was added (UTC).")
            .Resolve(c => DateTime.SpecifyKind(c.Source.CreatedAt, DateTimeKind.Utc));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebhookDeliveryType>>>>("deliveries")
            .Description("The delivery log, newest first.")
            .Argument<IntGraphType>("first", a => { a.DefaultValue = 20; a.Description = "How many deliveries, newest first (at most 200)."; })
            .ResolveAsync(async c =>
            {
                var first = Math.Clamp(c.GetArgument("first", 20), 0, 200);
                await using var context = c.RequestServices!.GetRequiredService<StoreConnection>().CreateContext();
                var id = c.Source.Id;
                return (object?)await context.WebhookDeliveries.AsNoTracking().Where(d => d.WebhookId == id).OrderByDescending(d => d.Id)
                    .Take(first).ToListAsync(c.CancellationToken);
            });
    }
}
