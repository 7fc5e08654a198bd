using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Graph;

/// <summary>
/// A node's surroundings to n hops: the nodes and links shown, and for each node how many more links
/// of each kind there were past the cap ("and N more").
/// </summary>
public sealed record NeighbourhoodResult(
    IReadOnlyList<int> Nodes,
    IReadOnlyList<int> Links,
    IReadOnlyDictionary<int, IReadOnlyDictionary<LinkKind, int>> More);
