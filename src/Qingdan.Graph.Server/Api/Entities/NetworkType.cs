using GraphQL.Types;
using Qingdan.Graph.Core.Graph;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>An entity's surroundings.</summary>
public sealed class NetworkType : ObjectGraphType<(GraphSnapshot Snapshot, NeighbourhoodResult Result)>
{
    public NetworkType()
    {
        Name = "Network";
        Description = "An entity's surroundings: the entities and links within the hops asked for, and what the cap left out.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityType>>>>("nodes").Description(
            "The entities reached, the one asked about first.")
            .Resolve(c => c.Source.Result.Nodes.Select(n => new NodeRef(c.Source.Snapshot, n)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactType>>>>("links").Description("The links between them.")
            .Resolve(c => c.Source.Result.Links.Select(l => new LinkRef(c.Source.Snapshot, l)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MoreType>>>>("more").Description(
            "Links past the cap, counted per node and kind (\"and N more\").")
            .Resolve(
                c => c.Source.Result.More.SelectMany(m => m.Value.Select(k => (new NodeRef(c.Source.Snapshot, m.Key), k.Key, k.Value))));
    }
}
