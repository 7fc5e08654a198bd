using GraphQL.Types;
using Qingdan.Graph.Server.Api.Filtering;
using Qingdan.Graph.Server.Api.Findings;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>The <c>where</c> of <c>companies</c>, and a finding's or decision's company.</summary>
public sealed class CompanyFilterType : InputObjectGraphType
{
    public CompanyFilterType()
    {
        Name = "CompanyFilter";
        Description = "Which companies: every field's operators are and-ed; and/or/not combine filters; findings reaches the findings " +
            "about the company.";
        Field<IdFilterType>("id").Description("The company's id (c_…).");
        Field<StringFilterType>("name").Description("The registered name.");
        Field<StringFilterType>("creditCode").Description("The unified social credit code.");
        Field<StringFilterType>("industry").Description("The industry.");
        Field<StringFilterType>("regionCode").Description("The region code of its registration.");
        Field<StringFilterType>("status").Description("The registration status.");
        Field<BooleanFilterType>("listed").Description("Whether it is listed.");
        Field<DateFilterType>("founded").Description("The day it was founded.");
        Field<FindingFilterType>("findings").Description("Has a finding about it that matches.");
        Field<IntFilterType>("findingCount").Description("How many findings about it the caller may read.");
        Field<DecimalFilterType>("awardedAmount").Description("The total of the decisions it benefits from.");
        Field<ListGraphType<NonNullGraphType<CompanyFilterType>>>("and").Description("Matches every one of these filters.");
        Field<ListGraphType<NonNullGraphType<CompanyFilterType>>>("or").Description("Matches at least one of these filters.");
        Field<CompanyFilterType>("not").Description("Does not match this filter.");
    }
}
