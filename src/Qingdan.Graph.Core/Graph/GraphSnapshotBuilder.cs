using System.Runtime.CompilerServices;
using Qingdan.Graph.Core.Graph.Columns;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Graph;

/// <summary>
/// Collects nodes and link rows in one streaming pass, straight into columns, and builds a
/// <see cref="GraphSnapshot"/>. Rows that state the same link (endpoints, kind, properties, interval)
/// merge into one link with several sources, as RULES "Effective ownership" requires; a row naming a
/// node the builder was not given is refused.
/// </summary>
public sealed class GraphSnapshotBuilder
{
    private readonly NodeTable _nodes;
    // Only while building, to find links' endpoints fast; the snapshot finds ids in the node table.
    private readonly Dictionary<long, int> _index;
    private readonly Growable<byte> _kind;
    private readonly Growable<byte> _detail;
    private readonly Growable<long> _fromId;
    private readonly Growable<long> _toId;
    private int[] _from = [];
    private int[] _to = [];
    private readonly Growable<int> _start;
    private readonly Growable<int> _end;
    private readonly Growable<double> _share;
    private readonly Bits _shareStated;
    private readonly SparseColumn<decimal> _amount = new();
    private readonly SparseColumn<decimal> _salary = new();
    private readonly SparseColumn<bool> _nominal = new();
    private readonly SparseColumn<string> _title = new();
    private readonly SparseColumn<string> _note = new();
    private readonly SparseColumn<string> _detailText = new();
    private readonly LinkSources _sources;
    private readonly Growable<int> _storeIds;
    private bool _storeIdsAscending = true;
    private readonly Func<long, int>? _lookup;
    private readonly int _nodeCount;
    private bool _built;
    private readonly List<PersonalReport> _reports = [];
    private readonly Dictionary<string, (byte Code, bool Canonical)>?[] _details = new Dictionary<string, (byte, bool)>?[256];

    public GraphSnapshotBuilder()
        : this(0, 0)
    {
    }

    /// <summary>A builder sized for about this many nodes and link rows (a hint: more may come).</summary>
    public GraphSnapshotBuilder(int nodeCapacity, int linkCapacity)
    {
        _nodes = new NodeTable(nodeCapacity);
        _index = new Dictionary<long, int>(nodeCapacity);
        _kind = new Growable<byte>(linkCapacity);
        _detail = new Growable<byte>(linkCapacity);
        _fromId = new Growable<long>(linkCapacity);
        _toId = new Growable<long>(linkCapacity);
        _start = new Growable<int>(linkCapacity);
        _end = new Growable<int>(linkCapacity);
        _share = new Growable<double>(linkCapacity);
        _shareStated = new Bits(linkCapacity);
        _sources = new LinkSources(linkCapacity);
        _storeIds = new Growable<int>(linkCapacity);
    }

    /// <summary>
    /// A builder of links only, for a patch: endpoints are looked up in the patched snapshot's nodes
    /// (<paramref name="indexOf"/> gives a node's index, or -1), of which there are <paramref name="nodeCount"/>.
    /// </summary>
    internal GraphSnapshotBuilder(int nodeCount, Func<long, int> indexOf, int linkCapacity)
        : this(0, linkCapacity)
    {
        _lookup = indexOf;
        _nodeCount = nodeCount;
    }

    /// <summary>
    /// Adds a <see cref="Person"/>, <see cref="Company"/>, <see cref="Agency"/> or <see cref="Decision"/>: its attributes go into
    /// the node columns, the record is not kept.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public GraphSnapshotBuilder AddNode(object node)
    {
        ObjectDisposedException.ThrowIf(_built, this);
        var id = NodeRecords.IdOf(node);
        if (!_index.TryAdd(id.Value, _nodes.Count))
        {
            throw new ArgumentException($"Node {id} was added twice.", nameof(node));
        }

        _nodes.Append(node);
        return this;
    }

    public GraphSnapshotBuilder AddLink(SnapshotLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return AddLink(new SnapshotLinkRow(
            link.Kind, link.From, link.To, Days.Start(link.Start), Days.End(link.End), link.Detail, link.Share, link.Amount, link
                .MonthlySalary, link.Nominal,
            link.Title, link.Note, link.Source.Bundle, link.Source.File, link.Source.Line));
    }

