using GraphQL.Types;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>Any node of the graph.</summary>
public sealed class EntityType : UnionGraphType
{
    public EntityType()
    {
        Name = "Entity";
        Description = "A person, company, agency or decision.";
        Type<PersonType>();
        Type<CompanyType>();
        Type<AgencyType>();
        Type<DecisionType>();
        ResolveType = value => ((NodeRef)value).Kind switch
        {
            NodeKind.Person => new GraphQLTypeReference("Person"),
            NodeKind.Company => new GraphQLTypeReference("Company"),
            NodeKind.Agency => new GraphQLTypeReference("Agency"),
            _ => new GraphQLTypeReference("Decision"),
        };
    }
}
