using System.Collections;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>
/// What search reads of a snapshot's people, companies and agencies — normalised names, identity numbers, credit codes, phones,
/// addresses (<see cref="SearchKeys"/> each) and which people are officials — built once per snapshot and cached with it.
/// </summary>
/// <remarks>
/// Ranking (docs/api.md "Search"): the tier (exact, prefix, substring) first; within a tier entities with findings, then officials,
/// then the rest; then the field (name before identifiers, phone, address), the shorter key, the key, the node. Each tier's
/// candidates are packed into one long in that order, so a tier of 200,000 surname prefixes is one pass keeping the best few in a
/// heap, not a sort.
/// </remarks>
public sealed partial class SearchIndex
{
    private const int NodeBits = 25;
    private const int KeyBits = 24;
    private const int LengthBits = 7;
    private const int FieldBits = 3;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<GraphSnapshot, SearchIndex> Cache = new();

    private readonly SearchKeys[] _fields;
    private readonly BitArray _officials;

    public SearchIndex(GraphSnapshot snapshot)
    {
        if (snapshot.NodeCount >= 1 << NodeBits)
        {
            throw new InvalidOperationException($"Search packs node numbers in {NodeBits} bits; the snapshot has {snapshot.NodeCount:N0} nodes.");
        }

        var entries = Enum.GetValues<SearchField>().Select(_ => new List<(string, int)>()).ToArray();
        _officials = new BitArray(snapshot.NodeCount);
        for (var node = 0; node < snapshot.NodeCount; node++)
        {
            switch (snapshot.NodeOf(node))
            {
                case Person p:
                    _officials[node] = snapshot.IsOfficial(node);
                    Add(entries, SearchField.Name, NameKey(p.Name), node);
                    Add(entries, SearchField.IdentityNumber, IdentifierKey(p.IdNumber?.Value), node);
                    Add(entries, SearchField.Phone, PhoneKey(p.Phone), node);
                    Add(entries, SearchField.Address, NameKey(p.Address), node);
                    break;
                case Company c:
                    Add(entries, SearchField.Name, NameKey(c.Name), node);
                    Add(entries, SearchField.CreditCode, IdentifierKey(c.CreditCode?.Value), node);
                    Add(entries, SearchField.Phone, PhoneKey(c.Phone), node);
                    Add(entries, SearchField.Address, NameKey(c.Address), node);
                    break;
                case Agency a:
                    Add(entries, SearchField.Name, NameKey(a.Name), node);
                    Add(entries, SearchField.CreditCode, IdentifierKey(a.Code?.Value), node);
                    break;
            }
        }

        // The fields apart on the cores: the index is built on the first search of a new version.
        _fields = new SearchKeys[entries.Length];
        Parallel.For(0, entries.Length, f => _fields[f] = new SearchKeys(entries[f], GramOf((SearchField)f)));
        if (_fields.Max(f => f.KeyCount) >= 1 << KeyBits)
        {
            throw new InvalidOperationException($"Search packs key numbers in {KeyBits} bits.");
        }
    }

    public static SearchIndex For(GraphSnapshot snapshot) => Cache.GetValue(snapshot, s => new SearchIndex(s));

    /// <summary>Bytes the index holds: its arrays and gram tables, and the normalised key strings.</summary>
    public (long Arrays, long Keys) Bytes() =>
        (_fields.Sum(f => f.Bytes()) + (_officials.Length / 8), _fields.Sum(f => f.KeyBytes()));

