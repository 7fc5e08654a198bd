namespace Qingdan.Graph.Ingest.Bundles;

/// <summary>A bundle's <c>manifest.json</c>.</summary>
public sealed record Manifest
{
    /// <summary>The source's name; refs are scoped by it.</summary>
    public required string Registry { get; init; }

    public string? Source { get; init; }

    public DateOnly? AsOf { get; init; }

    /// <summary><c>utf-8</c> or <c>gb18030</c>.</summary>
    public string Encoding { get; init; } = "utf-8";

    /// <summary>The bundle's id, cited in provenance; default the folder's name.</summary>
    public required string Id { get; init; }

    /// <summary>True for <c>"mode": "snapshot"</c>.</summary>
    public bool IsSnapshot { get; init; }
}
