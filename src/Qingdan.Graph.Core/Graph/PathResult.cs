namespace Qingdan.Graph.Core.Graph;

/// <summary>The paths found, shortest first, and whether the count cap cut the list.</summary>
public sealed record PathResult(IReadOnlyList<GraphPath> Paths, bool Truncated);
