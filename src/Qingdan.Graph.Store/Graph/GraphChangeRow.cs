namespace Qingdan.Graph.Store.Graph;

/// <summary>
/// An entity the commit of <see cref="Version"/> touched: its node was written, added or dissolved, or a link
/// with it at either end was added, closed, reopened, merged or re-pointed. A snapshot of the version before
/// becomes this version by reloading exactly these entities and the links at them (<see cref="GraphChanges"/>).
/// </summary>
public sealed class GraphChangeRow
{
    /// <summary>The store version the commit made.</summary>
    public long Version { get; set; }

    public long EntityId { get; set; }
}
