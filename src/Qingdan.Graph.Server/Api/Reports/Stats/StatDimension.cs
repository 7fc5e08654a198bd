namespace Qingdan.Graph.Server.Api.Reports.Stats;

/// <summary>
/// Something a stats query can group by: the enum value that names it in <c>groupBy</c> (<c>AGENCY_REGION</c>), the field of
/// the group that shows its value (<c>agencyRegion</c>) with its GraphQL type, and how a row gives its value — or values,
/// for a multi-valued one (a finding's variants), in whose every group the row is counted.
/// </summary>
internal sealed class StatDimension<TRow>(string name, string field, Type graphType, string description, Func<TRow, StatKey?> value)
    : IStatDimension
{
    public string Name { get; } = name;

    public string Field { get; } = field;

    public Type GraphType { get; } = graphType;

    public string Description { get; } = description;

    public Func<TRow, StatKey?> Value { get; } = value;

    /// <summary>The field showing an entity's name beside its id (<c>agencyName</c>), if the dimension is an entity.</summary>
    public string? LabelField { get; init; }

    /// <summary>For a multi-valued dimension, every value of the row; <see cref="Value"/> is then unused.</summary>
    public Func<TRow, IEnumerable<StatKey>>? Values { get; init; }
}

/// <summary>A number a row has, for <c>sum</c>, <c>avg</c>, <c>min</c> and <c>max</c> (null when the row has none).</summary>
internal sealed record StatMeasure<TRow>(string Name, string Description, Func<TRow, decimal?> Value) : IStatMeasure;

/// <summary>What one stats query groups: its rows' dimensions and measures, named for the schema (<c>Finding</c> gives
/// <c>FindingGroup</c>, <c>FindingMeasure</c>, <c>FindingStat</c>…).</summary>
internal sealed class StatSubject<TRow>(
    string name, string plural, IReadOnlyList<StatDimension<TRow>> dimensions, IReadOnlyList<StatMeasure<TRow>> measures) : IStatSubject
{
    public string Name { get; } = name;

    public string Plural { get; } = plural;

    public IReadOnlyList<StatDimension<TRow>> Dimensions { get; } = dimensions;

    public IReadOnlyList<StatMeasure<TRow>> Measures { get; } = measures;

    IReadOnlyList<IStatDimension> IStatSubject.Dimensions => Dimensions;

    IReadOnlyList<IStatMeasure> IStatSubject.Measures => Measures;

    public int DimensionIndex(string name)
    {
        for (var i = 0; i < Dimensions.Count; i++)
        {
            if (Dimensions[i].Name == name)
            {
                return i;
            }
        }

        throw new GraphQL.ExecutionError($"{Name}Group has no {name}.") { Code = "BAD_STATS" };
    }

    public StatMeasure<TRow> Measure(string name) =>
        Measures.FirstOrDefault(m => m.Name == name) ?? throw new GraphQL.ExecutionError($"{Name}Measure has no {name}.") { Code = "BAD_STATS" };
}

/// <summary>A dimension as the schema shows it, whatever its rows.</summary>
internal interface IStatDimension
{
    string Name { get; }

    string Field { get; }

    Type GraphType { get; }

    string Description { get; }

    string? LabelField { get; }
}

/// <summary>A measure as the schema shows it.</summary>
internal interface IStatMeasure
{
    string Name { get; }

    string Description { get; }
}

/// <summary>A subject as the schema shows it: the names of its types and its dimensions and measures.</summary>
internal interface IStatSubject
{
    string Name { get; }

    string Plural { get; }

    IReadOnlyList<IStatDimension> Dimensions { get; }

    IReadOnlyList<IStatMeasure> Measures { get; }
}
