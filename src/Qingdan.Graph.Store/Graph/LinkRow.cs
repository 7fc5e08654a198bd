using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Store.Graph;

/// <summary>
/// One link as one registry row states it. Endpoints are kept twice: the records the row named
/// (the fact) and the canonical entities they resolve to (derived, rewritten on merge and split,
/// so graph queries need no join through records).
/// </summary>
public sealed class LinkRow
{
    public long Id { get; set; }

    /// <summary>The registry that stated the link.</summary>
    public required string Registry { get; set; }

    /// <summary>
    /// 128-bit hash of the registry and what the row states (kind, refs, interval, properties): the same fact stated again by
    /// the same registry is this row, not a new one.
    /// </summary>
    public required Guid FactKey { get; set; }

    public LinkKind Kind { get; set; }

    public long FromRecordId { get; set; }

    public long ToRecordId { get; set; }

    public long FromEntityId { get; set; }

    public long ToEntityId { get; set; }

    /// <summary>First valid day; for a transaction, its date.</summary>
    public DateOnly? StartDate { get; set; }

    /// <summary>Last valid day; for a transaction, its <c>end_date</c> (not read by the rules).</summary>
    public DateOnly? EndDate { get; set; }

    /// <summary>The link's word, in snake case: relation, associate kind, role, participation role or transaction kind.</summary>
    public string? Detail { get; set; }

    /// <summary>Ownership share as a fraction.</summary>
    public double? Share { get; set; }

    /// <summary>Transaction amount, or subscribed capital of an ownership.</summary>
    public decimal? Amount { get; set; }

    public decimal? MonthlySalary { get; set; }

    public bool? Nominal { get; set; }

    public string? Title { get; set; }

    public string? Rank { get; set; }

    /// <summary>Position powers, <c>|</c>-separated decision kinds.</summary>
    public string? Powers { get; set; }

    /// <summary>Associate basis or transaction note.</summary>
    public string? Note { get; set; }

    /// <summary>Columns the format does not define, as a JSON object.</summary>
    public string? Extra { get; set; }

    public long BatchId { get; set; }

    public required string File { get; set; }

    public int Line { get; set; }

    /// <summary>The end date as the registry stated it; <see cref="EndDate"/> differs when a snapshot closed the link.</summary>
    public DateOnly? StatedEndDate { get; set; }

    /// <summary>The latest <c>as_of</c> of the registry's bundles that stated the link.</summary>
    public DateOnly? LastStatedAsOf { get; set; }

    /// <summary>The snapshot batch that closed this link at its <c>as_of</c> because the registry no longer stated it.</summary>
    public long? ClosedByBatchId { get; set; }
}
