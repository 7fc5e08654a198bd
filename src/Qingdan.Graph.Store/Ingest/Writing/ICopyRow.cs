namespace Qingdan.Graph.Store.Ingest.Writing;

/// <summary>A row that writes its own values in its table's column order, typed, so that nothing is boxed on PostgreSQL.</summary>
internal interface ICopyRow
{
    /// <summary>Writes every column's value, in order.</summary>
    void Write(BinaryCopyWriter writer);

    /// <summary>The same values boxed, for SQLite's prepared statement.</summary>
    object?[] Values();
}
