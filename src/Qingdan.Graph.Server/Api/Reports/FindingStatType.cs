using GraphQL.Types;
using Qingdan.Graph.Server.Api.Findings;

namespace Qingdan.Graph.Server.Api.Reports;

/// <summary>One group of <c>findingStats</c>.</summary>
public sealed class FindingStatType : ObjectGraphType<FindingStat>
{
    public FindingStatType()
    {
        Name = "FindingStat";
        Description = "A group of findings: the values it is grouped by (null for those not grouped by), how many, and their amounts.";
        Field<RuleCodeType>("rule").Description("The rule, when grouped by RULE.").Resolve(c => c.Source.Rule);
        Field<IdGraphType>("agency").Description("The agency's id, when grouped by AGENCY.").Resolve(c => c.Source.Agency);
        Field<StringGraphType>("agencyName").Description("The agency's name, when grouped by AGENCY.").Resolve(c => c.Source.AgencyName);
        Field<SeverityType>("severity").Description("The severity, when grouped by SEVERITY.").Resolve(c => c.Source.Severity);
        Field<StringGraphType>("month").Description("yyyy-MM of first seen.").Resolve(c => c.Source.Month);
        Field<TriageStatusType>("triageStatus").Description("The triage status, when grouped by TRIAGE_STATUS.")
            .Resolve(c => c.Source.TriageStatus);
        Field<BooleanGraphType>("active").Description("Whether still found, when grouped by ACTIVE.").Resolve(c => c.Source.Active);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many findings.").Resolve(c => c.Source.Count);
        Field<NonNullGraphType<DecimalGraphType>>("amount").Description(
            "Sum of the findings' amounts (the largest transaction or decision behind each).").Resolve(c => c.Source.Amount);
        Field<NonNullGraphType<DecimalGraphType>>("decisionAmount").Description(
            "Sum of the amounts of the distinct decisions behind the group's NL9 findings.").Resolve(c => c.Source.DecisionAmount);
    }
}
