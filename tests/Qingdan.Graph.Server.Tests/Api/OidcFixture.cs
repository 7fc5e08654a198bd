using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Server.Tests.Api;

/// <summary>
/// The server of <see cref="ApiFixture"/> with single sign-on on: an <see cref="OidcProvider"/> on another loopback port is
/// its authority (plain HTTP, allowed for loopback), and a token with an unknown key id may refetch the keys after 1 s.
/// </summary>
public sealed class OidcFixture : ApiFixture
{
    public const string Audience = "qingdan-test";

    public OidcProvider Provider { get; private set; } = null!;

    /// <summary>A token of the provider for <paramref name="user"/>, with a role and a scope claim unless null.</summary>
    public string Token(string? role, object? scope = null, string user = "zhang") => Provider.Issue(Claims(role, scope, user), Audience);

    public static Dictionary<string, object> Claims(string? role, object? scope = null, string user = "zhang")
    {
        var claims = new Dictionary<string, object> { ["sub"] = "u-" + user, ["preferred_username"] = user };
        if (role is not null)
        {
            claims["role"] = role;
        }

        if (scope is not null)
        {
            claims["qingdan_scope"] = scope;
        }

        return claims;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Provider.DisposeAsync();
    }

    protected override async Task<IDictionary<string, string?>?> SettingsAsync()
    {
        Provider = await OidcProvider.StartAsync();
        return new Dictionary<string, string?>
        {
            ["Auth:Oidc:Authority"] = Provider.Issuer,
            ["Auth:Oidc:Audience"] = Audience,
            ["Auth:Oidc:RequireHttpsMetadata"] = "false",
            ["Auth:Oidc:RefreshIntervalSeconds"] = "1",
        };
    }
}
