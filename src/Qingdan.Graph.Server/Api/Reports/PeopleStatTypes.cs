using GraphQL.Types;
using Qingdan.Graph.Server.Api.Reports.Stats;

namespace Qingdan.Graph.Server.Api.Reports;

/// <summary>What <c>peopleStats</c> groups by.</summary>
public sealed class PersonGroupType() : StatGroupEnumType(PeopleStats.Subject);

/// <summary>The numbers a person has.</summary>
public sealed class PersonMeasureType() : StatMeasureEnumType(PeopleStats.Subject);

/// <summary>A <c>having</c> item of <c>peopleStats</c>.</summary>
public sealed class PersonStatConditionType() : StatConditionType<PersonGroupType, PersonMeasureType>(PeopleStats.Subject);

/// <summary>An <c>order</c> item of <c>peopleStats</c>.</summary>
public sealed class PersonStatOrderType() : StatOrderType<PersonGroupType, PersonMeasureType>(PeopleStats.Subject);

/// <summary>One group of <c>peopleStats</c>.</summary>
public sealed class PersonStatType : StatGroupType<PersonGroupType, PersonMeasureType>
{
    public PersonStatType()
        : base(PeopleStats.Subject, "A group of people: the values it is grouped by (null for those not grouped by), how many, and " +
            "aggregates of their measures.") =>
        Field<NonNullGraphType<IntGraphType>>("findings").Description("How many findings the group's people are the officials of; " +
            "sum(of: FINDINGS).")
            .Resolve(c => (int)(Group(c).Compute(new StatTerm(StatAggregate.Sum, "FINDINGS", null)) ?? 0m));
}
