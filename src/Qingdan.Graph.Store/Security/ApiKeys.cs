using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Store.Security;

/// <summary>
/// API keys: <c>qd_&lt;id&gt;_&lt;secret&gt;</c>, 32 random bytes of secret shown once; the store keeps a
/// random salt and SHA-256(salt ‖ secret). A secret of 256 random bits needs no slow hash: there is
/// nothing to guess from a dictionary. Comparison is in constant time.
/// </summary>
public sealed class ApiKeys(StoreConnection connection, TimeProvider time)
{
    public async Task<(ApiKeyRow Key, string Token)> CreateAsync(string name, string role, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!Roles.All.Contains(role))
        {
            throw new ArgumentException($"Unknown role '{role}': one of {string.Join(", ", Roles.All)}.", nameof(role));
        }

        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var salt = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var row = new ApiKeyRow
        {
            Name = name.Trim(),
            Role = role,
            Salt = salt,
            Hash = Hash(salt, secret),
            CreatedAt = time.GetUtcNow().UtcDateTime
        };
        await using var context = connection.CreateContext();
        context.ApiKeys.Add(row);
        await context.SaveChangesAsync(cancellationToken);
        return (row, $"qd_{row.Id}_{secret}");
    }

    public async Task<IReadOnlyList<ApiKeyRow>> ListAsync(CancellationToken cancellationToken)
    {
        await using var context = connection.CreateContext();
        return await context.ApiKeys.AsNoTracking().OrderBy(k => k.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Revokes by id or name; false when no live key matches.</summary>
    public async Task<bool> RevokeAsync(string idOrName, CancellationToken cancellationToken)
    {
        await using var context = connection.CreateContext();
        var now = time.GetUtcNow().UtcDateTime;
        var id = long.TryParse(
            idOrName,
            System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture,
            out var number) ? number : -1;
        var changed = await context.ApiKeys.Where(k => k.RevokedAt == null && (k.Id == id || k.Name == idOrName))
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAt, now), cancellationToken);
        return changed > 0;
    }

    /// <summary>The live key a token stands for, or null for a malformed, unknown, wrong or revoked one.</summary>
    public async Task<ApiKeyRow?> VerifyAsync(string? token, CancellationToken cancellationToken)
    {
        var parts = token?.Split('_', 3);
        if (parts is not ["qd", var idText, var secret] || !long.TryParse(
            idText,
            System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture,
            out var id))
        {
            return null;
        }

        await using var context = connection.CreateContext();
        var row = await context.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (row is null || row.RevokedAt is not null)
        {
            return null;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(row.Salt, secret)), Encoding.ASCII.GetBytes(row.Hash))
            ? row
            : null;
    }

    private static string Hash(string salt, string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(salt + secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '-');
}
