namespace Qingdan.Graph.Core.Graph;

/// <summary>A path: its nodes in order and the links between them (one fewer than the nodes).</summary>
public sealed record GraphPath(IReadOnlyList<int> Nodes, IReadOnlyList<int> Links);
