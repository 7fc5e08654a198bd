using Qingdan.Graph.Server.Api.Security;

namespace Qingdan.Graph.Server.Api;

/// <summary>The endpoints of <c>qingdan serve</c>.</summary>
public static class ApiEndpoints
{
    /// <summary><c>/graphql</c>, for API keys (<see cref="ApiKeyAuthentication"/>) and, when set up, the identity provider's tokens
    /// (<see cref="OidcAuthentication"/>), rate-limited per key or token holder.</summary>
    public static IEndpointConventionBuilder MapQingdanGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.Map(pattern, (HttpContext http, GraphQLHttp transport) => transport.InvokeAsync(http))
            .RequireAuthorization(OidcAuthentication.Policy)
            .RequireRateLimiting(KeyRateLimit.Policy);
    }
}
