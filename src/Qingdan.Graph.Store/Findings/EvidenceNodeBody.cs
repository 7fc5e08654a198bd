namespace Qingdan.Graph.Store.Findings;

/// <summary>An entity on an evidence path, or a relative behind a finding: id, kind word (<c>person</c>…), name.</summary>
public sealed record EvidenceNodeBody
{
    public string Id { get; init; } = string.Empty;

    public string Kind { get; init; } = string.Empty;

    /// <summary>Its name then; a decision's title, else its kind.</summary>
    public string? Name { get; init; }
}
