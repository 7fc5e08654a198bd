using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Server.Api.Security;

/// <summary>
/// <c>Authorization: Bearer qd_…</c>: a key the store verifies becomes a principal with the key's name
/// and role (what <see cref="AccessRule"/> and the audit read). The challenge is 401 with
/// <c>WWW-Authenticate: Bearer</c> and an error saying whether a key was missing or not accepted; when
/// the store cannot be asked, 503 as for any request the store fails under.
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
        ApiKeyRow? key;
        try
        {
            key = await keys.VerifyAsync(token, Context.RequestAborted);
        }
        catch (Exception error) when (RequestError.StoreFailure(error) is { } failure)
        {
            return AuthenticateResult.Fail(new StoreUnavailableException(failure));
        }

        if (key is null)
        {
            return AuthenticateResult.Fail("The API key is unknown, wrong or revoked.");
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, key.Name), new Claim(ClaimTypes.Role, key.Role)], SchemeName);
        if (key.Scope is { Length: > 0 } scope)
        {
            identity.AddClaim(new Claim(Access.ScopeClaim, scope));
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        var error = result.Failure is StoreUnavailableException { InnerException: { } failure }
            ? RequestError.StoreUnavailable(failure)
            : RequestError.Unauthenticated(keySent: Request.Headers.Authorization.Count > 0);
        await GraphQLHttp.WriteErrorAsync(Context, error);
    }

    /// <summary>Why a key could not be verified: the store failed under the look-up.</summary>
    private sealed class StoreUnavailableException(Exception failure) : Exception(failure.Message, failure);
}
