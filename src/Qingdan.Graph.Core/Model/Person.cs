using Qingdan.Graph.Core.Identifiers;

namespace Qingdan.Graph.Core.Model;

/// <summary>A canonical person: what resolution made of every record that names them.</summary>
public sealed record Person
{
    public required EntityId Id { get; init; }

    public required string Name { get; init; }

    /// <summary>The best identity number known: a valid one where any record gives it.</summary>
    public IdentityNumber? IdNumber { get; init; }

    public DateOnly? BirthDate { get; init; }

    /// <summary>The birth month when the registries give only the month (a partial date).</summary>
    public YearMonth? BirthMonth { get; init; }

    public Sex? Gender { get; init; }

    public string? Phone { get; init; }

    public string? Address { get; init; }
}
