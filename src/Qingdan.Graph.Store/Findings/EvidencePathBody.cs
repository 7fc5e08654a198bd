namespace Qingdan.Graph.Store.Findings;

/// <summary>One evidence path as the sweep saw it (RULES.md "Evidence").</summary>
public sealed record EvidencePathBody
{
    public string Shows { get; init; } = string.Empty;

    public DateOnly? On { get; init; }

    public IReadOnlyList<EvidenceNodeBody> Nodes { get; init; } = [];

    public IReadOnlyList<EvidenceLinkBody> Links { get; init; } = [];

    /// <summary>REP: the report that left out what the path shows (written on REP paths only).</summary>
    public ReportRefBody? Report { get; init; }
}
