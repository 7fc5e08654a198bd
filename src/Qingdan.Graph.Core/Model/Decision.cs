namespace Qingdan.Graph.Core.Model;

/// <summary>An award, licence, approval or other decision about an enterprise.</summary>
public sealed record Decision
{
    public required EntityId Id { get; init; }

    /// <summary>An open word; <see cref="DecisionKinds.InScopeOfNl9"/> lists the kinds NL9 reads.</summary>
    public required string Kind { get; init; }

    public string? Title { get; init; }

    public decimal? Amount { get; init; }

    /// <summary>ISO 4217 code as published; null means yuan.</summary>
    public string? Currency { get; init; }

    public DateOnly? AppliedDate { get; init; }

    public required DateOnly DecidedDate { get; init; }

    public ProcurementMethod? Method { get; init; }

    /// <summary>The number of tenderers.</summary>
    public int? Bidders { get; init; }
}
