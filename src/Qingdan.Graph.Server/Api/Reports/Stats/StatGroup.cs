namespace Qingdan.Graph.Server.Api.Reports.Stats;

/// <summary>One group of a stats answer: its key for each of the subject's dimensions (null when not grouped by it, or when its
/// rows have no value) and the aggregates of its rows, computed when asked and kept.</summary>
internal abstract class StatGroup
{
    public abstract int Count { get; }

    public abstract StatKey? Key(int dimension);

    public abstract decimal? Compute(StatTerm term);
}

/// <inheritdoc />
internal sealed class StatGroup<TRow>(StatSubject<TRow> subject, StatKey?[] keys) : StatGroup
{
    private readonly Dictionary<StatTerm, decimal?> _computed = [];

    public List<TRow> Rows { get; } = [];

    public override int Count => Rows.Count;

    public override StatKey? Key(int dimension) => keys[dimension];

    public override decimal? Compute(StatTerm term)
    {
        if (term.Aggregate == StatAggregate.Count)
        {
            return Rows.Count;
        }

        if (_computed.TryGetValue(term, out var known))
        {
            return known;
        }

        var value = term.Aggregate == StatAggregate.Distinct ? Distinct(subject.Dimensions[subject.DimensionIndex(term.Dimension!)]) : Measure(term);
        _computed[term] = value;
        return value;
    }

    private int Distinct(StatDimension<TRow> dimension)
    {
        var seen = new HashSet<object>();
        foreach (var row in Rows)
        {
            if (dimension.Values is { } many)
            {
                foreach (var key in many(row))
                {
                    seen.Add(key.Value);
                }
            }
            else if (dimension.Value(row) is { } key)
            {
                seen.Add(key.Value);
            }
        }

        return seen.Count;
    }

    private decimal? Measure(StatTerm term)
    {
        var measure = subject.Measure(term.Measure!);
        decimal? result = null;
        var count = 0;
        foreach (var row in Rows)
        {
            if (measure.Value(row) is not { } value)
            {
                continue;
            }

            count++;
            result = (term.Aggregate, result) switch
            {
                (_, null) => value,
                (StatAggregate.Min, { } r) => Math.Min(r, value),
                (StatAggregate.Max, { } r) => Math.Max(r, value),
                (_, { } r) => r + value,
            };
        }

        var answer = term.Aggregate == StatAggregate.Avg && result is { } sum ? sum / count : result;
        return answer is { } number ? Numbers.Plain(number) : null;
    }
}
