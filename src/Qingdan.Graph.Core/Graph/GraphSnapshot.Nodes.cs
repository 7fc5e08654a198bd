using Qingdan.Graph.Core.Graph.Columns;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Graph;

/// <summary>
/// Node attributes read straight from the node columns, for the loops that read them for every link they
/// follow (jurisdiction, the salary medians, NL3's lenders, NL5's listed companies, NL9's decisions): no
/// record is made, and the words come back as the one string the snapshot keeps for each.
/// </summary>
public sealed partial class GraphSnapshot
{
    /// <summary>
    /// Bytes the snapshot holds for its nodes: ids, kinds, names, every kind's attributes, the words, the adjacency offsets.
    /// </summary>
    public long NodeBytes() => _nodes.Bytes + ((long)(_outStart.Length + _inStart.Length) * sizeof(int));

    /// <summary>The node columns, for a new version made of this one's rows and the changed ones.</summary>
    internal NodeTable Nodes => _nodes;

    /// <summary>The node's name (a decision's title).</summary>
    internal string? NameOf(int node) => _nodes.Name(node);

    /// <summary>A company's or an agency's region code, or null.</summary>
    internal string? RegionOf(int node) => _nodes.Region(node);

    /// <summary>A company's industry, or null.</summary>
    internal string? IndustryOf(int node) => _nodes.Industry(node);

    /// <summary>True for a listed company.</summary>
    internal bool IsListed(int node) => _nodes.Listed(node);

    /// <summary>A company in industry section J (finance): <see cref="Company.IsFinancialInstitution"/> from the columns.</summary>
    internal bool IsFinancialInstitution(int node) =>
        _nodes.Industry(node) is { Length: > 0 } industry && char.ToUpperInvariant(industry[0]) == 'J';

    /// <summary>An agency's sectors (empty: every sector of its region); empty for other nodes.</summary>
    internal IReadOnlyList<string> SectorsOf(int node) => _nodes.Sectors(node);

    /// <summary>A decision's kind, or null when the node is no decision.</summary>
    internal string? DecisionKindOf(int node) => _nodes.DecisionKind(node);

    /// <summary>A decision's day, as a day number.</summary>
    internal int DecidedDayOf(int node) => _nodes.DecidedDay(node);

    internal decimal? DecisionAmountOf(int node) => _nodes.DecisionAmount(node);

    internal int? BiddersOf(int node) => _nodes.Bidders(node);

    internal ProcurementMethod? MethodOf(int node) => _nodes.Method(node);
}
