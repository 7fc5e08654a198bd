namespace Qingdan.Graph.Ingest.Sources;

/// <summary>The formats <c>qingdan ingest</c> reads (docs/ingest.md, formats/).</summary>
internal enum SourceFormat
{
    /// <summary>A registry bundle: a folder of CSV files with its manifest.</summary>
    Bundle,

    /// <summary>An OCDS release or record package.</summary>
    Ocds,

    /// <summary>A BODS statement array.</summary>
    Bods,

    /// <summary>Files as an agency delivered them, read through a mapping (mapping.md).</summary>
    Mapping,
}
