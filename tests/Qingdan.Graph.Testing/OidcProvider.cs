using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Qingdan.Graph.Testing;

/// <summary>
/// An OpenID Connect provider on a loopback port, as much of one as a resource server asks for: the discovery document
/// (<c>/.well-known/openid-configuration</c>) and the key set (<c>/jwks</c>), and tokens signed with its RSA keys (RS256).
/// <see cref="Rotate"/> publishes a new key (a new <c>kid</c>) and withdraws the old one, as providers do.
/// </summary>
public sealed class OidcProvider : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly JsonWebTokenHandler _tokens = new();
    private volatile RsaSecurityKey[] _published;
    private int _keyFetches;

    private OidcProvider(WebApplication app, RsaSecurityKey key)
    {
        _app = app;
        Key = key;
        _published = [key];
    }

    /// <summary>The issuer (<c>http://127.0.0.1:port</c>), which is also the authority to configure.</summary>
    public string Issuer { get; private set; } = string.Empty;

    /// <summary>The key tokens are signed with unless told otherwise: the one published last.</summary>
    public RsaSecurityKey Key { get; private set; }

    /// <summary>How many times the key set was fetched.</summary>
    public int KeyFetches => Volatile.Read(ref _keyFetches);

    public static async Task<OidcProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var provider = new OidcProvider(app, NewKey("key-1"));
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = provider.Issuer,
            ["jwks_uri"] = provider.Issuer + "/jwks",
            ["authorization_endpoint"] = provider.Issuer + "/authorize",
            ["token_endpoint"] = provider.Issuer + "/token",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { SecurityAlgorithms.RsaSha256 },
        }));
        app.MapGet("/jwks", () =>
        {
            Interlocked.Increment(ref provider._keyFetches);
            return Results.Json(new { keys = provider._published.Select(Describe).ToArray() });
        });
        await app.StartAsync();
        provider.Issuer = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .TrimEnd('/');
        return provider;
    }

    /// <summary>An RSA key of 2048 bits that no provider publishes until told to.</summary>
    public static RsaSecurityKey NewKey(string id) => new(RSA.Create(2048)) { KeyId = id };

    /// <summary>Publishes a new key under <paramref name="id"/> and withdraws every other; tokens are signed with it from now
    /// on.</summary>
    public RsaSecurityKey Rotate(string id)
    {
        Key = NewKey(id);
        _published = [Key];
        return Key;
    }

    /// <summary>A signed token with these claims beside <c>iss</c>, <c>aud</c>, <c>iat</c>, <c>nbf</c> and <c>exp</c>; arrays
    /// (string[]) become JSON arrays.</summary>
    public string Issue(
        IDictionary<string, object> claims,
        string audience,
        TimeSpan? lifetime = null,
        DateTimeOffset? expires = null,
        RsaSecurityKey? key = null,
        string? issuer = null)
    {
        var now = DateTimeOffset.UtcNow;
        var until = expires ?? now + (lifetime ?? TimeSpan.FromMinutes(10));
        var from = (until < now ? until : now).UtcDateTime.AddMinutes(-1);
        return _tokens.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = from,
            NotBefore = from,
            Expires = until.UtcDateTime,
            SigningCredentials = new SigningCredentials(key ?? Key, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static Dictionary<string, string> Describe(RsaSecurityKey key)
    {
        var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
        return new Dictionary<string, string>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["alg"] = SecurityAlgorithms.RsaSha256,
            ["kid"] = key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
    }
}
