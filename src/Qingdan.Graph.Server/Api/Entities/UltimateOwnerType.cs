using GraphQL.Types;
using Qingdan.Graph.Core.Graph;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>A person's effective ownership of a company, with the chains it comes through.</summary>
public sealed class UltimateOwnerType : ObjectGraphType<(GraphSnapshot Snapshot, UltimateOwner Owner)>
{
    public UltimateOwnerType()
    {
        Name = "UltimateOwner";
        Description = "A person whose effective ownership of the company reaches the share asked for, with the ownership chains.";
        Field<NonNullGraphType<PersonType>>("person").Description("The owner.")
            .Resolve(c => new NodeRef(c.Source.Snapshot, c.Source.Owner.Person));
        Field<NonNullGraphType<FloatGraphType>>("share").Description(
            "The effective share, 0 to 1: the product along each chain, summed over the chains.").Resolve(c => c.Source.Owner.Share);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ListGraphType<NonNullGraphType<FactType>>>>>>("chains")
            .Description("Each chain of shareholdings from the person to the company, in order.")
            .Resolve(c => c.Source.Owner.Chains.Select(chain => chain.Links.Select(l => new LinkRef(c.Source.Snapshot, l))));
    }
}
