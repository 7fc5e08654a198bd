using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Graph.Columns;

/// <summary>What the rules read of a node in their loops, straight from the columns: no record made, no text decoded.</summary>
internal sealed partial class NodeTable
{
    /// <summary>The node's name (a decision's title), decoded.</summary>
    public string? Name(int row) => _names.Get(row);

    /// <summary>A company's or agency's region code (the table's shared string), or null.</summary>
    public string? Region(int row) => KindAt(row) switch
    {
        NodeKind.Company => _words[_companies.Region(Ordinal(row))],
        NodeKind.Agency => _words[_agencies.Region(Ordinal(row))],
        _ => null,
    };

    /// <summary>A company's industry (the table's shared string), or null.</summary>
    public string? Industry(int row) => KindAt(row) == NodeKind.Company ? _words[_companies.Industry(Ordinal(row))] : null;

    public bool Listed(int row) => KindAt(row) == NodeKind.Company && _companies.Listed(Ordinal(row));

    /// <summary>An agency's sectors (shared: not to be changed); empty for any other node.</summary>
    public IReadOnlyList<string> Sectors(int row) => KindAt(row) == NodeKind.Agency ? _agencies.Sectors(Ordinal(row)) : [];

    /// <summary>A decision's kind (the table's shared string), or null for any other node.</summary>
    public string? DecisionKind(int row) => KindAt(row) == NodeKind.Decision ? _decisions.KindOf(Ordinal(row), _words) : null;

    public int DecidedDay(int row) => Decision(row).DecidedDay(Ordinal(row));

    public decimal? DecisionAmount(int row) => Decision(row).Amount(Ordinal(row));

    public int? Bidders(int row) => Decision(row).Bidders(Ordinal(row));

    public ProcurementMethod? Method(int row) => Decision(row).Method(Ordinal(row));

    private DecisionColumns Decision(int row) =>
        KindAt(row) == NodeKind.Decision ? _decisions : throw new InvalidOperationException($"Node {row} is not a decision.");
}
