using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Store.Security;

/// <summary>
/// API keys: <c>qd_&lt;id&gt;_&lt;secret&gt;</c>, 32 random bytes of secret shown once; the store keeps a
/// random salt and SHA-256(salt ‖ secret). A secret of 256 random bits needs no slow hash: there is
/// nothing to guess from a dictionary. Comparison is in constant time. A key may carry a scope and an expiry;
/// rotation gives it a new secret and keeps the old one valid for a grace period; its last use is kept to the minute.
/// </summary>
public sealed class ApiKeys(StoreConnection connection, TimeProvider time)
{
    /// <summary>The minute each key's last use was written in, by this process: at most one write a key a minute.</summary>
    private readonly ConcurrentDictionary<long, DateTime> _usesWritten = new();

    public Task<(ApiKeyRow Key, string Token)> CreateAsync(string name, string role, CancellationToken cancellationToken) =>
        CreateAsync(name, role, scope: null, expiresAt: null, cancellationToken);

    /// <summary>A new key; <paramref name="scope"/> null for unscoped, <paramref name="expiresAt"/> null for never (else in the
    /// future).</summary>
    public async Task<(ApiKeyRow Key, string Token)> CreateAsync(
        string name,
        string role,
        AccessScope? scope,
        DateTimeOffset? expiresAt,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!Roles.All.Contains(role))
        {
            throw new ArgumentException($"Unknown role '{role}': one of {string.Join(", ", Roles.All)}.", nameof(role));
        }

