using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Graph.Columns;

/// <summary>
/// The registry rows behind each link, 8 bytes a link: the (bundle, file) pair's number in the high
/// half, the line in the low half. A link stated by several rows keeps the others beside, by link.
/// </summary>
internal sealed class LinkSources
{
    private readonly List<(string Bundle, string File)> _origins = [];
    private readonly Dictionary<(string Bundle, string File), int> _originIndex = [];
    private Growable<long> _first;
    private long[] _firstDetached = [];
    private Dictionary<int, List<long>> _more = [];
    private (string Bundle, string File, int Origin) _last = (string.Empty, string.Empty, -1);

    public LinkSources(int capacity) => _first = new Growable<long>(capacity);

    public void Add(string bundle, string file, int line) => _first.Add(Pack(bundle, file, line));

    /// <summary>The (bundle, file) pairs, numbered as the packed sources number them.</summary>
    public IReadOnlyList<(string Bundle, string File)> Origins => _origins;

    /// <summary>Each link's first source, packed.</summary>
    public ReadOnlySpan<long> First => _firstDetached;

    /// <summary>The further sources of the links several rows state, packed, by link.</summary>
    public IReadOnlyDictionary<int, List<long>> More => _more;

    /// <summary>Sources read back whole; every packed source must name one of the origins.</summary>
    public static LinkSources Of(IReadOnlyList<(string Bundle, string File)> origins, long[] first, Dictionary<int, List<long>> more)
    {
        var sources = new LinkSources(1);
        foreach (var origin in origins)
        {
            sources._originIndex.TryAdd(origin, sources._origins.Count);
            sources._origins.Add(origin);
        }

        foreach (var packed in first)
        {
            sources.Check(packed);
        }

        foreach (var (link, list) in more)
        {
            if ((uint)link >= (uint)first.Length)
            {
                throw new InvalidDataException($"Further sources are listed for link {link}, past the {first.Length} links.");
            }

            list.ForEach(sources.Check);
        }

        sources._firstDetached = first;
        sources._more = more;
        return sources;
    }

    /// <summary>A row's source while rows are still being added.</summary>
    public SourceRef RowSource(int row) => Unpack(_first[row]);

    public IReadOnlyList<SourceRef> Of(int link)
    {
        var first = Unpack(_firstDetached[link]);
        if (!_more.TryGetValue(link, out var more))
        {
            return [first];
        }

        var all = new SourceRef[more.Count + 1];
        all[0] = first;
        for (var i = 0; i < more.Count; i++)
        {
            all[i + 1] = Unpack(more[i]);
        }

        return all;
    }

    public SourceRef FirstOf(int link) => Unpack(_firstDetached[link]);

    /// <summary>Ends the adding when every row became a link of its own.</summary>
    public void Complete() => _firstDetached = _first.Detach();

    /// <summary>
    /// Ends the adding: <paramref name="kept"/> lists the rows that became links, in order; a merged row's
    /// source goes to the link <paramref name="newIndex"/> gives its earlier equal.
    /// </summary>
    public void Complete(ReadOnlySpan<int> kept, ReadOnlySpan<int> newIndex, ReadOnlySpan<int> duplicateOf)
    {
        var first = new long[kept.Length];
        for (var i = 0; i < kept.Length; i++)
        {
            first[i] = _first[kept[i]];
        }

        var more = new Dictionary<int, List<long>>();
        for (var row = 0; row < duplicateOf.Length; row++)
        {
            if (duplicateOf[row] >= 0)
            {
                var link = newIndex[duplicateOf[row]];
                if (!more.TryGetValue(link, out var list))
                {
                    more[link] = list = [];
                }

                list.Add(_first[row]);
            }
        }

        _first = new Growable<long>(1);
        _firstDetached = first;
        _more = more;
    }

    /// <summary>Bytes held, for the memory figures.</summary>
    public long Bytes => ((long)_firstDetached.Length * sizeof(long)) + _more.Sum(pair => 48 + (pair.Value.Count * sizeof(long)));

    private long Pack(string bundle, string file, int line)
    {
        // Rows arrive file by file: the last origin, compared by reference, spares hashing two strings a row.
        var origin = _last.Origin;
        if (origin < 0 || !ReferenceEquals(bundle, _last.Bundle) || !ReferenceEquals(file, _last.File))
        {
            var key = (bundle, file);
            if (!_originIndex.TryGetValue(key, out origin))
            {
                origin = _origins.Count;
                _origins.Add(key);
                _originIndex[key] = origin;
            }

            _last = (bundle, file, origin);
        }

        return ((long)origin << 32) | (uint)line;
    }

    private void Check(long packed)
    {
        if ((ulong)(packed >> 32) >= (ulong)_origins.Count)
        {
            throw new InvalidDataException($"A source names origin {packed >> 32} of {_origins.Count}.");
        }
    }

    private SourceRef Unpack(long packed)
    {
        var (bundle, file) = _origins[(int)(packed >> 32)];
        return new SourceRef(bundle, file, (int)(uint)packed);
    }

    /// <summary>
    /// Two links' sources as one, for a patch: link <c>i</c> of <paramref name="a"/> becomes <paramref name="aLink"/>[i] (or
    /// goes, -1), link <c>j</c> of <paramref name="b"/> becomes <paramref name="bLink"/>[j]; <paramref name="count"/> links in
    /// all. The origins of <paramref name="a"/> keep their numbers; those of <paramref name="b"/> are renumbered into them.
    /// </summary>
    public static LinkSources Merge(LinkSources a, ReadOnlySpan<int> aLink, LinkSources b, ReadOnlySpan<int> bLink, int count)
    {
        var merged = new LinkSources(1);
        foreach (var origin in a._origins)
        {
            merged._originIndex.TryAdd(origin, merged._origins.Count);
            merged._origins.Add(origin);
        }

        var renumber = new long[b._origins.Count];
        for (var i = 0; i < renumber.Length; i++)
        {
            if (!merged._originIndex.TryGetValue(b._origins[i], out var number))
            {
                number = merged._origins.Count;
                merged._originIndex[b._origins[i]] = number;
                merged._origins.Add(b._origins[i]);
            }

            renumber[i] = number;
        }

        long Renumbered(long packed) => (renumber[(int)(packed >> 32)] << 32) | (uint)packed;
        var first = new long[count];
        var more = new Dictionary<int, List<long>>();
        for (var i = 0; i < aLink.Length; i++)
        {
            if (aLink[i] >= 0)
            {
                first[aLink[i]] = a._firstDetached[i];
            }
        }

        foreach (var (link, list) in a._more)
        {
            if (aLink[link] >= 0)
            {
                more[aLink[link]] = list;
            }
        }

        for (var j = 0; j < bLink.Length; j++)
        {
            first[bLink[j]] = Renumbered(b._firstDetached[j]);
        }

        foreach (var (link, list) in b._more)
        {
            more[bLink[link]] = list.ConvertAll(Renumbered);
        }

        merged._firstDetached = first;
        merged._more = more;
        return merged;
    }
}
