using Qingdan.Graph.Ingest.Bundles;

namespace Qingdan.Graph.Ingest.Mappings;

/// <summary>
/// A record a table's row makes: a record of the bundle file <see cref="File"/>, its ref joined from
/// <see cref="RefColumns"/>, its fields, made only on rows where <see cref="When"/> holds.
/// </summary>
internal sealed record RecordMapping(
    int Line,
    string Name,
    BundleFile File,
    IReadOnlyList<string> RefColumns,
    IReadOnlyList<FieldMapping> Fields,
    Condition? When)
{
    /// <summary>The records of the same table this one points at (<c>{record: …}</c>), each once.</summary>
    public IReadOnlyList<string> PointsAt { get; init; } = [];

    /// <summary>The field whose <c>split</c> makes the record once per value; null for none.</summary>
    public FieldMapping? SplitField { get; init; }

    public FieldMapping? Field(string column) => Fields.FirstOrDefault(f => f.Column == column);
}
