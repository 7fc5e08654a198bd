using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Store.Graph;

/// <summary>
/// A node as one registry row states it. Resolution points it at a canonical <see cref="NodeRow"/>;
/// links hang on records, so merges and splits only move <see cref="EntityId"/>.
/// </summary>
public sealed class SourceRecord
{
    public long Id { get; set; }

    /// <summary>The registry that stated the record; refs are unique per registry and kind.</summary>
    public required string Registry { get; set; }

    /// <summary>The batch that last stated the record (its attributes are that batch's).</summary>
    public long BatchId { get; set; }

    public required string File { get; set; }

    public int Line { get; set; }

    /// <summary>The registry's own key, unique within its bundle and file.</summary>
    public required string Ref { get; set; }

    public NodeKind Kind { get; set; }

    /// <summary>The canonical entity resolution assigned this record to; null only inside an unfinished ingest.</summary>
    public long? EntityId { get; set; }

    /// <summary>The resolution rule that put the record with its entity (<c>identifier</c>, <c>masked_identifier</c>, …).</summary>
    public string? ResolvedBy { get; set; }

    public required string Name { get; set; }

    public required string NormalizedName { get; set; }

    /// <summary>Identity number (people), credit code (companies, agencies) or the decision's published id.</summary>
    public string? Identifier { get; set; }

    public IdentifierStatus? IdentifierStatus { get; set; }

    public DateOnly? BirthDate { get; set; }

    /// <summary>A birth month published without its day (<c>YYYY-MM</c>); <see cref="BirthDate"/> is then null.</summary>
    public string? BirthMonth { get; set; }

    public Sex? Gender { get; set; }

    public string? Phone { get; set; }

    public string? Address { get; set; }

    public bool? Listed { get; set; }

    public string? RegionCode { get; set; }

    public string? Industry { get; set; }

    public string? Status { get; set; }

    public DateOnly? Founded { get; set; }

    /// <summary>Agencies: industry codes, <c>|</c>-separated.</summary>
    public string? Sectors { get; set; }

    public string? DecisionKind { get; set; }

    public decimal? Amount { get; set; }

    public string? Currency { get; set; }

    public DateOnly? AppliedDate { get; set; }

    public DateOnly? DecidedDate { get; set; }

    public ProcurementMethod? Method { get; set; }

    public int? Bidders { get; set; }

    /// <summary>Columns the format does not define, as a JSON object.</summary>
    public string? Extra { get; set; }
}
