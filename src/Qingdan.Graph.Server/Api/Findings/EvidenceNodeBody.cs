namespace Qingdan.Graph.Server.Api.Findings;

/// <summary>An entity on an evidence path: id, kind word (<c>person</c>…), name.</summary>
public sealed record EvidenceNodeBody
{
    public string Id { get; init; } = string.Empty;

    public string Kind { get; init; } = string.Empty;

    public string? Name { get; init; }
}
