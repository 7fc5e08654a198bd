namespace Qingdan.Graph.Ingest.Sheets;

/// <summary>What a delivered cell holds.</summary>
internal enum CellKind : byte
{
    Empty,
    Text,
    Number,
    Date,
    Boolean,

    /// <summary>An Excel error value (<c>#N/A</c>, <c>#DIV/0!</c>…): never read as a value.</summary>
    Error,

    /// <summary>A formula saved without its computed value: nothing to read.</summary>
    NoCachedValue,
}
