namespace Qingdan.Graph.Store.Security;

/// <summary>One look at the data, append-only (a trigger refuses UPDATE and DELETE): who, when, what, which entities, from where.</summary>
public sealed class AuditRow
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    /// <summary>The key's name, or the operating-system user for the command line.</summary>
    public required string Actor { get; set; }

    public required string Role { get; set; }

    /// <summary>The GraphQL operation (its name and root fields) or the command.</summary>
    public required string Operation { get; set; }

    /// <summary>The entity and finding ids read, space-separated.</summary>
    public required string Entities { get; set; }

    /// <summary>The client's address, or <c>cli</c>.</summary>
    public required string Address { get; set; }

    /// <summary>SHA-256(previous row's hash ‖ this row's canonical form), hex: the chain <c>qingdan audit verify</c> checks;
    /// null on rows written before the chain began.</summary>
    public string? Hash { get; set; }
}
