using GraphQL.Types;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>Links a network left out past its cap.</summary>
public sealed class MoreType : ObjectGraphType<(NodeRef Node, LinkKind Kind, int Count)>
{
    public MoreType()
    {
        Name = "More";
        Description = "Links of one kind at one entity that the network's capPerKind left out.";
        Field<NonNullGraphType<EntityType>>("node").Description("The entity.").Resolve(c => c.Source.Node);
        Field<NonNullGraphType<LinkKindType>>("kind").Description("The kind of the links left out.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many were left out.").Resolve(c => c.Source.Count);
    }
}
