using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Store.Graph;

/// <summary>A canonical entity; one table for all four kinds, a subclass per kind.</summary>
public abstract class NodeRow
{
    public long Id { get; set; }

    public NodeKind Kind { get; set; }

    public required string Name { get; set; }

    public required string NormalizedName { get; set; }
}
