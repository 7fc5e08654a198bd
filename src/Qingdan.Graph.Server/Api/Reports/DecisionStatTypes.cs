using GraphQL.Types;
using Qingdan.Graph.Server.Api.Reports.Stats;

namespace Qingdan.Graph.Server.Api.Reports;

/// <summary>What <c>decisionStats</c> groups by.</summary>
public sealed class DecisionGroupType() : StatGroupEnumType(DecisionStats.Subject);

/// <summary>The numbers a decision has.</summary>
public sealed class DecisionMeasureType() : StatMeasureEnumType(DecisionStats.Subject);

/// <summary>A <c>having</c> item of <c>decisionStats</c>.</summary>
public sealed class DecisionStatConditionType() : StatConditionType<DecisionGroupType, DecisionMeasureType>(DecisionStats.Subject);

/// <summary>An <c>order</c> item of <c>decisionStats</c>.</summary>
public sealed class DecisionStatOrderType() : StatOrderType<DecisionGroupType, DecisionMeasureType>(DecisionStats.Subject);

/// <summary>One group of <c>decisionStats</c>.</summary>
public sealed class DecisionStatType : StatGroupType<DecisionGroupType, DecisionMeasureType>
{
    public DecisionStatType()
        : base(DecisionStats.Subject, "A group of decisions: the values it is grouped by (null for those not grouped by), how many, and " +
            "aggregates of their measures.") =>
        Field<NonNullGraphType<DecimalGraphType>>("amount").Description("Sum of the decisions' amounts, as stated; sum(of: AMOUNT), 0 for none.")
            .Resolve(c => Group(c).Compute(new StatTerm(StatAggregate.Sum, "AMOUNT", null)) ?? 0m);
}
