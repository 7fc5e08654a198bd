using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Graph.Columns;

/// <summary>
/// The agencies' attributes by their number among the agencies: the code as text (agencies are a few
/// hundred), the region as a word, and the sectors as a list of the table's words, kept as strings because
/// jurisdiction reads them for every company an official's relatives reach.
/// </summary>
internal sealed class AgencyColumns
{
    private static readonly string[] NoSectors = [];

    private readonly SparseColumn<string> _code;
    private readonly Growable<int> _region;
    private readonly Growable<string[]> _sectors;

    public AgencyColumns()
        : this(new(), new(), new())
    {
    }

    private AgencyColumns(SparseColumn<string> code, Growable<int> region, Growable<string[]> sectors) =>
        (_code, _region, _sectors) = (code, region, sectors);

    public int Count => _region.Count;

    public long Bytes
    {
        get
        {
            var bytes = _code.Bytes(8) + (Count * (sizeof(int) + 8L));
            foreach (var sectors in _sectors.AsSpan())
            {
                bytes += sectors.Length == 0 ? 0 : 24 + (8L * sectors.Length);
            }

            return bytes;
        }
    }

    public void Add(Agency agency, Words words)
    {
        NodeColumns.AddIfStated(_code, Count, agency.Code?.Value);
        _region.Add(words.Code(agency.RegionCode));
        _sectors.Add(Sectors(agency.Sectors, words));
    }

    public void AddFrom(AgencyColumns other, Words otherWords, int row, Words words)
    {
        NodeColumns.CopyIfStated(other._code, row, _code, Count);
        _region.Add(words.Code(otherWords[other._region[row]]));
        _sectors.Add(Sectors(other._sectors[row], words));
    }

    public Agency Record(int row, EntityId id, string name, Words words) => new()
    {
        Id = id,
        Name = name,
        Code = CreditCode.Parse(_code.TryGet(row, out var code) ? code : null),
        RegionCode = words[_region[row]],
        Sectors = _sectors[row].Length == 0 ? [] : [.. _sectors[row]],
    };

    public int Region(int row) => _region[row];

    /// <summary>The agency's sectors, shared: not to be changed.</summary>
    public string[] Sectors(int row) => _sectors[row];

    public void Trim()
    {
        _code.Trim();
        _region.Trim();
        _sectors.Trim();
    }

    public void Write(ImageWriter writer, Words words)
    {
        NodeColumns.WriteTexts(writer, _code);
        writer.Column<int>(_region.AsSpan());
        var ends = new int[Count];
        var codes = new List<int>();
        for (var row = 0; row < Count; row++)
        {
            codes.AddRange(_sectors[row].Select(words.Code));
            ends[row] = codes.Count;
        }

        writer.Column<int>(ends);
        writer.Column<int>(codes.ToArray());
    }

    public static AgencyColumns Read(ImageReader reader, int count, Words words)
    {
        var code = NodeColumns.ReadTexts(reader, count);
        var region = NodeColumns.Words(reader.Column<int>(), count, words, "agency region");
        var ends = NodeColumns.Exactly(reader.Column<int>(), count, "sectors");
        var codes = reader.Column<int>();
        var sectors = new string[count][];
        var start = 0;
        for (var row = 0; row < count; row++)
        {
            if (ends[row] < start || ends[row] > codes.Length)
            {
                throw new InvalidDataException($"The snapshot image's sectors end at {ends[row]} after {start}.");
            }

            sectors[row] = ends[row] == start ? NoSectors : new string[ends[row] - start];
            for (var i = start; i < ends[row]; i++)
            {
                sectors[row][i - start] = words[words.Checked(codes[i], "sectors")]
                    ?? throw new InvalidDataException("An agency's sector in the snapshot image is no word.");
            }

            start = ends[row];
        }

        if (start != codes.Length)
        {
            throw new InvalidDataException($"The snapshot image lists {codes.Length} sectors, its agencies {start}.");
        }

        return new AgencyColumns(code, new(region), new(sectors));
    }

    private static string[] Sectors(IReadOnlyList<string> sectors, Words words)
    {
        if (sectors.Count == 0)
        {
            return NoSectors;
        }

        // The table's own strings, so that every agency naming a sector shares one.
        var shared = new string[sectors.Count];
        for (var i = 0; i < shared.Length; i++)
        {
            shared[i] = words[words.Code(sectors[i])]!;
        }

        return shared;
    }
}
