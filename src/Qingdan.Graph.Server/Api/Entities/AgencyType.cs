using GraphQL;
using GraphQL.Types;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>A government agency of the graph.</summary>
public sealed class AgencyType : ObjectGraphType<NodeRef>
{
    public AgencyType()
    {
        Name = "Agency";
        Description = "A government agency: where officials hold posts, and who issues decisions.";
        EntityFields.Add(this);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The agency's name.").Resolve(c => A(c).Name);
        Field<StringGraphType>("regionCode").Description("The administrative division code (GB/T 2260) of its jurisdiction.")
            .Resolve(c => A(c).RegionCode);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("sectors").Description(
            "The sectors it administers (NL4's jurisdiction).").Resolve(c => A(c).Sectors);
        EntityFields.Facts(this, "staff", "Posts at the agency.", LinkKind.Position, outgoing: false);
        EntityFields.Events(this, "decisions", "Decisions the agency issued.", LinkKind.Issued, outgoing: true);
    }

    private static Agency A(IResolveFieldContext<NodeRef> c) => (Agency)c.Source.Node;
}
