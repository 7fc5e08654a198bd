namespace Qingdan.Graph.Ingest.Mappings;

/// <summary>
/// A record one row made: its values in the bundle file's column order (null for empty), its ref for the
/// kinds that have one, and the cells a split gave it (the part of the split cell it was made for).
/// </summary>
internal sealed record MappedRecord(RecordMapping Mapping, string?[] Values, string? Ref, IReadOnlyDictionary<string, string>? Parts);
