using Microsoft.AspNetCore.Routing.Matching;

namespace Qingdan.Graph.Server.Api.Notifications;

/// <summary>
/// The WebSocket side of <c>/graphql</c>: an endpoint on the same path that only WebSocket upgrades reach (<see
/// cref="UpgradePolicy"/>), open to anyone at the HTTP level because the protocol signs in inside <c>connection_init</c>
/// (a browser cannot put an Authorization header on an upgrade).
/// </summary>
public static class GraphQLWebSocketEndpoint
{
    public static IEndpointConventionBuilder MapQingdanGraphQLWebSocket(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.Map(pattern, (HttpContext http, GraphQLWebSocket socket) => socket.InvokeAsync(http))
            .WithMetadata(UpgradeOnly.Instance)
            .AllowAnonymous();
    }

    /// <summary>Whether the request asks to become a WebSocket (HTTP/1.1 <c>Upgrade: websocket</c>).</summary>
    public static bool IsUpgrade(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Request.Headers.Upgrade.Any(u => u?.Contains("websocket", StringComparison.OrdinalIgnoreCase) == true);
    }

    internal sealed class UpgradeOnly
    {
        public static readonly UpgradeOnly Instance = new();
    }

    /// <summary>Between endpoints of one path, an upgrade goes to the WebSocket one and every other request to the others.</summary>
    internal sealed class UpgradePolicy : MatcherPolicy, IEndpointSelectorPolicy
    {
        public override int Order => 0;

        public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) =>
            endpoints.Any(e => e.Metadata.GetMetadata<UpgradeOnly>() is not null);

        public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
        {
            var upgrade = IsUpgrade(httpContext);
            for (var i = 0; i < candidates.Count; i++)
            {
                if ((candidates[i].Endpoint.Metadata.GetMetadata<UpgradeOnly>() is not null) != upgrade)
                {
                    candidates.SetValidity(i, false);
                }
            }

            return Task.CompletedTask;
        }
    }
}
