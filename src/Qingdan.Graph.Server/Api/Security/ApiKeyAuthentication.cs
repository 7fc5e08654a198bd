using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Server.Api.Security;

/// <summary>
/// <c>Authorization: Bearer qd_…</c>: a key the store verifies becomes a principal with the key's name, role and scope (what
/// <see cref="AccessRule"/>, the scope filters and the audit read). The challenge is 401 with <c>WWW-Authenticate: Bearer</c>
/// and an error saying whether a key was missing, expired or not accepted; when the store cannot be asked, 503 as for any
/// request the store fails under. The key's last use (time and address) is written in the background, at most once a minute.
/// </summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeys keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }

        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
        ApiKeyCheck? check;
        try
        {
            check = await keys.CheckAsync(token, Context.RequestAborted);
        }
        catch (Exception error) when (RequestError.StoreFailure(error) is { } failure)
        {
            return AuthenticateResult.Fail(new StoreUnavailableException(failure));
        }

        if (check is null)
        {
            return AuthenticateResult.Fail("The API key is unknown, wrong or revoked.");
        }

        var key = check.Key;
        if (check.Expired)
        {
            return AuthenticateResult.Fail(new KeyExpiredException(key.ExpiresAt!.Value));
        }

        var address = Context.Connection.RemoteIpAddress is { } ip ? (ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip).ToString() : null;
        // In the background: neither a slow write (SQLite waiting on an ingest's lock) nor a failed one holds up the request.
        if (keys.UseIsDue(key))
        {
            _ = Task.Run(() => RecordUseAsync(key, address));
        }
        List<Claim> claims = [new Claim(ClaimTypes.Name, key.Name), new Claim(ClaimTypes.Role, key.Role)];
        if (key.Scope is { Length: > 0 } scope)
        {
            claims.Add(new Claim(Access.ScopeClaim, scope));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        var error = result.Failure switch
        {
            StoreUnavailableException { InnerException: { } failure } => RequestError.StoreUnavailable(failure),
            KeyExpiredException expired => RequestError.KeyExpired(expired.At),
            _ => RequestError.Unauthenticated(keySent: Request.Headers.Authorization.Count > 0)
        };
        await GraphQLHttp.WriteErrorAsync(Context, error);
    }

    private async Task RecordUseAsync(ApiKeyRow key, string? address)
    {
        try
        {
            await keys.RecordUseAsync(key, address, CancellationToken.None);
        }
        catch (Exception error)
        {
            Logger.LogWarning(error, "The last use of API key {KeyId} could not be written; the next use tries again.", key.Id);
        }
    }

    /// <summary>Why a key could not be verified: the store failed under the look-up.</summary>
    private sealed class StoreUnavailableException(Exception failure) : Exception(failure.Message, failure);

    /// <summary>The key's secret matched, but the key expired at <see cref="At"/>.</summary>
    private sealed class KeyExpiredException(DateTime at) : Exception("The API key has expired.")
    {
        public DateTime At { get; } = at;
    }
}
