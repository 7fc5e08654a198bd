using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Store.Graph;

/// <summary>A canonical decision.</summary>
public sealed class DecisionRow : NodeRow
{
    public required string DecisionKind { get; set; }

    public decimal? Amount { get; set; }

    public string? Currency { get; set; }

    public DateOnly? AppliedDate { get; set; }

    public DateOnly DecidedDate { get; set; }

    public ProcurementMethod? Method { get; set; }

    public int? Bidders { get; set; }
}
