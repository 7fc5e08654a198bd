using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Graph.Columns;

/// <summary>
/// Every node as columns, as the links are: the store id and kind a node, its number among the nodes of
/// its kind, its name (a decision's title) in one UTF-8 pool, and each kind's attributes in that kind's
/// columns (<see cref="PersonColumns"/>, <see cref="CompanyColumns"/>, <see cref="AgencyColumns"/>,
/// <see cref="DecisionColumns"/>) with the words they share in one table. Records are made on demand.
/// </summary>
/// <remarks>
/// Built by appending (a record, or another table's row as it lies, so that a new version can be made of an
/// old one and its changed rows), then sealed. Ids found by binary search while they ascend, as a load
/// adds them (<c>ORDER BY id</c>); a table whose ids arrive out of order keeps a map instead.
/// </remarks>
internal sealed partial class NodeTable
{
    private readonly Growable<long> _ids;
    private readonly Growable<byte> _kinds;
    // For each block of 64 rows, how many nodes of each kind come before it: a row's number among the nodes of its kind is that
    // and a count of its kind's bytes inside the block, a quarter of a byte a node where a number a node would take four.
    private readonly Growable<int> _before;
    private readonly TextColumn _names;
    private readonly Words _words;
    private readonly PersonColumns _people;
    private readonly CompanyColumns _companies;
    private readonly AgencyColumns _agencies;
    private readonly DecisionColumns _decisions;
    private Dictionary<long, int>? _map;
    private bool _sealed;

    public NodeTable(int capacity = 16)
        : this(new(capacity), new(capacity), new((capacity / 16) + 4), new(capacity), new(), new(capacity), new(capacity / 4), new(), new())
    {
    }

    private NodeTable(
        Growable<long> ids,
        Growable<byte> kinds,
        Growable<int> before,
        TextColumn names,
        Words words,
        PersonColumns people,
        CompanyColumns companies,
        AgencyColumns agencies,
        DecisionColumns decisions)
    {
        (_ids, _kinds, _before, _names, _words) = (ids, kinds, before, names, words);
        (_people, _companies, _agencies, _decisions) = (people, companies, agencies, decisions);
    }

    public int Count => _ids.Count;

    /// <summary>The nodes' kinds, one byte a node (exactly <see cref="Count"/> once sealed, when there are nodes).</summary>
    public byte[] Kinds => _kinds.Items;

    public long IdAt(int row) => _ids[row];

    public NodeKind KindAt(int row) => (NodeKind)_kinds[row];

    /// <summary>The row of the store id, or -1.</summary>
    public int IndexOf(long id)
    {
        if (_map is not null)
        {
            return _map.TryGetValue(id, out var row) ? row : -1;
        }

        var at = _ids.AsSpan().BinarySearch(id);
        return at < 0 ? -1 : at;
    }

    /// <summary>Appends a <see cref="Person"/>, <see cref="Company"/>, <see cref="Agency"/> or <see cref="Decision"/>; returns
    /// its row.</summary>
    public int Append(object record)
    {
        switch (record)
        {
            case Person person:
                Start(person.Id, person.Name);
                _people.Add(person);
                break;
            case Company company:
                Start(company.Id, company.Name);
                _companies.Add(company, _words);
                break;
            case Agency agency:
                Start(agency.Id, agency.Name);
                _agencies.Add(agency, _words);
                break;
            case Decision decision:
                Start(decision.Id, decision.Title);
                _decisions.Add(decision, _words);
                break;
            default:
                throw new ArgumentException($"Not a node: {record?.GetType().Name}.", nameof(record));
        }

        return Count - 1;
    }

    /// <summary>Appends another table's row as it lies, without making its record; returns its row here.</summary>
    public int AppendFrom(NodeTable other, int row)
    {
        var kind = other.KindAt(row);
        var ordinal = other.Ordinal(row);
        var id = new EntityId(kind, other._ids[row]);
        switch (kind)
        {
            case NodeKind.Person:
                Start(id, null, other._names, row);
                _people.AddFrom(other._people, ordinal);
                break;
            case NodeKind.Company:
                Start(id, null, other._names, row);
                _companies.AddFrom(other._companies, other._words, ordinal, _words);
                break;
            case NodeKind.Agency:
                Start(id, null, other._names, row);
                _agencies.AddFrom(other._agencies, other._words, ordinal, _words);
                break;
            default:
                Start(id, null, other._names, row);
                _decisions.AddFrom(other._decisions, other._words, ordinal, _words);
                break;
        }

        return Count - 1;
    }

    /// <summary>Gives back the room grown for rows that never came; nothing can be appended afterwards.</summary>
    public NodeTable Seal()
    {
        _sealed = true;
        _ids.Trim();
        _kinds.Trim();
        _before.Trim();
        _names.Trim();
        _people.Trim();
        _companies.Trim();
        _agencies.Trim();
        _decisions.Trim();
        return this;
    }

    /// <summary>The row's record, made from its columns.</summary>
    public object Record(int row)
    {
        var kind = KindAt(row);
        var id = new EntityId(kind, _ids[row]);
        var ordinal = Ordinal(row);
        var name = _names.Get(row);
        return kind switch
        {
            NodeKind.Person => _people.Record(ordinal, id, name ?? string.Empty),
            NodeKind.Company => _companies.Record(ordinal, id, name ?? string.Empty, _words),
            NodeKind.Agency => _agencies.Record(ordinal, id, name ?? string.Empty, _words),
            _ => _decisions.Record(ordinal, id, name, _words),
        };
    }

    /// <summary>Bytes the table holds: ids, kinds, numbers, names, every kind's columns and the words.</summary>
    public long Bytes => (Count * (sizeof(long) + sizeof(byte))) + (_before.Count * sizeof(int)) + _names.Bytes + _people.Bytes
        + _companies.Bytes + _agencies.Bytes + _decisions.Bytes + _words.Bytes + (_map is null ? 0 : _map.Count * 28L);

    private void Start(EntityId id, string? name, TextColumn? names = null, int row = 0)
    {
        if (_sealed)
        {
            throw new InvalidOperationException("This node table is sealed; a new version is a new table.");
        }

        var at = Count;
        if (_map is not null)
        {
            if (!_map.TryAdd(id.Value, at))
            {
                throw Twice(id);
            }
        }
        else if (at > 0 && id.Value <= _ids[at - 1])
        {
            if (IndexOf(id.Value) >= 0)
            {
                throw Twice(id);
            }

            // Out of order: binary search no longer finds ids; a map does from here on.
            _map = new Dictionary<long, int>(Math.Max(at * 2, 16));
            for (var i = 0; i < at; i++)
            {
                _map.Add(_ids[i], i);
            }

            _map.Add(id.Value, at);
        }

        if ((at & 63) == 0)
        {
            _before.Add(_people.Count);
            _before.Add(_companies.Count);
            _before.Add(_agencies.Count);
            _before.Add(_decisions.Count);
        }

        _ids.Add(id.Value);
        _kinds.Add((byte)id.Kind);

        if (names is null)
        {
            _names.Add(name);
        }
        else
        {
            _names.AddFrom(names, row);
        }
    }

    /// <summary>The row's number among the nodes of its kind.</summary>
    private int Ordinal(int row)
    {
        var kind = _kinds[row];
        var start = row & ~63;
        return _before[((row >> 6) << 2) + kind - 1] + _kinds.AsSpan()[start..row].Count(kind);
    }

    private static ArgumentException Twice(EntityId id) => new($"Node {id} was added twice.", "node");
}
