using GraphQL.Types;
using Qingdan.Graph.Core.Graph;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>One path between two entities.</summary>
public sealed class PathType : ObjectGraphType<(GraphSnapshot Snapshot, GraphPath Path)>
{
    public PathType()
    {
        Name = "Path";
        Description = "A simple path between two entities: its entities and the links between them, in order.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityType>>>>("nodes").Description(
            "The entities along the path, from the first to the last.")
            .Resolve(c => c.Source.Path.Nodes.Select(n => new NodeRef(c.Source.Snapshot, n)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactType>>>>("links").Description(
            "The links between them: link i joins nodes i and i + 1.")
            .Resolve(c => c.Source.Path.Links.Select(l => new LinkRef(c.Source.Snapshot, l)));
    }
}
