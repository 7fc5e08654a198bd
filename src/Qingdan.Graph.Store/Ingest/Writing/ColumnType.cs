namespace Qingdan.Graph.Store.Ingest.Writing;

/// <summary>The column types bulk writes use, mapped per database.</summary>
internal enum ColumnType
{
    BigInt,
    Int,
    SmallInt,
    Text,
    Date,
    Timestamp,
    Numeric,
    Double,
    Bool,
    Uuid,
}
