namespace Qingdan.Graph.Store.Security;

/// <summary>An API key: its name and role, and only a salted hash of its secret.</summary>
public sealed class ApiKeyRow
{
    public long Id { get; set; }

    public required string Name { get; set; }

    /// <summary><c>investigator</c>, <c>analyst</c> or <c>admin</c>.</summary>
    public required string Role { get; set; }

    /// <summary>Random salt, hex.</summary>
    public required string Salt { get; set; }

    /// <summary>SHA-256 of salt and secret, hex.</summary>
    public required string Hash { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    /// <summary>What the key may read (<see cref="AccessScope"/>, canonical form); null for unscoped.</summary>
    public string? Scope { get; set; }

    /// <summary>When the key stops working; null for never.</summary>
    public DateTime? ExpiresAt { get; set; }

    /// <summary>When a request last presented the key (kept to the minute), and from where.</summary>
    public DateTime? LastUsedAt { get; set; }

    public string? LastUsedAddress { get; set; }

    /// <summary>The secret before the last rotation, still accepted until <see cref="PreviousValidUntil"/>.</summary>
    public string? PreviousSalt { get; set; }

    public string? PreviousHash { get; set; }

    public DateTime? PreviousValidUntil { get; set; }
}