    /// <remarks>
    /// Touches only the link columns, never the nodes: a loader may add nodes on one thread while it adds
    /// links on another. Endpoints are looked up when the snapshot is built, where a link naming a node
    /// the builder was not given is refused. A share is a fraction between 0 and 1 (25% = 0.25): any other
    /// number would make effective ownership meaningless, so it is refused here, where every share enters.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal GraphSnapshotBuilder AddLink(in SnapshotLinkRow link)
    {
        ObjectDisposedException.ThrowIf(_built, this);
        if (link.Share is { } share && !(share >= 0 && share <= 1))
        {
            throw new ArgumentOutOfRangeException(
                nameof(link),
                share,
                $"A share is a fraction between 0 and 1 ({link.Bundle}/{link.File}:{link.Line}).");
        }

        var row = _kind.Count;
        _kind.Add((byte)link.Kind);
        var (detail, canonical) = Detail(link.Kind, link.Detail);
        _detail.Add(detail);
        if (!canonical)
        {
            _detailText.Add(row, link.Detail!);
        }

        _fromId.Add(link.From);
        _toId.Add(link.To);
        _start.Add(link.Start);
        _end.Add(link.End);
        _share.Add(link.Share ?? 0);
        if (link.Share is not null)
        {
            _shareStated[row] = true;
        }

        AddIfStated(_amount, row, link.Amount);
        AddIfStated(_salary, row, link.MonthlySalary);
        AddIfStated(_nominal, row, link.Nominal);
        if (link.Title is { } title)
        {
            _title.Add(row, title);
        }

        if (link.Note is { } note)
        {
            _note.Add(row, note);
        }

        _sources.Add(link.Bundle, link.File, link.Line);
        if (_storeIdsAscending)
        {
            // Ids that ascend and fit in an int are kept; any other row means links from no store: no ids at all.
            if (link.StoreId is >= 0 and <= int.MaxValue && (_storeIds.Count == 0 || _storeIds[_storeIds.Count - 1] < link.StoreId))
            {
                _storeIds.Add((int)link.StoreId);
            }
            else
            {
                _storeIdsAscending = false;
                _storeIds.Detach();
            }
        }

        return this;
    }

    /// <summary>Adds a personal-matters report; its person and items' entities need not be nodes of the snapshot.</summary>
    public GraphSnapshotBuilder AddReport(PersonalReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        _reports.Add(report);
        return this;
    }

    /// <summary>Builds the snapshot; the columns are handed over, not copied, so a builder builds once.</summary>
    public GraphSnapshot Build(long version)
    {
        if (_built)
        {
            throw new InvalidOperationException("This builder has built its snapshot already; its columns belong to it now.");
        }

        var links = BuildLinks();
        return new GraphSnapshot(version, _nodes.Seal(), links)
        {
            Reports = _reports.Count == 0 ? ReportBook.Empty : new ReportBook(_reports),
        };
    }

    /// <summary>The links as columns, rows that state the same link merged; the builder is spent.</summary>
    internal LinkTable BuildLinks()
    {
        _built = true;
        var rows = _kind.Count;
        (_from, _to) = (Endpoints(_fromId), Endpoints(_toId));
        _index.Clear();
        _index.TrimExcess();
        var duplicateOf = FindDuplicates(rows);
        return duplicateOf is null ? Unmerged() : Merged(duplicateOf);
    }

    private int[] Endpoints(Growable<long> ids)
    {
        var nodes = new int[ids.Count];
        for (var row = 0; row < nodes.Length; row++)
        {
            if (_lookup is null ? !_index.TryGetValue(ids[row], out nodes[row]) : (nodes[row] = _lookup(ids[row])) < 0)
            {
                var source = _sources.RowSource(row);
                throw new ArgumentException(
                    $"Link {(LinkKind)_kind[row]} {_fromId[row]} → {_toId[row]} ({source.Bundle}/{source.File}:{source.Line}) names a " +
                        "node the snapshot does not hold.");
            }
        }

        ids.Detach();
        return nodes;
    }

    // Loaders hand over one shared string per distinct word, so the code is remembered by reference: a
    // lookup by identity instead of a case-insensitive parse a row.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (byte Code, bool Canonical) Detail(LinkKind kind, string? text)
    {
        if (text is null)
        {
            return (LinkDetails.None, true);
        }

        var seen = _details[(int)kind] ??= new Dictionary<string, (byte, bool)>(ReferenceEqualityComparer.Instance);
        if (seen.TryGetValue(text, out var known))
        {
            return known;
        }

        var code = LinkDetails.Code(kind, text);
        var result = (code, string.Equals(LinkDetails.Name(kind, code), text, StringComparison.Ordinal));
        if (seen.Count < 4096)
        {
            seen[text] = result;
        }

        return result;
    }

    private int[]? StoreIds(Func<Growable<int>, int[]> take) =>
        _storeIdsAscending && _storeIds.Count == _kind.Count ? take(_storeIds) : null;

    private static void AddIfStated<T>(SparseColumn<T> column, int row, T? value)
        where T : struct
    {
        if (value is { } stated)
        {
            column.Add(row, stated);
        }
    }

    private LinkTable Unmerged()
    {
        var storeIds = StoreIds(rows => rows.Detach());
        _amount.Trim();
        _salary.Trim();
        _nominal.Trim();
        _title.Trim();
        _note.Trim();
        _detailText.Trim();
        _sources.Complete();
        return new LinkTable
        {
            Kind = _kind.Detach(),
            Detail = _detail.Detach(),
            From = _from,
            To = _to,
            Start = _start.Detach(),
            End = _end.Detach(),
            Share = _share.Detach(),
            ShareStated = _shareStated,
            Amount = _amount,
            MonthlySalary = _salary,
            Nominal = _nominal,
            Title = _title,
            Note = _note,
            DetailText = _detailText,
            Sources = _sources,
            StoreId = storeIds,
        };
    }

