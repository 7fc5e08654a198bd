using GraphQL;
using Qingdan.Graph.Server.Api.Schema;

namespace Qingdan.Graph.Server.Api.Reports.Stats;

/// <summary>An aggregate a <c>having</c> or <c>order</c> item names: count, or distinct of a dimension, or sum/avg/min/max of a
/// measure.</summary>
internal sealed record StatTerm(StatAggregate Aggregate, string? Measure, string? Dimension)
{
    public static StatTerm Read(IDictionary<string, object?> item, string where)
    {
        var aggregate = item.TryGetValue("aggregate", out var a) && a is StatAggregate given ? given : StatAggregate.Count;
        var measure = item.TryGetValue("measure", out var m) ? m as string : null;
        var dimension = item.TryGetValue("dimension", out var d) ? d as string : null;
        return aggregate switch
        {
            StatAggregate.Count when measure is not null || dimension is not null =>
                throw Bad($"{where}: COUNT takes neither measure nor dimension."),
            StatAggregate.Distinct when dimension is null => throw Bad($"{where}: DISTINCT needs a dimension."),
            StatAggregate.Sum or StatAggregate.Avg or StatAggregate.Min or StatAggregate.Max when measure is null =>
                throw Bad($"{where}: {aggregate.ToString().ToUpperInvariant()} needs a measure."),
            _ => new StatTerm(aggregate, measure, dimension),
        };
    }

    public static ExecutionError Bad(string message) => new(message) { Code = "BAD_STATS" };
}

/// <summary>A <c>having</c> item: an aggregate compared with numbers, every comparison given and-ed.</summary>
internal sealed record StatCondition(StatTerm Term, decimal? Eq, decimal? Ne, decimal? Gt, decimal? Gte, decimal? Lt, decimal? Lte)
{
    public bool Holds(decimal? value) =>
        value is { } v
            ? (Eq is null || v == Eq) && (Ne is null || v != Ne) && (Gt is null || v > Gt) && (Gte is null || v >= Gte)
            && (Lt is null || v < Lt) && (Lte is null || v <= Lte)
            : Eq is null && Gt is null && Gte is null && Lt is null && Lte is null;
}

/// <summary>An <c>order</c> item: a grouped dimension's value, or an aggregate; ascending unless descending.</summary>
internal sealed record StatOrder(string? Group, StatTerm? Term, bool Descending);

/// <summary>The arguments of a stats query after reading: what to group by, which groups, in which order, how many.</summary>
internal sealed record StatQuery(IReadOnlyList<string> GroupBy, IReadOnlyList<StatCondition> Having, IReadOnlyList<StatOrder> Order, int? First)
{
    /// <summary>The most groups one answer holds unless <c>first</c> asks for fewer.</summary>
    public const int MaxGroups = 10_000;

    public static StatQuery Read(IResolveFieldContext c)
    {
        var groupBy = c.GetArgument<List<string>>("groupBy") ?? [];
        var having = (c.GetArgument<List<Dictionary<string, object?>>?>("having") ?? []).Select((item, i) =>
            new StatCondition(
                StatTerm.Read(item, $"having[{i}]"), Number(item, "eq"), Number(item, "ne"), Number(item, "gt"), Number(item, "gte"),
                Number(item, "lt"), Number(item, "lte")))
            .ToList();
        var order = (c.GetArgument<List<Dictionary<string, object?>>?>("order") ?? []).Select((item, i) =>
        {
            var group = item.TryGetValue("group", out var g) ? g as string : null;
            var hasTerm = item.ContainsKey("aggregate");
            if ((group is null) == !hasTerm)
            {
                throw StatTerm.Bad($"order[{i}]: give either group or aggregate.");
            }

            if (group is not null && !groupBy.Contains(group))
            {
                throw StatTerm.Bad($"order[{i}]: {group} is not in groupBy.");
            }

            return new StatOrder(group, hasTerm ? StatTerm.Read(item, $"order[{i}]") : null,
                item.TryGetValue("direction", out var d) && d is SortDirection.Desc);
        }).ToList();
        var first = c.GetArgument<int?>("first");
        if (first is < 0 or > MaxGroups)
        {
            throw StatTerm.Bad($"first is 0 to {MaxGroups:N0}, not {first}.");
        }

        return new StatQuery(groupBy.Distinct().ToList(), having, order, first);
    }

    private static decimal? Number(IDictionary<string, object?> item, string name) =>
        item.TryGetValue(name, out var value) && value is not null ? Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture) : null;
}
