using Qingdan.Graph.Ingest.Sheets;

namespace Qingdan.Graph.Ingest.Mappings;

/// <summary>One delivered file (or sheet) read by one table of the mapping, its header found.</summary>
internal sealed class MappedTable(int tableIndex, TableMapping mapping, SheetSource source, HeaderRow header)
{
    public int TableIndex { get; } = tableIndex;

    public TableMapping Mapping { get; } = mapping;

    public SheetSource Source { get; } = source;

    public HeaderRow Header { get; } = header;

    public RowEvaluator Evaluator { get; } = new(mapping, header);

    /// <summary>The rows rejected while the records were combined, which the links' pass leaves out.</summary>
    public HashSet<int> RejectedRows { get; } = [];

    /// <summary>True once a pass has counted the table's rows.</summary>
    public bool Counted { get; set; }

    public bool MakesNodes => Mapping.Records.Any(r => r.File.HasRef);

    public bool MakesLinks => Mapping.Records.Any(r => !r.File.HasRef && r.File.IsRead);
}
