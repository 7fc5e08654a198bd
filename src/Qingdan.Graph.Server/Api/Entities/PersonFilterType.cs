using GraphQL.Types;
using Qingdan.Graph.Server.Api.Filtering;
using Qingdan.Graph.Server.Api.Findings;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>The <c>where</c> of <c>people</c>.</summary>
public sealed class PersonFilterType : InputObjectGraphType
{
    public PersonFilterType()
    {
        Name = "PersonFilter";
        Description
            = "Which people: every field's operators are and-ed; and/or/not combine filters; findings reaches the person's findings.";
        Field<IdFilterType>("id").Description("The person's id (p_…).");
        Field<StringFilterType>("name").Description("The name.");
        Field<StringFilterType>("idNumber").Description("The identity number as stated.");
        Field<DateFilterType>("birthDate").Description("The day of birth.");
        Field<GenderFilterType>("gender").Description("The gender.");
        Field<FindingFilterType>("findings").Description("Has a finding, as the official, that matches.");
        Field<IntFilterType>("findingCount").Description("How many findings the caller may read they are the official of.");
        Field<IntFilterType>("relativesInFindings").Description("How many distinct relatives the evidence of their findings passes through.");
        Field<DecimalFilterType>("awardedAmount").Description(
            "The total of the decisions issued by their posts' agencies while they held the posts (0 for no official).");
        Field<ListGraphType<NonNullGraphType<PersonFilterType>>>("and").Description("Matches every one of these filters.");
        Field<ListGraphType<NonNullGraphType<PersonFilterType>>>("or").Description("Matches at least one of these filters.");
        Field<PersonFilterType>("not").Description("Does not match this filter.");
    }
}
