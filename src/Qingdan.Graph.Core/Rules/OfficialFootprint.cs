namespace Qingdan.Graph.Core.Rules;

/// <summary>
/// What one official's scan read: the nodes whose links it asked for (sorted node indexes), and the salary medians
/// it consulted, found or not. Nothing else of the snapshot can reach its findings (docs/engine.md "Incremental
/// sweeps"): the scan sees these nodes, their links, and the links' other ends.
/// </summary>
public sealed record OfficialFootprint(int Official, IReadOnlyList<int> Nodes, IReadOnlyList<MedianKey> Medians);