    /// <summary>
    /// The best <paramref name="first"/> entities for the text, ranked, each with why it matched. <paramref name="personal"/> false
    /// (analysts) leaves out identity numbers and people's phones and addresses.
    /// </summary>
    public List<SearchHit> Find(
        GraphSnapshot snapshot,
        string text,
        int first,
        bool personal,
        Func<int, bool>? sees = null,
        IReadOnlySet<int>? withFindings = null)
    {
        var found = new List<SearchHit>();
        var queries = Queries(text);
        if (queries.Count == 0 || first <= 0)
        {
            return found;
        }

        var taken = new HashSet<int>();
        var best = new PriorityQueue<long, long>();
        foreach (var match in Enum.GetValues<SearchMatch>())
        {
            best.Clear();
            var capacity = first * _fields.Length;
            foreach (var (field, query) in queries)
            {
                if ((!personal && field == SearchField.IdentityNumber) || !Applies(field, match, query))
                {
                    continue;
                }

                var keys = _fields[(int)field];
                foreach (var key in Keys(keys, match, query))
                {
                    foreach (var node in keys.NodesOf(key))
                    {
                        if (taken.Contains(node) || sees?.Invoke(node) == false
                            || (!personal && field is SearchField.Phone or SearchField.Address && snapshot.KindOf(node) == NodeKind.Person))
                        {
                            continue;
                        }

                        var group = withFindings?.Contains(node) == true ? 0L : _officials[node] ? 1L : 2L;
                        var packed = Pack(group, field, keys.KeyAt(key).Length, key, node);
                        if (best.Count < capacity)
                        {
                            best.Enqueue(packed, -packed);
                        }
                        else if (packed < best.Peek())
                        {
                            best.DequeueEnqueue(packed, -packed);
                        }
                    }
                }
            }

            var ranked = new long[best.Count];
            for (var i = ranked.Length - 1; i >= 0; i--)
            {
                ranked[i] = best.Dequeue();
            }

            foreach (var packed in ranked)
            {
                var node = (int)(packed & ((1L << NodeBits) - 1));
                if (found.Count < first && taken.Add(node))
                {
                    var key = (int)((packed >> NodeBits) & ((1L << KeyBits) - 1));
                    var field = (SearchField)((packed >> (NodeBits + KeyBits + LengthBits)) & ((1L << FieldBits) - 1));
                    found.Add(new SearchHit(
                        new NodeRef(snapshot, node),
                        field,
                        match,
                        Stated(snapshot.NodeOf(node), field) ?? _fields[(int)field].KeyAt(key),
                        _officials[node],
                        withFindings?.Contains(node) == true));
                }
            }

            if (found.Count >= first)
            {
                break;
            }
        }

        return found;
    }

    private static long Pack(long group, SearchField field, int length, int key, int node)
    {
        var packed = (group << FieldBits) | (uint)field;
        packed = (packed << LengthBits) | (uint)Math.Min(length, (1 << LengthBits) - 1);
        packed = (packed << KeyBits) | (uint)key;
        return (packed << NodeBits) | (uint)node;
    }

    private static IEnumerable<int> Keys(SearchKeys keys, SearchMatch match, string query)
    {
        if (match == SearchMatch.Substring)
        {
            return keys.Containing(query);
        }

        var (exact, start, end) = keys.Range(query);
        return match == SearchMatch.Exact ? exact >= 0 ? [exact] : [] : Enumerable.Range(start, end - start);
    }

    private static void Add(List<(string, int)>[] entries, SearchField field, string? key, int node)
    {
        if (!string.IsNullOrEmpty(key))
        {
            entries[(int)field].Add((key, node));
        }
    }

    // Substrings of names and addresses by two characters (a Chinese name is two to four); of phones by three (ten digits make
    // two-digit postings too long); identifiers by prefix only (region and date lead them).
    private static int GramOf(SearchField field) => field switch
    {
        SearchField.Name or SearchField.Address => 2,
        SearchField.Phone => 3,
        _ => 0,
    };

    private static string? Stated(object node, SearchField field) => (node, field) switch
    {
        (Person p, SearchField.Name) => p.Name,
        (Person p, SearchField.IdentityNumber) => p.IdNumber?.Value,
        (Person p, SearchField.Phone) => p.Phone,
        (Person p, SearchField.Address) => p.Address,
        (Company c, SearchField.Name) => c.Name,
        (Company c, SearchField.CreditCode) => c.CreditCode?.Value,
        (Company c, SearchField.Phone) => c.Phone,
        (Company c, SearchField.Address) => c.Address,
        (Agency a, SearchField.Name) => a.Name,
        (Agency a, SearchField.CreditCode) => a.Code?.Value,
        _ => null,
    };
}
