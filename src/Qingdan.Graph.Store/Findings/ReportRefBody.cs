namespace Qingdan.Graph.Store.Findings;

/// <summary>REP: the personal-matters report that left an interest out, with the row that stated it.</summary>
public sealed record ReportRefBody
{
    /// <summary>The report's id in the hub (<c>pr_12</c>).</summary>
    public string Id { get; init; } = string.Empty;

    public string Registry { get; init; } = string.Empty;

    /// <summary>The registry's own key for the report.</summary>
    public string Ref { get; init; } = string.Empty;

    /// <summary>The day the report describes.</summary>
    public DateOnly ReportDate { get; init; }

    public EvidenceSourceBody Source { get; init; } = new();
}
