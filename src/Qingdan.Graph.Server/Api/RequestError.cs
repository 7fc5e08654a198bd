using GraphQL;

namespace Qingdan.Graph.Server.Api;

/// <summary>
/// A request the transport answers without a GraphQL result, or cuts off: the status, the headers that
/// go with it (<c>Allow</c>, <c>Retry-After</c>, <c>WWW-Authenticate</c>) and one error naming what to do.
/// </summary>
public sealed class RequestError : ExecutionError, IHasPreferredStatusCode
{
    private RequestError(int status, string message, string code = "BAD_REQUEST", params (string Name, string Value)[] headers)
        : base(message)
    {
        PreferredStatusCode = status;
        Code = code;
        Headers = headers;
    }

    public int PreferredStatusCode { get; }

    public IReadOnlyList<(string Name, string Value)> Headers { get; }

    public static RequestError MethodNotAllowed() =>
        new(StatusCodes.Status405MethodNotAllowed, "GraphQL is served over GET (queries) and POST.", headers: ("Allow", "GET, POST"));

    public static RequestError NotAcceptable() =>
        new(
            StatusCodes.Status406NotAcceptable,
            $"The response is {GraphQLHttp.GraphQLResponse} or {GraphQLHttp.Json}; the Accept header allows neither.");

    /// <summary>No key (the header missing), or one that is malformed, unknown, wrong or revoked.</summary>
    public static RequestError Unauthenticated(bool keySent) => new(
        StatusCodes.Status401Unauthorized,
        keySent ? "The API key is unknown, wrong or revoked." : "An API key is needed: Authorization: Bearer qd_… (qingdan keys create).",
        headers: ("WWW-Authenticate", "Bearer"));

    /// <summary>A key whose secret is right but whose expiry (<c>keys create --expires</c>) has passed.</summary>
    public static RequestError KeyExpired(DateTime at) => new(
        StatusCodes.Status401Unauthorized,
        string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"The API key has expired (at {at:yyyy-MM-dd HH:mm} UTC); an admin can create a new one (qingdan keys create)."),
        headers: ("WWW-Authenticate", "Bearer"));

    /// <summary>A bearer token of the identity provider (Auth:Oidc) that does not validate; <paramref name="reason"/> goes in the
    /// body, <paramref name="description"/> (fixed text, nothing from the token) in the header.</summary>
    public static RequestError InvalidToken(string reason, string description) => new(
        StatusCodes.Status401Unauthorized,
        $"The token is not accepted: {reason}.",
        headers: ("WWW-Authenticate", $"Bearer error=\"invalid_token\", error_description=\"{description}\""));

    /// <summary>A caller who is who they say but may do nothing here (a token with no Qingdan role, or a scope that does not
    /// parse).</summary>
    public static RequestError Forbidden(string message) => new(StatusCodes.Status403Forbidden, message, Security.AccessRule.Forbidden);

    /// <summary>The identity provider's discovery document or keys could not be fetched: no token can be checked.</summary>
    public static RequestError ProviderUnavailable(string authority, Exception failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var cause = failure.GetBaseException();
        return new(
            StatusCodes.Status503ServiceUnavailable,
            $"The identity provider {authority} did not give its keys ({cause.Message.Split('\n')[0].Trim()}); the token could not be " +
                "checked — try again shortly, or use an API key.",
            "PROVIDER_UNAVAILABLE",
            ("Retry-After", "5"));
    }

    public static RequestError TooManyRequests(int requestsPerMinute) => new(
        StatusCodes.Status429TooManyRequests,
        $"This key made more than {requestsPerMinute} requests a minute (Api:RequestsPerMinute).",
        headers: ("Retry-After", "1"));

    public static RequestError UnsupportedMediaType() =>
        new(StatusCodes.Status415UnsupportedMediaType, $"A POST carries a JSON body with Content-Type: {GraphQLHttp.Json}.");

    public static RequestError PayloadTooLarge(long maxBodyBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The body is larger than the limit of {maxBodyBytes:N0} bytes (Api:MaxBodyBytes).");

    /// <summary>Not a GraphQL request: the body is not JSON, or a parameter has the wrong type.</summary>
    public static RequestError Malformed(string problem) => new(StatusCodes.Status400BadRequest, problem);

    public static RequestError Timeout(TimeSpan limit) =>
        new(
            StatusCodes.Status504GatewayTimeout,
            $"The request ran past the limit of {limit.TotalSeconds:0.###} s (Api:Timeout).",
            "TIMEOUT");

    /// <summary>The store failing under the request: nothing was read or written, the request may be sent again.</summary>
    public static RequestError StoreUnavailable(Exception failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return new(
            StatusCodes.Status503ServiceUnavailable,
            $"The store is unreachable ({failure.Message.Split('\n')[0].Trim()}); nothing was read or changed — try again shortly.",
            "STORE_UNAVAILABLE",
            ("Retry-After", "5"));
    }

    /// <summary>The store failing under a request (PostgreSQL down or restarting, its network gone): the cause, or null for anything
    /// else.</summary>
    public static Exception? StoreFailure(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is System.Data.Common.DbException { IsTransient: true } or System.Net.Sockets.SocketException)
            {
                return e;
            }
        }

        return null;
    }
}
