using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Ingest.Statements;

/// <summary>A registry's own key for a node: unique per registry and kind.</summary>
public readonly record struct NodeRef(NodeKind Kind, string Ref)
{
    /// <inheritdoc />
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()} '{Ref}'";
}
