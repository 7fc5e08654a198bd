namespace Qingdan.Graph.Store.Findings;

/// <summary>The registry row an evidence link comes from.</summary>
public sealed record EvidenceSourceBody
{
    public string Bundle { get; init; } = string.Empty;

    public string File { get; init; } = string.Empty;

    public int Line { get; init; }
}
