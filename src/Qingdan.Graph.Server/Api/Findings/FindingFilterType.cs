using GraphQL.Types;
using Qingdan.Graph.Server.Api.Entities;
using Qingdan.Graph.Server.Api.Filtering;

namespace Qingdan.Graph.Server.Api.Findings;

/// <summary>The <c>where</c> of <c>findings</c> and <c>findingStats</c>, and of the entities' findings.</summary>
public sealed class FindingFilterType : InputObjectGraphType
{
    public FindingFilterType()
    {
        Name = "FindingFilter";
        Description = "Every field's operators are and-ed; and/or/not combine filters; official and company reach the entities.";
        Field<IdFilterType>("id").Description("The finding's id (f_…).");
        Field<RuleCodeFilterType>("rule").Description("The rule.");
        Field<SeverityFilterType>("severity").Description("The severity.");
        Field<TriageStatusFilterType>("triageStatus").Description("The triage status.");
        Field<StringFilterType>("assignee").Description("Who it is assigned to.");
        Field<StringFilterType>("variants").Description("The variants, comma-separated: use contains.");
        Field<StringFilterType>("relations").Description("The relations, comma-separated: use contains.");
        Field<BooleanFilterType>("active").Description("Whether the latest sweep of its rule still finds it.");
        Field<DecimalFilterType>("amount").Description("The largest amount behind it.");
        Field<DateTimeFilterType>("firstSeen").Description("When a sweep first found it.");
        Field<DateTimeFilterType>("lastSeen").Description("When a sweep last found it.");
        Field<IdFilterType>("officialId").Description("The official's id (p_…).");
        Field<IdFilterType>("companyId").Description("The company's id (c_…).");
        Field<IdFilterType>("agencyId").Description("The agency's id (a_…).");
        Field<PersonFilterType>("official").Description("The official matches.");
        Field<CompanyFilterType>("company").Description("The company matches.");
        Field<ListGraphType<NonNullGraphType<FindingFilterType>>>("and").Description("Matches every one of these filters.");
        Field<ListGraphType<NonNullGraphType<FindingFilterType>>>("or").Description("Matches at least one of these filters.");
        Field<FindingFilterType>("not").Description("Does not match this filter.");
    }
}
