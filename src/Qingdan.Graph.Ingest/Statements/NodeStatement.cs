using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Ingest.Statements;

/// <summary>A person, company, agency or decision as one registry row states it.</summary>
public sealed record NodeStatement
{
    public required SourceRef Source { get; init; }

    public required NodeKind Kind { get; init; }

    public required string Ref { get; init; }

    public required string Name { get; init; }

    /// <summary>Identity number, credit code or agency code as normalised (invalid ones kept).</summary>
    public string? Identifier { get; init; }

    public IdentifierStatus? IdentifierStatus { get; init; }

    public DateOnly? BirthDate { get; init; }

    /// <summary>A birth month published without its day (<see cref="BirthDate"/> is then null).</summary>
    public YearMonth? BirthMonth { get; init; }

    public Sex? Gender { get; init; }

    public string? Phone { get; init; }

    public string? Address { get; init; }

    public bool? Listed { get; init; }

    public string? RegionCode { get; init; }

    public string? Industry { get; init; }

    public string? Status { get; init; }

    public DateOnly? Founded { get; init; }

    public IReadOnlyList<string> Sectors { get; init; } = [];

    public string? DecisionKind { get; init; }

    public decimal? Amount { get; init; }

    public string? Currency { get; init; }

    public DateOnly? AppliedDate { get; init; }

    public DateOnly? DecidedDate { get; init; }

    public ProcurementMethod? Method { get; init; }

    public int? Bidders { get; init; }

    /// <summary>Columns the format does not define, kept as they were.</summary>
    public IReadOnlyDictionary<string, string>? Extra { get; init; }

    public NodeRef Key => new(Kind, Ref);
}
