using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Graph;

/// <summary>
/// A read-only projection of the store for traversal: nodes numbered 0..n-1, links as parallel
/// arrays (kind, word, endpoints, validity as day numbers, share), and adjacency in both directions
/// in compressed sparse row form. Properties and sources sit beside, off the traversal arrays.
/// </summary>
/// <remarks>
/// Structure of arrays, not objects: a typed as-of expansion reads a node's slice of link ids and
/// three small arrays, and allocates nothing. ≈ 34 bytes a link for traversal (kind 1, word 1,
/// endpoints 8, validity 8, share 8, one id in each direction 8).
/// </remarks>
public sealed partial class GraphSnapshot
{
    internal const byte NoDetail = byte.MaxValue;

    private readonly EntityId[] _ids;
    private readonly object[] _nodes;
    private readonly Dictionary<long, int> _index;
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
    private readonly SnapshotLink[] _facts;
    private readonly SourceRef[][] _sources;

    internal GraphSnapshot(long version, EntityId[] ids, object[] nodes, List<SnapshotLink> facts, List<List<SourceRef>> sources)
    {
        Version = version;
        _ids = ids;
        _nodes = nodes;
        // Store ids are unique across the four kinds (one nodes table), so a link's endpoints need no kind to be found.
        _index = new Dictionary<long, int>(ids.Length);
        for (var i = 0; i < ids.Length; i++)
        {
            _index[ids[i].Value] = i;
        }

        var m = facts.Count;
        _kind = new byte[m];
        _detail = new byte[m];
        _from = new int[m];
        _to = new int[m];
        _start = new int[m];
        _end = new int[m];
        _share = new double[m];
        _facts = facts.ToArray();
        _sources = sources.Select(s => s.ToArray()).ToArray();
        for (var i = 0; i < m; i++)
        {
            var fact = facts[i];
            _kind[i] = (byte)fact.Kind;
            _detail[i] = DetailCode(fact.Kind, fact.Detail);
            _from[i] = _index[fact.From];
            _to[i] = _index[fact.To];
            _start[i] = Days.Start(fact.Start);
            _end[i] = Days.End(fact.End);
            _share[i] = fact.Share ?? 0;
        }

        (_outStart, _outLinks) = Csr(ids.Length, _from);
        (_inStart, _inLinks) = Csr(ids.Length, _to);
    }

    /// <summary>The store version this snapshot was built from.</summary>
    public long Version { get; }

    public int NodeCount => _ids.Length;

    public int LinkCount => _kind.Length;

    /// <summary>The node index of an entity, or -1 when the snapshot does not hold it.</summary>
    public int IndexOf(EntityId id) => _index.TryGetValue(id.Value, out var index) && _ids[index].Kind == id.Kind ? index : -1;

    public EntityId IdOf(int node) => _ids[node];

    public NodeKind KindOf(int node) => _ids[node].Kind;

    /// <summary>The node's record: a <see cref="Person"/>, <see cref="Company"/>, <see cref="Agency"/> or <see cref="Decision"/>.</summary>
    public object NodeOf(int node) => _nodes[node];

    public Company CompanyOf(int node) => (Company)_nodes[node];

    public LinkKind LinkKindOf(int link) => (LinkKind)_kind[link];

    public int FromOf(int link) => _from[link];

    public int ToOf(int link) => _to[link];

    public Interval ValidityOf(int link) => new(Days.ToDate(_start[link]), Days.ToDate(_end[link]));

    /// <summary>The link's properties as stated.</summary>
    public SnapshotLink FactOf(int link) => _facts[link];

    /// <summary>Every registry row that states the link.</summary>
    public IReadOnlyList<SourceRef> SourcesOf(int link) => _sources[link];

    /// <summary>Officials: every person with at least one Position link (RULES "Who counts").</summary>
    public IReadOnlyList<int> Officials()
    {
        var officials = new List<int>();
        for (var node = 0; node < _ids.Length; node++)
        {
            if (_ids[node].Kind == NodeKind.Person && IsOfficial(node))
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

    /// <summary>The link's relation, role, participation role or transaction kind as its enum's number, or <see cref="NoDetail"/>.</summary>
    internal byte DetailOf(int link) => _detail[link];

    internal bool ValidAt(int link, int day) => _start[link] <= day && day <= _end[link];

    internal ReadOnlySpan<int> Outgoing(int node) => _outLinks.AsSpan(_outStart[node], _outStart[node + 1] - _outStart[node]);

    internal ReadOnlySpan<int> Incoming(int node) => _inLinks.AsSpan(_inStart[node], _inStart[node + 1] - _inStart[node]);

    private static byte DetailCode(LinkKind kind, string? detail)
    {
        if (detail is null)
        {
            return NoDetail;
        }

        int? code = kind switch
        {
            LinkKind.Family => Wire.TryParse<FamilyRelation>(detail, out var r) ? (int)r : null,
            LinkKind.Associate => Wire.TryParse<AssociateKind>(detail, out var a) ? (int)a : null,
            LinkKind.Role => Wire.TryParse<CompanyRole>(detail, out var c) ? (int)c : null,
            LinkKind.Participation => Wire.TryParse<ParticipationRole>(detail, out var p) ? (int)p : null,
            LinkKind.Transaction => Wire.TryParse<TransactionKind>(detail, out var t) ? (int)t : null,
            _ => null,
        };
        return code is { } value ? (byte)value : NoDetail;
    }

    // Counting sort by endpoint, link ids ascending within a node: one pass to count, one to place.
    private static (int[] Start, int[] Links) Csr(int nodes, int[] endpoint)
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
        var links = new int[endpoint.Length];
        for (var link = 0; link < endpoint.Length; link++)
        {
            links[next[endpoint[link]]++] = link;
        }

        return (start, links);
    }
}
