using GraphQL.Types;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Server.Api.Schema;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>A member of R(o): a related person of an official, and how.</summary>
public sealed class RelativeType : ObjectGraphType<(NodeRef Official, RelatedPerson Related)>
{
    public RelativeType()
    {
        Name = "Relative";
        Description
            = "A specific related person of the person asked about (R(o) of RULES.md), with the relation and the links it rests on.";
        Field<NonNullGraphType<PersonType>>("person").Description("The related person.")
            .Resolve(c => new NodeRef(c.Source.Official.Snapshot, c.Source.Related.Node));
        Field<NonNullGraphType<StringGraphType>>("relation").Description(
            "The relation as RULES.md names it (spouse, child…), derived ones included.").Resolve(c => c.Source.Related.Relation);
        Field<DateType>("validFrom").Description("The first day the relation holds; null when not known.")
            .Resolve(c => c.Source.Related.Validity.Start);
        Field<DateType>("validTo").Description("The last day the relation holds; null while it still does.")
            .Resolve(c => c.Source.Related.Validity.End);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactType>>>>("links").Description(
            "The links the relation rests on, from the person asked about.")
            .Resolve(c => c.Source.Related.Links.Select(l => new LinkRef(c.Source.Official.Snapshot, l)));
    }
}
