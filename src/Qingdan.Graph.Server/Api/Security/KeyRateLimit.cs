using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Qingdan.Graph.Server.Api.Security;

/// <summary>
/// <c>Api:RequestsPerMinute</c> per key, with ASP.NET Core's rate limiter partitioned by the key's name:
/// a token bucket holding a minute's worth, refilled evenly; past it, 429 with <c>Retry-After</c>.
/// </summary>
public static class KeyRateLimit
{
    public const string Policy = "per-key";

    public static IServiceCollection AddKeyRateLimit(this IServiceCollection services) => services.AddRateLimiter(rates =>
    {
        rates.AddPolicy(Policy, http =>
        {
            var perMinute = Math.Max(1, http.RequestServices.GetRequiredService<IOptions<ApiLimits>>().Value.RequestsPerMinute);
            return RateLimitPartition.GetTokenBucketLimiter(http.User.Identity?.Name ?? string.Empty, _ => new TokenBucketRateLimiterOptions
            {
                // Every second at 60 a minute and more, else one token every 60/limit seconds.
                TokenLimit = perMinute,
                TokensPerPeriod = Math.Max(1, perMinute / 60),
                ReplenishmentPeriod = perMinute >= 60 ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(60.0 / perMinute),
                QueueLimit = 0,
            });
        });
        rates.OnRejected = (rejected, _) => new ValueTask(GraphQLHttp.WriteErrorAsync(
            rejected.HttpContext,
            RequestError.TooManyRequests(
                rejected.HttpContext.RequestServices.GetRequiredService<IOptions<ApiLimits>>().Value.RequestsPerMinute)));
    });
}
