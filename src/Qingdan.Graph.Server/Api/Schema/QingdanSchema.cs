namespace Qingdan.Graph.Server.Api.Schema;

/// <summary>The hub's schema: investigators' graph questions, analysts' connections, the findings inbox, the hub's own records.</summary>
public sealed class QingdanSchema : GraphQL.Types.Schema
{
    public QingdanSchema(IServiceProvider services)
        : base(services)
    {
        Description = "Qingdan.Graph: officials, their relatives, companies, decisions and money as one time-aware graph, and the " +
            "findings of rules NL3, NL4, NL5 and NL9.";
        Query = services.GetRequiredService<QueryType>();
        Mutation = services.GetRequiredService<MutationType>();
        Subscription = services.GetRequiredService<Notifications.SubscriptionType>();
    }
}
