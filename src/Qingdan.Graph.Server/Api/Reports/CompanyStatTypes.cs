using GraphQL.Types;
using Qingdan.Graph.Server.Api.Reports.Stats;

namespace Qingdan.Graph.Server.Api.Reports;

/// <summary>What <c>companyStats</c> groups by.</summary>
public sealed class CompanyGroupType() : StatGroupEnumType(CompanyStats.Subject);

/// <summary>The numbers a decision has.</summary>
public sealed class CompanyMeasureType() : StatMeasureEnumType(CompanyStats.Subject);

/// <summary>A <c>having</c> item of <c>companyStats</c>.</summary>
public sealed class CompanyStatConditionType() : StatConditionType<CompanyGroupType, CompanyMeasureType>(CompanyStats.Subject);

/// <summary>An <c>order</c> item of <c>companyStats</c>.</summary>
public sealed class CompanyStatOrderType() : StatOrderType<CompanyGroupType, CompanyMeasureType>(CompanyStats.Subject);

/// <summary>One group of <c>companyStats</c>.</summary>
public sealed class CompanyStatType : StatGroupType<CompanyGroupType, CompanyMeasureType>
{
    public CompanyStatType()
        : base(CompanyStats.Subject, "A group of companies: the values it is grouped by (null for those not grouped by), how many, " +
            "and aggregates of their measures.") =>
        Field<NonNullGraphType<DecimalGraphType>>("awardedAmount").Description(
                "Sum of the amounts of the decisions the group's companies benefit from; sum(of: AWARDED_AMOUNT), 0 for none.")
            .Resolve(c => Group(c).Compute(new StatTerm(StatAggregate.Sum, "AWARDED_AMOUNT", null)) ?? 0m);
}
