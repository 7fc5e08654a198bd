using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Store.Graph;

namespace Qingdan.Graph.Server.Api;

/// <summary>
/// The snapshot one request reads: taken once, on first use, so that every field of a response
/// comes from the same version of the graph even if an ingest swaps in a newer one meanwhile.
/// </summary>
public sealed class RequestGraph(SnapshotProvider snapshots)
{
    private GraphSnapshot? _snapshot;

    public async ValueTask<GraphSnapshot> SnapshotAsync(CancellationToken cancellationToken) =>
        _snapshot ??= await snapshots.GetAsync(cancellationToken);

    /// <summary>The node an id (<c>p_12</c>, <c>c_7</c>…) names, or null when the graph has no such node.</summary>
    public async ValueTask<NodeRef?> NodeAsync(string? id, CancellationToken cancellationToken)
    {
        if (!EntityId.TryParse(id, out var entity))
        {
            return null;
        }

        var snapshot = await SnapshotAsync(cancellationToken);
        var index = snapshot.IndexOf(entity.Value);
        return index < 0 ? null : new NodeRef(snapshot, index);
    }

    /// <summary>Like <see cref="NodeAsync"/>, but a missing node is an error naming the id.</summary>
    public async ValueTask<NodeRef> RequireAsync(string id, CancellationToken cancellationToken) =>
        await NodeAsync(id, cancellationToken) ?? throw new GraphQL.ExecutionError(
            $"No entity '{id}' in the graph (ids look like p_12, c_7, a_3, d_40).")
        { Code = "NOT_FOUND" };
}

/// <summary>A node of a snapshot, as the schema's entity types resolve it.</summary>
public sealed record NodeRef(GraphSnapshot Snapshot, int Index)
{
    /// <summary>Set when the node is outside the caller's scope and drawn redacted: what stands for its id in this response
    /// (<c>hidden_1</c>…); its name is a label and every other field empty (docs/security.md "Scopes").</summary>
    public string? Placeholder { get; init; }

    public EntityId Id => Snapshot.IdOf(Index);

    public NodeKind Kind => Snapshot.KindOf(Index);

    public object Node => Snapshot.NodeOf(Index);
}

/// <summary>A link of a snapshot.</summary>
public sealed record LinkRef(GraphSnapshot Snapshot, int Link)
{
    public SnapshotLink Fact => Snapshot.FactOf(Link);

    public NodeRef From => new(Snapshot, Snapshot.FromOf(Link));

    public NodeRef To => new(Snapshot, Snapshot.ToOf(Link));
}