        var now = time.GetUtcNow();
        if (expiresAt <= now)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The expiry {expiresAt:yyyy-MM-dd HH:mm}Z is not in the future."),
                nameof(expiresAt));
        }

        var (salt, secret, hash) = NewSecret();
        var row = new ApiKeyRow
        {
            Name = name.Trim(),
            Role = role,
            Salt = salt,
            Hash = hash,
            CreatedAt = now.UtcDateTime,
            Scope = scope?.ToString(),
            ExpiresAt = expiresAt?.UtcDateTime
        };
        await using var context = connection.CreateContext();
        context.ApiKeys.Add(row);
        await context.SaveChangesAsync(cancellationToken);
        return (row, Token(row.Id, secret));
    }

    public async Task<IReadOnlyList<ApiKeyRow>> ListAsync(CancellationToken cancellationToken)
    {
        await using var context = connection.CreateContext();
        return await context.ApiKeys.AsNoTracking().OrderBy(k => k.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Revokes by id or name, both its secrets; false when no live key matches.</summary>
    public async Task<bool> RevokeAsync(string idOrName, CancellationToken cancellationToken)
    {
        await using var context = connection.CreateContext();
        var now = time.GetUtcNow().UtcDateTime;
        var id = IdOf(idOrName);
        var changed = await context.ApiKeys.Where(k => k.RevokedAt == null && (k.Id == id || k.Name == idOrName))
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAt, now), cancellationToken);
        return changed > 0;
    }

    /// <summary>
    /// A new secret for the live (neither revoked nor expired) key with this id or name; the secret it had stays valid for
    /// <paramref name="grace"/> (none when zero), replacing any secret kept from an earlier rotation. Null when no live key
    /// matches; an <see cref="ArgumentException"/> when the name matches several.
    /// </summary>
    public async Task<(ApiKeyRow Key, string Token)?> RotateAsync(string idOrName, TimeSpan grace, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(grace, TimeSpan.Zero);
        var now = time.GetUtcNow().UtcDateTime;
        var id = IdOf(idOrName);
        await using var context = connection.CreateContext();
        var live = await context.ApiKeys
            .Where(k => k.RevokedAt == null && (k.ExpiresAt == null || k.ExpiresAt > now) && (k.Id == id || k.Name == idOrName))
            .ToListAsync(cancellationToken);
        var row = live.Find(k => k.Id == id) ?? (live.Count switch
        {
            0 => null,
            1 => live[0],
            _ => throw new ArgumentException(
                $"'{idOrName}' names {live.Count} live keys (ids {string.Join(", ", live.Select(k => k.Id))}); rotate one by its id.",
                nameof(idOrName))
        });
        if (row is null)
        {
            return null;
        }

        var oldHash = row.Hash;
        var keep = grace > TimeSpan.Zero;
        var (salt, secret, hash) = NewSecret();
        row.PreviousSalt = keep ? row.Salt : null;
        row.PreviousHash = keep ? row.Hash : null;
        row.PreviousValidUntil = keep ? now + grace : null;
        row.Salt = salt;
        row.Hash = hash;

        // Conditional on the hash read: of two rotations at once, one wins and the other is told, so that no printed secret is dead.
        var changed = await context.ApiKeys.Where(k => k.Id == row.Id && k.Hash == oldHash && k.RevokedAt == null)
            .ExecuteUpdateAsync(
                s => s.SetProperty(k => k.Salt, row.Salt)
                    .SetProperty(k => k.Hash, row.Hash)
                    .SetProperty(k => k.PreviousSalt, row.PreviousSalt)
                    .SetProperty(k => k.PreviousHash, row.PreviousHash)
                    .SetProperty(k => k.PreviousValidUntil, row.PreviousValidUntil),
                cancellationToken);
        if (changed == 0)
        {
            throw new InvalidOperationException($"Key {row.Id} was rotated or revoked while this rotation ran; nothing was changed.");
        }

        return (row, Token(row.Id, secret));
    }

    /// <summary>The live key a token stands for, or null for a malformed, unknown, wrong, revoked or expired one.</summary>
    public async Task<ApiKeyRow?> VerifyAsync(string? token, CancellationToken cancellationToken) =>
        await CheckAsync(token, cancellationToken) is { Expired: false } check ? check.Key : null;

    /// <summary>
    /// The key a token's secret (its current one, or the one before the last rotation within the grace period) matches, with
    /// whether it has expired; null for a malformed, unknown, wrong or revoked token. Expiry is told only to a holder of the secret.
    /// </summary>
    public async Task<ApiKeyCheck?> CheckAsync(string? token, CancellationToken cancellationToken)
    {
        var parts = token?.Split('_', 3);
        if (parts is not ["qd", var idText, var secret] || IdOf(idText) is not (> 0 and var id))
        {
            return null;
        }

        await using var context = connection.CreateContext();
        var row = await context.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (row is null || row.RevokedAt is not null)
        {
            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var current = Matches(row.Salt, row.Hash, secret);
        var previous = row is { PreviousSalt: { } oldSalt, PreviousHash: { } oldHash } && row.PreviousValidUntil > now
            && Matches(oldSalt, oldHash, secret);
        return current || previous ? new ApiKeyCheck(row, row.ExpiresAt <= now) : null;
    }

    /// <summary>Whether <see cref="RecordUseAsync"/> would write now: neither the row nor this process has noted this minute's use
    /// yet. A cheap check, so that a caller need not start a write that ends at once.</summary>
    public bool UseIsDue(ApiKeyRow key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var minute = CurrentMinute();
        return !(key.LastUsedAt >= minute) && !(_usesWritten.TryGetValue(key.Id, out var last) && last >= minute);
    }

    /// <summary>
    /// Notes that a request from <paramref name="address"/> presented the key: written to the minute, at most once a key a
    /// minute (false when this minute is already written). A failure is thrown, and the next use tries again.
    /// </summary>
    public async Task<bool> RecordUseAsync(ApiKeyRow key, string? address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var minute = CurrentMinute();
        if (key.LastUsedAt >= minute)
        {
            return false;
        }

        var had = _usesWritten.TryGetValue(key.Id, out var last);
        if (had ? last >= minute || !_usesWritten.TryUpdate(key.Id, minute, last) : !_usesWritten.TryAdd(key.Id, minute))
        {
            return false;
        }

        var at = address is { Length: > 100 } ? address[..100] : address;
        try
        {
            await using var context = connection.CreateContext();
            await context.ApiKeys.Where(k => k.Id == key.Id && (k.LastUsedAt == null || k.LastUsedAt < minute))
                .ExecuteUpdateAsync(
                    s => s.SetProperty(k => k.LastUsedAt, minute).SetProperty(k => k.LastUsedAddress, at),
                    cancellationToken);
            return true;
        }
        catch
        {
            if (had)
            {
                _usesWritten.TryUpdate(key.Id, last, minute);
            }
            else
            {
                _usesWritten.TryRemove(new KeyValuePair<long, DateTime>(key.Id, minute));
            }

            throw;
        }
    }

    private static long IdOf(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : -1;

    private static (string Salt, string Secret, string Hash) NewSecret()
    {
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var salt = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        return (salt, secret, Hash(salt, secret));
    }

    private static string Token(long id, string secret) => string.Create(CultureInfo.InvariantCulture, $"qd_{id}_{secret}");

    private static bool Matches(string salt, string hash, string secret) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(salt, secret)), Encoding.ASCII.GetBytes(hash));

    private static string Hash(string salt, string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(salt + secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '-');

    private DateTime CurrentMinute()
    {
        var now = time.GetUtcNow().UtcDateTime;
        return new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerMinute), DateTimeKind.Utc);
    }
}
