using System.Globalization;

namespace Qingdan.Graph.Server.Api.Reports.Stats;

/// <summary>
/// Groups rows by the dimensions asked for (a row counted in each group of a multi-valued dimension, and in a null group
/// when it has no value), keeps the groups whose aggregates satisfy <c>having</c>, orders them (by the grouped values in the
/// order asked when no order is given) and cuts them to <c>first</c>. One pass over the rows; aggregates are computed only
/// for the groups and terms that need them.
/// </summary>
internal static class StatEngine
{
    public static IReadOnlyList<StatGroup> Group<TRow>(StatSubject<TRow> subject, IEnumerable<TRow> rows, StatQuery query)
    {
        var dimensions = query.GroupBy.Select(subject.DimensionIndex).ToArray();
        Validate(subject, query);
        var groups = new Dictionary<StatKey?[], StatGroup<TRow>>(KeysComparer.Instance);
        var buffer = new StatKey?[dimensions.Length];
        var many = dimensions.Any(d => subject.Dimensions[d].Values is not null);
        foreach (var row in rows)
        {
            if (many)
            {
                Expand(subject, dimensions, groups, buffer, row, 0);
                continue;
            }

            for (var i = 0; i < dimensions.Length; i++)
            {
                buffer[i] = subject.Dimensions[dimensions[i]].Value(row);
            }

            Add(subject, dimensions, groups, buffer, row);
        }

        IEnumerable<StatGroup<TRow>> kept = groups.Values;
        foreach (var condition in query.Having)
        {
            kept = kept.Where(g => condition.Holds(g.Compute(condition.Term)));
        }

        var ordered = Order(subject, kept.ToList(), query, dimensions);
        if (query.First is null && ordered.Count > StatQuery.MaxGroups)
        {
            throw StatTerm.Bad($"{ordered.Count:N0} groups of {subject.Plural}: at most {StatQuery.MaxGroups:N0} come back at once — " +
                "ask for first, add a having, or group by less.");
        }

        return ordered.Take(query.First ?? StatQuery.MaxGroups).ToList();
    }

    private static void Validate<TRow>(StatSubject<TRow> subject, StatQuery query)
    {
        foreach (var term in query.Having.Select(h => h.Term).Concat(query.Order.Select(o => o.Term)).OfType<StatTerm>())
        {
            _ = term.Dimension is { } d ? subject.DimensionIndex(d) : 0;
            _ = term.Measure is { } m ? subject.Measure(m) : null;
        }
    }

    private static void Expand<TRow>(
        StatSubject<TRow> subject, int[] dimensions, Dictionary<StatKey?[], StatGroup<TRow>> groups, StatKey?[] buffer, TRow row, int at)
    {
        if (at == dimensions.Length)
        {
            Add(subject, dimensions, groups, buffer, row);
            return;
        }

        var dimension = subject.Dimensions[dimensions[at]];
        if (dimension.Values is not { } values)
        {
            buffer[at] = dimension.Value(row);
            Expand(subject, dimensions, groups, buffer, row, at + 1);
            return;
        }

        var any = false;
        foreach (var key in values(row).Distinct())
        {
            any = true;
            buffer[at] = key;
            Expand(subject, dimensions, groups, buffer, row, at + 1);
        }

        if (!any)
        {
            buffer[at] = null;
            Expand(subject, dimensions, groups, buffer, row, at + 1);
        }
    }

    private static void Add<TRow>(
        StatSubject<TRow> subject, int[] dimensions, Dictionary<StatKey?[], StatGroup<TRow>> groups, StatKey?[] buffer, TRow row)
    {
        if (!groups.TryGetValue(buffer, out var group))
        {
            var keys = new StatKey?[subject.Dimensions.Count];
            for (var i = 0; i < dimensions.Length; i++)
            {
                keys[dimensions[i]] = buffer[i];
            }

            group = new StatGroup<TRow>(subject, keys);
            groups.Add((StatKey?[])buffer.Clone(), group);
        }

        group.Rows.Add(row);
    }

    private static List<StatGroup> Order<TRow>(StatSubject<TRow> subject, List<StatGroup<TRow>> groups, StatQuery query, int[] dimensions)
    {
        var keys = query.Order.Select(o => (
                Key: o.Group is { } g ? (Func<StatGroup, object?>)(s => s.Key(subject.DimensionIndex(g))?.Value) : s => s.Compute(o.Term!),
                o.Descending))
            .Concat(dimensions.Select(d => (Key: (Func<StatGroup, object?>)(s => s.Key(d)?.Value), Descending: false)))
            .ToList();
        var list = groups.Cast<StatGroup>().ToList();
        list.Sort((a, b) =>
        {
            foreach (var (key, descending) in keys)
            {
                var compared = CompareValues(key(a), key(b));
                if (compared != 0)
                {
                    return descending ? -compared : compared;
                }
            }

            return 0;
        });
        return list;
    }

    /// <summary>Nulls last; numbers as numbers; enums by name, as their words were stored (high before low); text ordinally.</summary>
    private static int CompareValues(object? a, object? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        (string x, string y) => string.CompareOrdinal(x, y),
        (bool x, bool y) => x.CompareTo(y),
        (Enum x, Enum y) => string.Compare(x.ToString(), y.ToString(), StringComparison.OrdinalIgnoreCase),
        (IConvertible x, IConvertible y) when IsNumber(x) && IsNumber(y) =>
            x.ToDecimal(CultureInfo.InvariantCulture).CompareTo(y.ToDecimal(CultureInfo.InvariantCulture)),
        _ => string.CompareOrdinal(Convert.ToString(a, CultureInfo.InvariantCulture), Convert.ToString(b, CultureInfo.InvariantCulture)),
    };

    private static bool IsNumber(IConvertible value) => value.GetTypeCode() is >= TypeCode.SByte and <= TypeCode.Decimal;

    private sealed class KeysComparer : IEqualityComparer<StatKey?[]>
    {
        public static readonly KeysComparer Instance = new();

        public bool Equals(StatKey?[]? x, StatKey?[]? y)
        {
            if (x is null || y is null || x.Length != y.Length)
            {
                return x == y;
            }

            for (var i = 0; i < x.Length; i++)
            {
                if (!Equals(x[i]?.Value, y[i]?.Value))
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(StatKey?[] keys)
        {
            var hash = default(HashCode);
            foreach (var key in keys)
            {
                hash.Add(key?.Value);
            }

            return hash.ToHashCode();
        }
    }
}
