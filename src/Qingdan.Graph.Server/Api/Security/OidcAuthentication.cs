using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Server.Api.Security;

/// <summary>
/// Sign-in for <c>/graphql</c>: the policy scheme <see cref="SignInScheme"/> sends <c>Bearer qd_…</c> (and anything that is
/// not a JWT) to <see cref="ApiKeyAuthentication"/> and other bearer tokens, when <c>Auth:Oidc:Authority</c> is set, to
/// Microsoft's JwtBearer handler (<see cref="SchemeName"/>): discovery document and keys from the authority, issuer,
/// audience, lifetime and signature checked. A token that does not validate is 401 with
/// <c>WWW-Authenticate: Bearer error="invalid_token"</c>; a valid one without a Qingdan role, or with a scope that does
/// not parse, 403 (<see cref="OidcClaims"/>). Settings that cannot be used stop the server from starting.
/// </summary>
public static class OidcAuthentication
{
    /// <summary>The JwtBearer scheme, registered only when OIDC is on.</summary>
    public const string SchemeName = "Oidc";

    /// <summary>The scheme <c>/graphql</c> authenticates with: it forwards to the API key or the JwtBearer scheme.</summary>
    public const string SignInScheme = "Qingdan";

    /// <summary>The endpoint's authorization policy: signed in by either scheme, and not denied.</summary>
    public const string Policy = "qingdan";

    /// <summary>Only asymmetric signatures: a provider's key set is public, so an HMAC "signed" with it would prove nothing.</summary>
    private static readonly string[] Algorithms =
    [
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.RsaSsaPssSha384, SecurityAlgorithms.RsaSsaPssSha512,
        SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.EcdsaSha512,
    ];

    /// <summary>Adds <see cref="SignInScheme"/>, the JwtBearer scheme when <c>Auth:Oidc:Authority</c> is set, and <see
    /// cref="Policy"/>; an <see cref="ArgumentException"/> names every setting that cannot be used.</summary>
    public static AuthenticationBuilder AddOidc(this AuthenticationBuilder authentication, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        ArgumentNullException.ThrowIfNull(configuration);
        var oidc = configuration.GetSection(OidcOptions.Section).Get<OidcOptions>() ?? new OidcOptions();
        if (oidc.Problems() is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join(" ", problems));
        }

        authentication.AddPolicyScheme(SignInScheme, "API key or OpenID Connect token", scheme =>
            scheme.ForwardDefaultSelector = http => oidc.Enabled && IsJwt(http.Request.Headers.Authorization.ToString())
                ? SchemeName
                : ApiKeyAuthentication.SchemeName);
        if (oidc.Enabled)
        {
            authentication.AddJwtBearer(SchemeName, jwt => Configure(jwt, oidc));
            // After the handler's own post-configuration has made the configuration manager: a key the provider withdrew stops
            // working once the keys are refetched, rather than living on for an hour as the last known good configuration.
            authentication.Services.PostConfigure<JwtBearerOptions>(SchemeName, jwt =>
            {
                if (jwt.ConfigurationManager is BaseConfigurationManager manager)
                {
                    manager.UseLastKnownGoodConfiguration = false;
                }
            });
        }

