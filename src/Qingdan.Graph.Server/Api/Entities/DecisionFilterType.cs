using GraphQL.Types;
using Qingdan.Graph.Server.Api.Filtering;
using Qingdan.Graph.Server.Api.Findings;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>The <c>where</c> of <c>decisions</c> and <c>decisionStats</c>.</summary>
public sealed class DecisionFilterType : InputObjectGraphType
{
    public DecisionFilterType()
    {
        Name = "DecisionFilter";
        Description = "Which decisions: every field's operators are and-ed; and/or/not combine filters; agency, beneficiary and findings " +
            "reach related entities.";
        Field<IdFilterType>("id").Description("The decision's id (d_…).");
        Field<StringFilterType>("kind").Description("The kind (procurement_award, licence…).");
        Field<StringFilterType>("title").Description("The title.");
        Field<DecimalFilterType>("amount").Description("The amount.");
        Field<StringFilterType>("currency").Description("The currency.");
        Field<DateFilterType>("decidedDate").Description("The day it was decided.");
        Field<DateFilterType>("appliedDate").Description("The day it was applied for.");
        Field<ProcurementMethodFilterType>("method").Description("How a procurement was tendered.");
        Field<IntFilterType>("bidders").Description("How many bids it received.");
        Field<AgencyFilterType>("agency").Description("The issuing agency matches.");
        Field<CompanyFilterType>("beneficiary").Description("A beneficiary matches.");
        Field<FindingFilterType>("findings").Description(
            "An NL9 finding is behind it (its official took part, its company benefits) and matches.");
        Field<ListGraphType<NonNullGraphType<DecisionFilterType>>>("and").Description("Matches every one of these filters.");
        Field<ListGraphType<NonNullGraphType<DecisionFilterType>>>("or").Description("Matches at least one of these filters.");
        Field<DecisionFilterType>("not").Description("Does not match this filter.");
    }
}
