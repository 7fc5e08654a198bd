using GraphQL.Types;
using Qingdan.Graph.Server.Api.Filtering;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>A decision's issuing agency.</summary>
public sealed class AgencyFilterType : InputObjectGraphType
{
    public AgencyFilterType()
    {
        Name = "AgencyFilter";
        Description = "Which agencies: every field's operators are and-ed; and/or/not combine filters.";
        Field<IdFilterType>("id").Description("The agency's id (a_…).");
        Field<StringFilterType>("name").Description("The agency's name.");
        Field<StringFilterType>("regionCode").Description("The region code of its jurisdiction.");
        Field<StringFilterType>("sectors").Description("The sectors it administers, comma-separated: use contains.");
        Field<ListGraphType<NonNullGraphType<AgencyFilterType>>>("and").Description("Matches every one of these filters.");
        Field<ListGraphType<NonNullGraphType<AgencyFilterType>>>("or").Description("Matches at least one of these filters.");
        Field<AgencyFilterType>("not").Description("Does not match this filter.");
    }
}
