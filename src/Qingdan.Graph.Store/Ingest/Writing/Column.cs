namespace Qingdan.Graph.Store.Ingest.Writing;

/// <summary>A column of a bulk write: its name in the store and its type.</summary>
internal readonly record struct Column(string Name, ColumnType Type);
