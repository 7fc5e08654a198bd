namespace Qingdan.Graph.Store.Cases;

/// <summary>An investigation: the findings and entities it groups, who works it, and its history.</summary>
public sealed class CaseRow
{
    public long Id { get; set; }

    /// <summary><c>k_</c> and the id.</summary>
    public string Name => $"k_{Id}";

    public required string Title { get; set; }

    public string? Description { get; set; }

    public CaseStatus Status { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>The creator's <see cref="Security.AccessScope"/>, canonical form; null for unscoped.</summary>
    public string? Scope { get; set; }
}
