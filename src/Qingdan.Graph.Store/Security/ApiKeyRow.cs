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
}
