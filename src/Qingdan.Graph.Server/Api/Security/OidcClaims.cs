using System.Security.Claims;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Server.Api.Security;

/// <summary>
/// A validated token's claims as the principal the rest of the server reads (what an API key gives): the name
/// <c>oidc:</c> + <c>preferred_username</c> (else <c>name</c>, else <c>sub</c>), the role from
/// <see cref="OidcOptions.RoleClaim"/>, the scope from <see cref="OidcOptions.ScopeClaim"/> in its canonical form. A token
/// with no Qingdan role or a scope that does not parse is valid but may do nothing: its principal carries
/// <see cref="DeniedClaim"/>, which the endpoint's policy refuses with 403.
/// </summary>
public static class OidcClaims
{
    /// <summary>Why a valid token may not be used; present only on such a token's principal.</summary>
    public const string DeniedClaim = "qingdan:denied";

    /// <summary>Marks the actor in the audit log (and the rate limiter's partition) as signed in by the provider.</summary>
    public const string ActorPrefix = "oidc:";

    /// <summary>Strongest first: a token carrying several Qingdan roles acts with the strongest.</summary>
    private static readonly string[] Strength = [Roles.Admin, Roles.Investigator, Roles.Analyst];

    private static readonly char[] Separators = [',', ' ', '\t', '\n', '\r'];

    public static ClaimsPrincipal Map(ClaimsPrincipal token, OidcOptions options)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(options);
        var user = First(token, "preferred_username") ?? First(token, "name") ?? First(token, "sub");
        var name = ActorPrefix + (user ?? "unknown");
        if (user is null)
        {
            return Denied(name, "The token carries none of preferred_username, name or sub: the audit log could not name its holder.");
        }

        var given = token.FindAll(options.RoleClaim)
            .SelectMany(c => c.Value.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        var role = Strength.FirstOrDefault(r => given.Contains(r, StringComparer.OrdinalIgnoreCase));
        if (role is null)
        {
            return Denied(name, given.Count == 0
                ? $"The token carries no Qingdan role: its '{options.RoleClaim}' claim is missing (Auth:Oidc:RoleClaim). " +
                    "The identity provider must give it one of investigator, analyst or admin."
                : $"The token carries no Qingdan role: its '{options.RoleClaim}' claim holds " +
                    $"{string.Join(", ", given.Select(g => $"'{g}'"))}, none of investigator, analyst or admin.");
        }

        var claims = new List<Claim> { new(ClaimTypes.Name, name), new(ClaimTypes.Role, role) };
        var scopes = token.FindAll(options.ScopeClaim).Select(c => c.Value).ToList();
        if (scopes.Count > 0)
        {
            AccessScope? scope;
            try
            {
                scope = AccessScope.Parse(string.Join(',', scopes));
            }
            catch (FormatException bad)
            {
                return Denied(name, $"The token's '{options.ScopeClaim}' claim is not a scope: {bad.Message}");
            }

            if (scope is null)
            {
                // An empty claim is not taken for "unscoped": a blank attribute at the provider must not open everything.
                return Denied(name, $"The token's '{options.ScopeClaim}' claim is empty; leave the claim out for an unscoped holder.");
            }

            claims.Add(new Claim(Access.ScopeClaim, scope.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, OidcAuthentication.SchemeName));
    }

    /// <summary>Why a principal may not be used, or null.</summary>
    public static string? DenialOf(ClaimsPrincipal? user) => user?.FindFirst(DeniedClaim)?.Value;

    private static string? First(ClaimsPrincipal token, string type)
        => token.FindFirst(type)?.Value.Trim() is { Length: > 0 } value ? value : null;

    private static ClaimsPrincipal Denied(string name, string why) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, name), new Claim(DeniedClaim, why)],
        OidcAuthentication.SchemeName));
}