        authentication.Services.AddAuthorization(authorization => authorization.AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(SignInScheme)
            .RequireAuthenticatedUser()
            .RequireAssertion(context => OidcClaims.DenialOf(context.User) is null)));
        return authentication;
    }

    /// <summary>A bearer token shaped as a JWS (three parts) that is not an API key.</summary>
    private static bool IsJwt(string header)
    {
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var token = header.AsSpan(7).Trim();
        return !token.StartsWith("qd_", StringComparison.Ordinal) && token.Count('.') == 2;
    }

    private static void Configure(JwtBearerOptions jwt, OidcOptions oidc)
    {
        jwt.Authority = oidc.Authority;
        jwt.Audience = oidc.Audience;
        jwt.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
        // Claims keep their names as the token has them ("role", not ClaimTypes.Role): OidcClaims maps them itself.
        jwt.MapInboundClaims = false;
        jwt.RefreshOnIssuerKeyNotFound = true;
        if (oidc.RefreshIntervalSeconds is { } refresh)
        {
            jwt.RefreshInterval = TimeSpan.FromSeconds(refresh);
        }

        if (oidc.AutomaticRefreshIntervalSeconds is { } automatic)
        {
            jwt.AutomaticRefreshInterval = TimeSpan.FromSeconds(automatic);
        }

        var validation = jwt.TokenValidationParameters;
        validation.ValidateIssuer = true;
        validation.ValidateAudience = true;
        validation.ValidateLifetime = true;
        validation.RequireExpirationTime = true;
        validation.RequireSignedTokens = true;
        validation.ValidateIssuerSigningKey = true;
        validation.ValidAlgorithms = Algorithms;
        validation.ClockSkew = TimeSpan.FromSeconds(oidc.ClockSkewSeconds);
        jwt.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                context.Principal = OidcClaims.Map(context.Principal!, oidc);
                return Task.CompletedTask;
            },
            OnChallenge = async context =>
            {
                context.HandleResponse();
                var error = await UnreachableAsync(context) is { } unreachable
                    ? RequestError.ProviderUnavailable(oidc.Authority!, unreachable)
                    : Explain(context.AuthenticateFailure, oidc);
                await GraphQLHttp.WriteErrorAsync(context.HttpContext, error);
            },
            OnForbidden = async context =>
            {
                var http = context.HttpContext;
                var why = OidcClaims.DenialOf(http.User) ?? "This token may not use the API.";
                await http.RequestServices.GetRequiredService<AuditLog>().WriteAsync(
                    http.User.Identity?.Name ?? OidcClaims.ActorPrefix + "unknown",
                    string.Empty,
                    "sign-in refused: " + why,
                    [],
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    CancellationToken.None);
                await GraphQLHttp.WriteErrorAsync(http, RequestError.Forbidden(why));
            },
        };
    }

    /// <summary>What was wrong with the token: the body names it, the header says it in fixed words.</summary>
    private static RequestError Explain(Exception? failure, OidcOptions oidc) => failure switch
    {
        SecurityTokenExpiredException expired => RequestError.InvalidToken(
            $"it expired at {Time(expired.Expires)} (the server allows {oidc.ClockSkewSeconds} s of clock skew)",
            "The token expired"),
        SecurityTokenNotYetValidException early => RequestError.InvalidToken(
            $"it is not valid before {Time(early.NotBefore)}",
            "The token is not valid yet"),
        SecurityTokenInvalidIssuerException => RequestError.InvalidToken(
            $"its issuer (iss) is not the provider's, {oidc.Authority} (Auth:Oidc:Authority)",
            "The issuer is invalid"),
        SecurityTokenInvalidAudienceException => RequestError.InvalidToken(
            $"its audience (aud) is not {oidc.Audience} (Auth:Oidc:Audience)",
            "The audience is invalid"),
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => RequestError.InvalidToken(
            "its signature does not verify with any key the provider publishes",
            "The signature is invalid"),
        SecurityTokenInvalidAlgorithmException => RequestError.InvalidToken(
            "it is not signed with an asymmetric algorithm (RS*, PS* or ES*)",
            "The signature algorithm is not accepted"),
        SecurityTokenNoExpirationException => RequestError.InvalidToken("it has no expiry (exp)", "The token has no expiry"),
        SecurityTokenMalformedException or ArgumentException => RequestError.InvalidToken(
            "it is not a well-formed JWT",
            "The token is malformed"),
        _ => RequestError.InvalidToken("it could not be validated", "The token is invalid"),
    };

    private static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Why the provider's discovery document or keys could not be had, when that is why the token failed; else null. The
    /// token handler validates without them when they cannot be fetched (and so fails on the issuer or the key), so the
    /// configuration manager is asked again: it answers at once with what it holds, or fails as the fetch did.
    /// </summary>
    private static async Task<Exception?> UnreachableAsync(JwtBearerChallengeContext context)
    {
        if (context.AuthenticateFailure is not (SecurityTokenInvalidIssuerException or SecurityTokenSignatureKeyNotFoundException
            or InvalidOperationException or HttpRequestException))
        {
            return null;
        }

        try
        {
            await context.Options.ConfigurationManager!.GetConfigurationAsync(context.HttpContext.RequestAborted);
            return null;
        }
        catch (Exception failure) when (failure is InvalidOperationException or HttpRequestException or IOException)
        {
            return failure;
        }
    }
}
