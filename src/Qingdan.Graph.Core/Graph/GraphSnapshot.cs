using Qingdan.Graph.Core.Graph.Columns;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Graph;

/// <summary>
/// A read-only projection of the store for traversal: nodes numbered 0..n-1, links as parallel
/// arrays (kind, word, endpoints, validity as day numbers, share), and adjacency in both directions
/// in compressed sparse row form. Properties and sources sit beside, off the traversal arrays.
/// </summary>
/// <remarks>
/// Structure of arrays, not objects: a typed as-of expansion reads a node's slice of link ids and
/// three small arrays, and allocates nothing. 34 bytes a link for traversal (kind 1, word 1,
/// endpoints 8, validity 8, share 8, one id in each direction 8), 8 more for its source; amounts,
/// salaries, titles and notes only for the links that have them (<see cref="LinkBytes"/>).
/// </remarks>
public sealed partial class GraphSnapshot
{
    internal const byte NoDetail = LinkDetails.None;

    private readonly NodeTable _nodes;
    private readonly byte[] _nodeKind;
    private readonly LinkTable _links;
    private readonly byte[] _kind;
    private readonly byte[] _detail;
    private readonly int[] _from;
    private readonly int[] _to;
    private readonly int[] _start;
    private readonly int[] _end;
    private readonly double[] _share;
    private readonly int[] _outStart;
    private readonly int[] _outLinks;
    private readonly int[] _inStart;
    private readonly int[] _inLinks;

    internal GraphSnapshot(long version, NodeTable nodes, LinkTable links)
    {
        Version = version;
        // Store ids are unique across the four kinds (one nodes table), so a link's endpoints need no kind to be found.
        _nodes = nodes;
        _nodeKind = nodes.Kinds;
        _links = links;
        _kind = links.Kind;
        _detail = links.Detail;
        _from = links.From;
        _to = links.To;
        _start = links.Start;
        _end = links.End;
        _share = links.Share;
        if (_from.Length < 1 << 20)
        {
            (_outStart, _outLinks) = Csr(nodes.Count, _from);
            (_inStart, _inLinks) = Csr(nodes.Count, _to);
        }
        else
        {
            // The two directions apart on two cores: a large snapshot's load waits for them.
            var incoming = Task.Run(() => Csr(nodes.Count, links.To));
            (_outStart, _outLinks) = Csr(nodes.Count, _from);
            (_inStart, _inLinks) = incoming.GetAwaiter().GetResult();
        }
    }

    /// <summary>The store version this snapshot was built from.</summary>
    public long Version { get; }

    /// <summary>The personal-matters reports (rule REP), beside the graph; set once, by whoever builds the snapshot.</summary>
    public ReportBook Reports { get; internal set; } = ReportBook.Empty;

    public int NodeCount => _nodes.Count;

    public int LinkCount => _kind.Length;

    /// <summary>The node index of an entity, or -1 when the snapshot does not hold it.</summary>
    public int IndexOf(EntityId id) => _nodes.IndexOf(id.Value) is var index and >= 0 && _nodeKind[index] == (byte)id.Kind ? index : -1;

    public EntityId IdOf(int node) => new((NodeKind)_nodeKind[node], _nodes.IdAt(node));

    public NodeKind KindOf(int node) => (NodeKind)_nodeKind[node];

    /// <summary>
    /// The node's record: a <see cref="Person"/>, <see cref="Company"/>, <see cref="Agency"/> or <see cref="Decision"/>, made
    /// from the node columns at each call (loops read the columns instead: <see cref="RegionOf"/>, <see cref="DecisionKindOf"/>, …).
    /// </summary>
    public object NodeOf(int node) => _nodes.Record(node);

    public Company CompanyOf(int node) => (Company)_nodes.Record(node);

    public LinkKind LinkKindOf(int link) => (LinkKind)_kind[link];

    public int FromOf(int link) => _from[link];

    public int ToOf(int link) => _to[link];

    public Interval ValidityOf(int link) => new(Days.ToDate(_start[link]), Days.ToDate(_end[link]));

