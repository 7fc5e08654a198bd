using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Store.Resolution;

/// <summary>A source record as the canonical-entity builder reads it.</summary>
internal sealed record StoredRecord
{
    public required long Id { get; init; }

    public required NodeKind Kind { get; init; }

    public required string NaturalKey { get; init; }

    public required long BatchId { get; init; }

    public required string Name { get; init; }

    /// <summary>The name under NameNormalizer when it is at hand (a record of this batch); else computed from <see cref="Name"/>.</summary>
    public string? NormalizedName { get; init; }

    public string? Identifier { get; init; }

    public IdentifierStatus? IdentifierStatus { get; init; }

    public DateOnly? BirthDate { get; init; }

    public string? BirthMonth { get; init; }

    public Sex? Gender { get; init; }

    public string? Phone { get; init; }

    public string? Address { get; init; }

    public bool? Listed { get; init; }

    public string? RegionCode { get; init; }

    public string? Industry { get; init; }

    public string? Status { get; init; }

    public DateOnly? Founded { get; init; }

    public string? Sectors { get; init; }

    public string? DecisionKind { get; init; }

    public decimal? Amount { get; init; }

    public string? Currency { get; init; }

    public DateOnly? AppliedDate { get; init; }

    public DateOnly? DecidedDate { get; init; }

    public string? Method { get; init; }

    public int? Bidders { get; init; }
}
