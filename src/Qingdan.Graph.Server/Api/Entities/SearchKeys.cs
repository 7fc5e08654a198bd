namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>
/// One searched field of a snapshot (names, phones…): its distinct normalised keys sorted ordinally, each with the nodes that
/// hold it, and an n-gram index from every n characters to the keys that contain them.
/// </summary>
/// <remarks>
/// Exact and prefix matches are a binary search for the range of keys; a substring is looked up by the rarest of its n-grams
/// and checked against each key that posting names, so no query reads every key. Arrays, not lists of objects: at province scale
/// a field holds millions of keys, and the postings are one int array with offsets.
/// </remarks>
internal sealed class SearchKeys
{
    private readonly string[] _keys;
    private readonly int[] _keyStart;
    private readonly int[] _keyNodes;
    private readonly Dictionary<long, int> _grams;
    private readonly int[] _gramStart;
    private readonly int[] _gramKeys;

    public SearchKeys(List<(string Key, int Node)> entries, int gram)
    {
        Gram = gram;
        // Parallel arrays sorted by Array.Sort's ordinal comparer: a third of the time of sorting the tuples with a comparison.
        var sorted = new string[entries.Count];
        _keyNodes = new int[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            (sorted[i], _keyNodes[i]) = entries[i];
        }

        Array.Sort(sorted, _keyNodes, StringComparer.Ordinal);
        var keys = new List<string>();
        var starts = new List<int>();
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i == 0 || !string.Equals(sorted[i], sorted[i - 1], StringComparison.Ordinal))
            {
                keys.Add(sorted[i]);
                starts.Add(i);
            }
        }

        starts.Add(sorted.Length);
        _keys = [.. keys];
        _keyStart = [.. starts];
        _grams = [];
        if (gram == 0)
        {
            _gramStart = [0];
            _gramKeys = [];
            return;
        }

        // Two passes over the keys: count each gram's keys, then place them, so the postings are one array in key order.
        var counts = new List<int>();
        var ids = new List<int>();
        for (var key = 0; key < _keys.Length; key++)
        {
            foreach (var id in GramIds(_keys[key], gram, ids, add: true, counts))
            {
                counts[id]++;
            }
        }

        _gramStart = new int[counts.Count + 1];
        for (var i = 0; i < counts.Count; i++)
        {
            _gramStart[i + 1] = _gramStart[i] + counts[i];
        }

        _gramKeys = new int[_gramStart[^1]];
        var fill = _gramStart[..^1];
        for (var key = 0; key < _keys.Length; key++)
        {
            foreach (var id in GramIds(_keys[key], gram, ids, add: false, counts))
            {
                _gramKeys[fill[id]++] = key;
            }
        }
    }

    /// <summary>The n of the n-gram index; 0 when the field has none (no substring matches).</summary>
    public int Gram { get; }

    public int KeyCount => _keys.Length;

    public string KeyAt(int key) => _keys[key];

    /// <summary>Bytes the index holds beyond the key strings: the arrays and the gram table.</summary>
    public long Bytes() => ((long)_keys.Length * 8) + ((long)_keyStart.Length * 4) + ((long)_keyNodes.Length * 4)
        + ((long)_grams.Count * 24) + ((long)_gramStart.Length * 4) + ((long)_gramKeys.Length * 4);

    /// <summary>Bytes of the key strings themselves (object header, length, UTF-16 characters).</summary>
    public long KeyBytes() => _keys.Sum(k => 22L + (2L * k.Length));

    public ReadOnlySpan<int> NodesOf(int key) => _keyNodes.AsSpan(_keyStart[key], _keyStart[key + 1] - _keyStart[key]);

    /// <summary>The keys equal to <paramref name="text"/> (at most one) and those that start with it, as two ranges of key ids.</summary>
    public (int Exact, int PrefixStart, int PrefixEnd) Range(string text)
    {
        var start = LowerBound(text);
        var exact = start < _keys.Length && string.Equals(_keys[start], text, StringComparison.Ordinal) ? start : -1;
        var low = start;
        var high = _keys.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (_keys[middle].StartsWith(text, StringComparison.Ordinal))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return (exact, exact >= 0 ? start + 1 : start, low);
    }

    /// <summary>The keys that contain <paramref name="text"/> (at least <see cref="Gram"/> characters) without starting with it.</summary>
    public IEnumerable<int> Containing(string text)
    {
        if (Gram == 0 || text.Length < Gram)
        {
            yield break;
        }

        var best = -1;
        var bestCount = int.MaxValue;
        foreach (var g in Grams(text, Gram))
        {
            if (!_grams.TryGetValue(g, out var id))
            {
                yield break;
            }

            if (_gramStart[id + 1] - _gramStart[id] < bestCount)
            {
                best = id;
                bestCount = _gramStart[id + 1] - _gramStart[id];
            }
        }

        for (var i = _gramStart[best]; i < _gramStart[best + 1]; i++)
        {
            var key = _gramKeys[i];
            if (_keys[key].Length > text.Length && !_keys[key].StartsWith(text, StringComparison.Ordinal)
                && _keys[key].Contains(text, StringComparison.Ordinal))
            {
                yield return key;
            }
        }
    }

    private int LowerBound(string text)
    {
        var low = 0;
        var high = _keys.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (string.CompareOrdinal(_keys[middle], text) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    // The distinct gram ids of a key, into the reused list (a key has a few dozen grams at most: a linear check beats a set).
    private List<int> GramIds(string key, int n, List<int> ids, bool add, List<int> counts)
    {
        ids.Clear();
        for (var i = 0; i + n <= key.Length; i++)
        {
            long g = 0;
            for (var j = 0; j < n; j++)
            {
                g = (g << 16) | key[i + j];
            }

            if (!_grams.TryGetValue(g, out var id))
            {
                if (!add)
                {
                    continue;
                }

                _grams[g] = id = counts.Count;
                counts.Add(0);
            }

            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    private static IEnumerable<long> Grams(string text, int n)
    {
        for (var i = 0; i + n <= text.Length; i++)
        {
            long g = 0;
            for (var j = 0; j < n; j++)
            {
                g = (g << 16) | text[i + j];
            }

            yield return g;
        }
    }
}