    /// <summary>The link's properties as stated, with the first registry row that states it.</summary>
    public SnapshotLink FactOf(int link) => new()
    {
        Kind = (LinkKind)_kind[link],
        From = _nodes.IdAt(_from[link]),
        To = _nodes.IdAt(_to[link]),
        Start = Days.ToDate(_start[link]),
        End = Days.ToDate(_end[link]),
        Detail = _links.DetailOf(link),
        Share = _links.ShareStated[link] ? _share[link] : null,
        Amount = AmountOf(link),
        MonthlySalary = MonthlySalaryOf(link),
        Nominal = NominalOf(link),
        Title = _links.Title.TryGet(link, out var title) ? title : null,
        Note = _links.Note.TryGet(link, out var note) ? note : null,
        Source = _links.Sources.FirstOf(link),
    };

    /// <summary>The link's relation, role, participation role or transaction kind, in snake case, as <see cref="FactOf"/> gives
    /// it.</summary>
    public string? DetailNameOf(int link) => _links.DetailOf(link);

    /// <summary>The link's amount, if stated (a transaction's, a bid's, a shareholding's value).</summary>
    public decimal? AmountOf(int link) => _links.Amount.TryGet(link, out var amount) ? amount : null;

    /// <summary>The monthly salary of a role, if stated.</summary>
    public decimal? MonthlySalaryOf(int link) => _links.MonthlySalary.TryGet(link, out var salary) ? salary : null;

    /// <summary>Whether a role is stated as nominal (挂名), if stated.</summary>
    public bool? NominalOf(int link) => _links.Nominal.TryGet(link, out var nominal) ? nominal : null;

    /// <summary>Every registry row that states the link.</summary>
    public IReadOnlyList<SourceRef> SourcesOf(int link) => _links.Sources.Of(link);

    /// <summary>
    /// Bytes the snapshot holds for its links: the traversal arrays (kind, detail, endpoints, validity,
    /// share, and one link id in each direction's adjacency) and, apart, the properties and sources.
    /// </summary>
    public (long Traversal, long Properties) LinkBytes()
    {
        var (traversal, properties) = _links.Bytes();
        return (traversal + ((long)(_outLinks.Length + _inLinks.Length) * sizeof(int)), properties);
    }

    /// <summary>Officials: every person with at least one Position link (RULES "Who counts").</summary>
    public IReadOnlyList<int> Officials()
    {
        var officials = new List<int>();
        for (var node = 0; node < _nodes.Count; node++)
        {
            if (_nodeKind[node] == (byte)NodeKind.Person && IsOfficial(node))
            {
                officials.Add(node);
            }
        }

        return officials;
    }

    /// <summary>True when the node is a person with at least one Position link.</summary>
    public bool IsOfficial(int node)
    {
        foreach (var link in Outgoing(node))
        {
            if ((LinkKind)_kind[link] == LinkKind.Position)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The links leaving the node (it is their <c>from</c>).</summary>
    public IReadOnlyList<int> LinksFrom(int node) => Outgoing(node).ToArray();

    /// <summary>The links arriving at the node (it is their <c>to</c>).</summary>
    public IReadOnlyList<int> LinksTo(int node) => Incoming(node).ToArray();

    internal int StartOf(int link) => _start[link];

    internal int EndOf(int link) => _end[link];

    /// <summary>The link's relation, role, participation role or transaction kind as its enum's number, or <see
    /// cref="NoDetail"/>.</summary>
    internal byte DetailOf(int link) => _detail[link];

    internal bool ValidAt(int link, int day) => _start[link] <= day && day <= _end[link];

    internal ReadOnlySpan<int> Outgoing(int node)
    {
        Footprint(node);
        return _outLinks.AsSpan(_outStart[node], _outStart[node + 1] - _outStart[node]);
    }

    internal ReadOnlySpan<int> Incoming(int node)
    {
        Footprint(node);
        return _inLinks.AsSpan(_inStart[node], _inStart[node + 1] - _inStart[node]);
    }

    // Counting sort by endpoint, link ids ascending within a node: one pass to count, one to place.
    internal static (int[] Start, int[] Links) Csr(int nodes, int[] endpoint)
    {
        var start = new int[nodes + 1];
        foreach (var node in endpoint)
        {
            start[node + 1]++;
        }

        for (var i = 0; i < nodes; i++)
        {
            start[i + 1] += start[i];
        }

        var next = (int[])start.Clone();
        var links = GC.AllocateUninitializedArray<int>(endpoint.Length);
        for (var link = 0; link < endpoint.Length; link++)
        {
            links[next[endpoint[link]]++] = link;
        }

        return (start, links);
    }
}