    private LinkTable Merged(int[] duplicateOf)
    {
        var storeIds = StoreIds(rows => rows.Detach());
        var kept = new Growable<int>(duplicateOf.Length);
        var newIndex = new int[duplicateOf.Length];
        for (var row = 0; row < duplicateOf.Length; row++)
        {
            newIndex[row] = duplicateOf[row] < 0 ? kept.Count : -1;
            if (duplicateOf[row] < 0)
            {
                kept.Add(row);
            }
        }

        var keep = kept.AsSpan();
        _sources.Complete(keep, newIndex, duplicateOf);
        return new LinkTable
        {
            Kind = Keep(_kind, keep),
            Detail = Keep(_detail, keep),
            From = Keep<int>(_from, keep),
            To = Keep<int>(_to, keep),
            Start = Keep(_start, keep),
            End = Keep(_end, keep),
            Share = Keep(_share, keep),
            ShareStated = _shareStated.Keep(keep),
            Amount = _amount.Keep(newIndex),
            MonthlySalary = _salary.Keep(newIndex),
            Nominal = _nominal.Keep(newIndex),
            Title = _title.Keep(newIndex),
            Note = _note.Keep(newIndex),
            DetailText = _detailText.Keep(newIndex),
            Sources = _sources,
            StoreId = storeIds is null ? null : Keep<int>(storeIds, keep),
        };
    }

    private static T[] Keep<T>(Growable<T> column, ReadOnlySpan<int> kept) => Keep<T>(column.AsSpan(), kept);

    private static T[] Keep<T>(ReadOnlySpan<T> column, ReadOnlySpan<int> kept)
    {
        var result = new T[kept.Length];
        for (var i = 0; i < kept.Length; i++)
        {
            result[i] = column[kept[i]];
        }

        return result;
    }

    /// <summary>
    /// For each row, the earlier row stating the same link, or -1; null when no row repeats another (the
    /// usual case). Rows are grouped by their <c>from</c> node and, where a node has many, sorted by
    /// (to, kind), so that only rows that could be equal are compared.
    /// </summary>
    private int[]? FindDuplicates(int rows)
    {
        var nodes = _lookup is null ? _nodes.Count : _nodeCount;
        var (start, byFrom) = GraphSnapshot.Csr(nodes, _from);
        int[]? duplicateOf = null;
        long[] keys = [];
        for (var node = 0; node < nodes; node++)
        {
            var group = byFrom.AsSpan(start[node], start[node + 1] - start[node]);
            if (group.Length < 2)
            {
                continue;
            }

            if (group.Length > 16)
            {
                // Sorted by (to, kind), then by row within a run of equal keys, so the first of equal rows stays first.
                if (keys.Length < group.Length)
                {
                    keys = new long[Math.Max(group.Length, keys.Length * 2)];
                }

                var key = keys.AsSpan(0, group.Length);
                for (var i = 0; i < group.Length; i++)
                {
                    key[i] = ((long)_to[group[i]] << 8) | _kind[group[i]];
                }

                key.Sort(group);
                for (var runStart = 0; runStart < group.Length;)
                {
                    var runEnd = runStart + 1;
                    while (runEnd < group.Length && key[runEnd] == key[runStart])
                    {
                        runEnd++;
                    }

                    if (runEnd - runStart > 1)
                    {
                        var run = group[runStart..runEnd];
                        run.Sort();
                        MarkDuplicates(run, ref duplicateOf, rows);
                    }

                    runStart = runEnd;
                }
            }
            else
            {
                MarkDuplicates(group, ref duplicateOf, rows);
            }
        }

        return duplicateOf;
    }

    // Rows ascending; each is compared with the earlier rows that are not themselves duplicates.
    private void MarkDuplicates(Span<int> group, ref int[]? duplicateOf, int rows)
    {
        for (var i = 1; i < group.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if ((duplicateOf is null || duplicateOf[group[j]] < 0) && Same(group[j], group[i]))
                {
                    if (duplicateOf is null)
                    {
                        duplicateOf = new int[rows];
                        Array.Fill(duplicateOf, -1);
                    }

                    duplicateOf[group[i]] = group[j];
                    break;
                }
            }
        }
    }

    private bool Same(int a, int b) =>
        _to[a] == _to[b] && _kind[a] == _kind[b] && _start[a] == _start[b] && _end[a] == _end[b] && _detail[a] == _detail[b]
        && _share[a].Equals(_share[b]) && _shareStated[a] == _shareStated[b]
        && Equal(_amount, a, b) && Equal(_salary, a, b) && Equal(_nominal, a, b) && Equal(_title, a, b) && Equal(_note, a, b) && Equal(
            _detailText,
            a,
            b);

    private static bool Equal<T>(SparseColumn<T> column, int a, int b)
    {
        var hasA = column.TryGet(a, out var valueA);
        var hasB = column.TryGet(b, out var valueB);
        return hasA == hasB && (!hasA || EqualityComparer<T>.Default.Equals(valueA, valueB));
    }
}
