using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Ingest.Resolution;

/// <summary>What resolution reads of one source record.</summary>
/// <param name="Id">The record's store id.</param>
/// <param name="Kind">Person, company, agency or decision.</param>
/// <param name="NaturalKey">Registry and ref: orders records the same way whatever order they arrived in.</param>
/// <param name="NormalizedName">The name under <see cref="Core.Text.NameNormalizer"/>.</param>
/// <param name="Identifier">Identity number or credit code as normalised; null when none.</param>
/// <param name="IdentifierStatus">Valid, masked or invalid.</param>
/// <param name="BirthDate">Stated, else decoded from the identity number.</param>
/// <param name="Gender">Stated, else decoded from the identity number.</param>
public sealed record ResolutionRecord(
    long Id,
    NodeKind Kind,
    string NaturalKey,
    string NormalizedName,
    string? Identifier,
    IdentifierStatus? IdentifierStatus,
    DateOnly? BirthDate,
    Sex? Gender)
{
    /// <summary>A birth month known without its day (mapping.md "Partial dates"); null when <see cref="BirthDate"/> is known.</summary>
    public YearMonth? BirthMonth { get; init; }

    public bool HasValidIdentifier => IdentifierStatus == Core.Identifiers.IdentifierStatus.Valid && Identifier is not null;

    public bool HasMaskedIdentifier => IdentifierStatus == Core.Identifiers.IdentifierStatus.Masked && Identifier is not null;
}
