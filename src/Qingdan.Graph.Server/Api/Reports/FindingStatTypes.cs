using GraphQL.Types;
using Qingdan.Graph.Server.Api.Reports.Stats;

namespace Qingdan.Graph.Server.Api.Reports;

/// <summary>What <c>findingStats</c> groups by.</summary>
public sealed class FindingGroupType() : StatGroupEnumType(FindingStats.Subject);

/// <summary>The numbers a finding has.</summary>
public sealed class FindingMeasureType() : StatMeasureEnumType(FindingStats.Subject);

/// <summary>A <c>having</c> item of <c>findingStats</c>.</summary>
public sealed class FindingStatConditionType() : StatConditionType<FindingGroupType, FindingMeasureType>(FindingStats.Subject);

/// <summary>An <c>order</c> item of <c>findingStats</c>.</summary>
public sealed class FindingStatOrderType() : StatOrderType<FindingGroupType, FindingMeasureType>(FindingStats.Subject);

/// <summary>One group of <c>findingStats</c>.</summary>
public sealed class FindingStatType : StatGroupType<FindingGroupType, FindingMeasureType>
{
    public FindingStatType()
        : base(FindingStats.Subject, "A group of findings: the values it is grouped by (null for those not grouped by), how many, and " +
            "aggregates of their measures.")
    {
        Field<NonNullGraphType<DecimalGraphType>>("amount").Description(
                "Sum of the findings' amounts (the largest transaction or decision behind each); sum(of: AMOUNT), 0 for none.")
            .Resolve(c => Group(c).Compute(new StatTerm(StatAggregate.Sum, "AMOUNT", null)) ?? 0m);
        Field<NonNullGraphType<DecimalGraphType>>("decisionAmount").Description(
                "Sum of the amounts of the distinct decisions behind the group's NL9 findings (a decision behind two counts once).")
            .Resolve(c => FindingStats.DecisionAmount(((StatGroup<FindingFact>)c.Source!).Rows));
    }
}
