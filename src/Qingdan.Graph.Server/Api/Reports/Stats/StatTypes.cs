using GraphQL;
using GraphQL.Types;
using Qingdan.Graph.Server.Api.Schema;

namespace Qingdan.Graph.Server.Api.Reports.Stats;

/// <summary>A subject's <c>groupBy</c> values (<c>FindingGroup</c>): one for each dimension, standing for its name.</summary>
public abstract class StatGroupEnumType : EnumerationGraphType
{
    private protected StatGroupEnumType(IStatSubject subject)
    {
        Name = $"{subject.Name}Group";
        Description = $"What {subject.Plural} can be grouped by (and counted distinct): docs/api.md lists each with its field.";
        foreach (var dimension in subject.Dimensions)
        {
            Add(dimension.Name, dimension.Name, dimension.Description);
        }
    }
}

/// <summary>A subject's measures (<c>FindingMeasure</c>): the numbers its rows have.</summary>
public abstract class StatMeasureEnumType : EnumerationGraphType
{
    private protected StatMeasureEnumType(IStatSubject subject)
    {
        Name = $"{subject.Name}Measure";
        Description = $"The numbers {subject.Plural} have, for sum, avg, min and max.";
        foreach (var measure in subject.Measures)
        {
            Add(measure.Name, measure.Name, measure.Description);
        }
    }
}

/// <summary>A subject's <c>having</c> item (<c>FindingStatCondition</c>).</summary>
public abstract class StatConditionType<TGroup, TMeasure> : InputObjectGraphType
    where TGroup : StatGroupEnumType
    where TMeasure : StatMeasureEnumType
{
    private protected StatConditionType(IStatSubject subject)
    {
        Name = $"{subject.Name}StatCondition";
        Description = "Keeps the groups whose aggregate compares so with every number given (and-ed).";
        Field<EnumerationGraphType<StatAggregate>>("aggregate").Description("What to compute; COUNT when omitted.")
            .DefaultValue(StatAggregate.Count);
        Field<TMeasure>("measure").Description("The measure of SUM, AVG, MIN or MAX.");
        Field<TGroup>("dimension").Description("The dimension of DISTINCT.");
        foreach (var (name, meaning) in Comparisons)
        {
            Field<DecimalGraphType>(name).Description(meaning);
        }
    }

    private static readonly (string Name, string Meaning)[] Comparisons =
    [
        ("eq", "Equal to."), ("ne", "Not equal to."), ("gt", "Greater than."), ("gte", "At least."), ("lt", "Less than."), ("lte", "At most."),
    ];
}

/// <summary>A subject's <c>order</c> item (<c>FindingStatOrder</c>).</summary>
public abstract class StatOrderType<TGroup, TMeasure> : InputObjectGraphType
    where TGroup : StatGroupEnumType
    where TMeasure : StatMeasureEnumType
{
    private protected StatOrderType(IStatSubject subject)
    {
        Name = $"{subject.Name}StatOrder";
        Description = "An order item: a grouped dimension's value, or an aggregate (aggregate with its measure or dimension); items " +
            "apply in turn, then the grouped values in the order asked.";
        Field<TGroup>("group").Description("Order by this grouped dimension's value.");
        Field<EnumerationGraphType<StatAggregate>>("aggregate").Description("Order by this aggregate.");
        Field<TMeasure>("measure").Description("The measure of SUM, AVG, MIN or MAX.");
        Field<TGroup>("dimension").Description("The dimension of DISTINCT.");
        Field<EnumerationGraphType<SortDirection>>("direction").Description("Ascending (the default) or descending.")
            .DefaultValue(SortDirection.Asc);
    }
}

/// <summary>One group of a subject's stats (<c>FindingStat</c>): a field for each dimension (null unless grouped by it), an
/// entity's name beside its id, and the aggregates.</summary>
public abstract class StatGroupType<TGroup, TMeasure> : ObjectGraphType<object>
    where TGroup : StatGroupEnumType
    where TMeasure : StatMeasureEnumType
{
    private protected StatGroupType(IStatSubject subject, string description)
    {
        Name = $"{subject.Name}Stat";
        Description = description;
        for (var i = 0; i < subject.Dimensions.Count; i++)
        {
            var index = i;
            var dimension = subject.Dimensions[i];
            Field(dimension.Field, dimension.GraphType).Description($"{dimension.Description} (when grouped by {dimension.Name}).")
                .Resolve(c => Group(c).Key(index)?.Value);
            if (dimension.LabelField is { } label)
            {
                Field<StringGraphType>(label).Description($"Its name (when grouped by {dimension.Name}).")
                    .Resolve(c => Group(c).Key(index)?.Label);
            }
        }

        Field<NonNullGraphType<IntGraphType>>("count").Description($"How many {subject.Plural}.").Resolve(c => Group(c).Count);
        Field<NonNullGraphType<IntGraphType>>("distinct").Description("How many distinct values of a dimension the group's rows have.")
            .Argument<NonNullGraphType<TGroup>>("of", "The dimension.")
            .Resolve(c => (int)(Group(c).Compute(new StatTerm(StatAggregate.Distinct, null, c.GetArgument<string>("of"))) ?? 0));
        foreach (var (aggregate, meaning) in Aggregates)
        {
            Field<DecimalGraphType>(aggregate.ToString().ToLowerInvariant()).Description($"{meaning} (null when no row has it).")
                .Argument<NonNullGraphType<TMeasure>>("of", "The measure.")
                .Resolve(c => Group(c).Compute(new StatTerm(aggregate, c.GetArgument<string>("of"), null)));
        }
    }

    private static readonly (StatAggregate Aggregate, string Meaning)[] Aggregates =
    [
        (StatAggregate.Sum, "The sum of a measure over the group's rows"), (StatAggregate.Avg, "The mean of a measure"),
        (StatAggregate.Min, "The least value of a measure"), (StatAggregate.Max, "The greatest value of a measure"),
    ];

    private protected static StatGroup Group(IResolveFieldContext c) => (StatGroup)c.Source!;
}
