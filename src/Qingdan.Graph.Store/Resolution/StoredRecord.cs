using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Store.Resolution;

/// <summary>A source record as the canonical-entity builder reads it.</summary>
/// <remarks>
/// Not the ingest's <see cref="Qingdan.Graph.Ingest.Statements.NodeStatement"/>, though the attributes are the same:
/// a statement is what a registry row says, typed as the reader parsed it (sectors a list, method an enum,
/// birth month a <see cref="YearMonth"/>), with the row it came from and the columns the format does not
/// define, and no store identity. This is a <c>source_records</c> row once stored: it has the record's id,
/// batch and natural key (the order <see cref="CanonicalNode"/> picks the best record in), lacks source
/// and extra columns, and keeps the values in the store's text so that the canonical builder copies them
/// into <c>nodes</c> as they are, never parsing back what it would only write again. A record of the batch
/// being ingested becomes one through <c>NewRecord.Stored()</c>.
/// </remarks>
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
