namespace Qingdan.Graph.Server.Api.Security;

/// <summary>
/// <c>Auth:Oidc</c>: bearer tokens from an OpenID Connect provider beside the API keys (docs/security.md "Single sign-on").
/// Off while <see cref="Authority"/> is unset.
/// </summary>
public sealed class OidcOptions
{
    public const string Section = "Auth:Oidc";

    /// <summary>The provider's issuer URL; its discovery document is <c>{Authority}/.well-known/openid-configuration</c>.</summary>
    public string? Authority { get; set; }

    /// <summary>The <c>aud</c> a token must carry: the client id the provider issues tokens for this server under.</summary>
    public string? Audience { get; set; }

    /// <summary>The claim holding the Qingdan role (investigator, analyst or admin).</summary>
    public string RoleClaim { get; set; } = "role";

    /// <summary>The claim holding the scope: a string of region prefixes and agency ids, space- or comma-separated, or an
    /// array of them.</summary>
    public string ScopeClaim { get; set; } = "qingdan_scope";

    /// <summary>Discovery and keys over HTTPS only; false is allowed for a loopback authority alone.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The least time between two fetches of the discovery document and keys that a token with an unknown key id
    /// asks for (the handler's default: 300 s; at least 1 s).</summary>
    public int? RefreshIntervalSeconds { get; set; }

    /// <summary>How often the discovery document and keys are fetched anyway (the handler's default: 12 h; at least 5 min).</summary>
    public int? AutomaticRefreshIntervalSeconds { get; set; }

    /// <summary>How far past <c>exp</c> (and before <c>nbf</c>) a token is still taken, for clocks that differ.</summary>
    public int ClockSkewSeconds { get; set; } = 30;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);

    /// <summary>What is wrong with these settings, one sentence each; empty when OIDC is off or they can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        if (!Enabled)
        {
            return [];
        }

        var problems = new List<string>();
        if (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority)
            || (authority.Scheme != Uri.UriSchemeHttps && authority.Scheme != Uri.UriSchemeHttp))
        {
            problems.Add($"Auth:Oidc:Authority '{Authority}' is not an http:// or https:// URL.");
        }
        else if (!RequireHttpsMetadata && !authority.IsLoopback)
        {
            problems.Add($"Auth:Oidc:RequireHttpsMetadata is false but the authority {authority.Host} is not a loopback address: "
                + "discovery and keys fetched over plain HTTP from another host could be forged. Use https://, or a loopback authority.");
        }
        else if (RequireHttpsMetadata && authority.Scheme != Uri.UriSchemeHttps)
        {
            problems.Add($"Auth:Oidc:Authority '{Authority}' is not https://: use https://, or for a provider on this machine "
                + "(localhost, 127.0.0.1, [::1]) set Auth:Oidc:RequireHttpsMetadata=false.");
        }

        if (string.IsNullOrWhiteSpace(Audience))
        {
            problems.Add(
                "Auth:Oidc:Audience is needed with Auth:Oidc:Authority: the client id the provider issues this server's tokens for.");
        }

        if (string.IsNullOrWhiteSpace(RoleClaim))
        {
            problems.Add("Auth:Oidc:RoleClaim is empty: name the claim that carries the role (default 'role').");
        }

        if (string.IsNullOrWhiteSpace(ScopeClaim))
        {
            problems.Add("Auth:Oidc:ScopeClaim is empty: name the claim that carries the scope (default 'qingdan_scope').");
        }

        if (RefreshIntervalSeconds is < 1)
        {
            problems.Add($"Auth:Oidc:RefreshIntervalSeconds is {RefreshIntervalSeconds}: at least 1.");
        }

        if (AutomaticRefreshIntervalSeconds is < 300)
        {
            problems.Add($"Auth:Oidc:AutomaticRefreshIntervalSeconds is {AutomaticRefreshIntervalSeconds}: at least 300.");
        }

        if (ClockSkewSeconds is < 0 or > 600)
        {
            problems.Add($"Auth:Oidc:ClockSkewSeconds is {ClockSkewSeconds}: between 0 and 600.");
        }

        return problems;
    }
}
