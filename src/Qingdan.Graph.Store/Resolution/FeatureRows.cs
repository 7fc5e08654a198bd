using System.Data.Common;
using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Ingest.Resolution;
using Qingdan.Graph.Store.Ingest;
using Qingdan.Graph.Store.Ingest.Writing;

namespace Qingdan.Graph.Store.Resolution;

/// <summary>
/// What resolution reads of a stored record: its features, its current entity and rule; one reader for the
/// full and the scoped path.
/// </summary>
internal static class FeatureRows
{
    /// <summary>The columns <see cref="Read"/> expects, in order, of <c>source_records</c> aliased <c>r</c>.</summary>
    public const string Columns = "r.id, r.kind, r.registry, r.ref, r.normalized_name, r.identifier, r.identifier_status, " +
        "r.birth_date, r.gender, r.entity_id, r.resolved_by, r.birth_month";

    public static (ResolutionRecord Record, long? Entity, string? Rule) Read(DbDataReader reader)
    {
        var kind = (NodeKind)reader.Int(1)!.Value;
        var record = NewRecord.Feature(
            reader.Long(0)!.Value,
            kind,
            NewRecord.Key(reader.Text(2)!, kind, reader.Text(3)!),
            reader.Text(4) ?? string.Empty,
            reader.Text(5),
            reader.Text(6) is { } s ? Enum.Parse<IdentifierStatus>(s) : null,
            reader.Date(7),
            reader.Text(8) is { } g ? Enum.Parse<Sex>(g) : null,
            YearMonth.TryParse(reader.Text(11), out var month) ? month : null);
        return (record, reader.Long(9), reader.Text(10));
    }
}
