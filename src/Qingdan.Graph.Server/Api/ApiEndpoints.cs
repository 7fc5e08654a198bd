using Qingdan.Graph.Server.Api.Security;

namespace Qingdan.Graph.Server.Api;

/// <summary>The endpoints of <c>qingdan serve</c>.</summary>
public static class ApiEndpoints
{
    /// <summary><c>/graphql</c>, for API keys only (<see cref="ApiKeyAuthentication"/>), rate-limited per key.</summary>
    public static IEndpointConventionBuilder MapQingdanGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.Map(pattern, (HttpContext http, GraphQLHttp transport) => transport.InvokeAsync(http))
            .RequireAuthorization(policy => policy.AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName).RequireAuthenticatedUser())
            .RequireRateLimiting(KeyRateLimit.Policy);
    }
}
