namespace Qingdan.Graph.Core.Graph;

public sealed partial class GraphSnapshot
{
    // The footprint of the computation running on this thread: every node whose adjacency it read. Thread-static
    // because the rule engine runs one official's scan on one thread (Parallel.For), so a scan's reads need no lock
    // and other threads' traversals (the API's) are not recorded.
    [ThreadStatic]
    private static HashSet<int>? _footprint;

    /// <summary>
    /// Starts recording, on this thread, every node whose links <see cref="Outgoing"/> or <see cref="Incoming"/>
    /// is asked for, into <paramref name="nodes"/> (null stops recording). Returns the set recorded into before,
    /// so that a caller can restore it.
    /// </summary>
    internal static HashSet<int>? RecordFootprint(HashSet<int>? nodes)
    {
        var before = _footprint;
        _footprint = nodes;
        return before;
    }

    // Every read of adjacency passes here: the whole of what a scan can see is these nodes, their links and the
    // links' other ends (docs/engine.md "Incremental sweeps").
    private static void Footprint(int node) => _footprint?.Add(node);
}
