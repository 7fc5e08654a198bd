using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Graph.Columns;

/// <summary>The node table in a snapshot image: each column's raw bytes, the words once; the kinds' counts and the id map are
/// rebuilt.</summary>
internal sealed partial class NodeTable
{
    public void Write(ImageWriter writer)
    {
        writer.Column<long>(_ids.AsSpan());
        writer.Column<byte>(_kinds.AsSpan());
        _names.Write(writer);
        _words.Write(writer);
        _people.Write(writer);
        _companies.Write(writer);
        _agencies.Write(writer, _words);
        _decisions.Write(writer);
    }

    public static NodeTable Read(ImageReader reader)
    {
        var ids = reader.Column<long>();
        var kinds = NodeColumns.Exactly(reader.Column<byte>(), ids.Length, "node kind");
        var before = new Growable<int>((ids.Length / 16) + 4);
        Span<int> counts = stackalloc int[5];
        for (var row = 0; row < kinds.Length; row++)
        {
            if (kinds[row] is < (byte)NodeKind.Person or > (byte)NodeKind.Decision)
            {
                throw new InvalidDataException($"Node {ids[row]} in the snapshot image has kind {kinds[row]}.");
            }

            if ((row & 63) == 0)
            {
                for (var kind = 1; kind <= 4; kind++)
                {
                    before.Add(counts[kind]);
                }
            }

            counts[kinds[row]]++;
        }

        before.Trim();

        var map = Map(ids);
        var names = TextColumn.Read(reader, ids.Length, "name");
        for (var row = 0; row < kinds.Length; row++)
        {
            if (names.IsMissing(row) && kinds[row] != (byte)NodeKind.Decision)
            {
                throw new InvalidDataException($"Node {new EntityId((NodeKind)kinds[row], ids[row])} has no name in the snapshot image.");
            }
        }

        var words = Words.Read(reader);
        var people = PersonColumns.Read(reader, counts[(int)NodeKind.Person]);
        var companies = CompanyColumns.Read(reader, counts[(int)NodeKind.Company], words);
        var agencies = AgencyColumns.Read(reader, counts[(int)NodeKind.Agency], words);
        var decisions = DecisionColumns.Read(reader, counts[(int)NodeKind.Decision], words);
        return new NodeTable(new(ids), new(kinds), before, names, words, people, companies, agencies, decisions)
        {
            _map = map,
            _sealed = true,
        };
    }

    // Null while the ids ascend (binary search finds them); a map when they do not.
    private static Dictionary<long, int>? Map(long[] ids)
    {
        var row = 1;
        while (row < ids.Length && ids[row] > ids[row - 1])
        {
            row++;
        }

        if (row >= ids.Length)
        {
            return null;
        }

        var map = new Dictionary<long, int>(ids.Length);
        for (row = 0; row < ids.Length; row++)
        {
            if (!map.TryAdd(ids[row], row))
            {
                throw new InvalidDataException($"Node {ids[row]} is in the snapshot image twice.");
            }
        }

        return map;
    }
}
