using Qingdan.Graph.Core.Identifiers;

namespace Qingdan.Graph.Store.Graph;

/// <summary>A canonical person.</summary>
public sealed class PersonRow : NodeRow
{
    public string? IdNumber { get; set; }

    public IdentifierStatus? IdNumberStatus { get; set; }

    public DateOnly? BirthDate { get; set; }

    /// <summary>The birth month (<c>YYYY-MM</c>) when no record gives the day.</summary>
    public string? BirthMonth { get; set; }

    public Sex? Gender { get; set; }

    public string? Phone { get; set; }

    public string? Address { get; set; }
}
