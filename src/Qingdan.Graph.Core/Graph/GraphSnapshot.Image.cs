using Qingdan.Graph.Core.Graph.Columns;
using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Graph;

/// <remarks>
/// The image: the snapshot as it lies in memory, for a store to keep beside the rows it was built from
/// and load again without rebuilding it. Nodes one record after another; links as their columns' raw
/// bytes (little-endian, as every platform .NET runs on here); adjacency and the id index are not
/// written but rebuilt, both linear. A header names the format, so an image from another build is
/// refused rather than misread.
/// </remarks>
public sealed partial class GraphSnapshot
{
    private const uint ImageMagic = 0x49534751; // "QGSI" little-endian
    private const uint ImageEnd = 0x21444E45; // "END!"

    /// <summary>The image format this build writes and reads; an image of another format is refused.</summary>
    public const int ImageFormat = 3;

    private enum Tag : byte
    {
        Person = 1,
        Company = 2,
        Agency = 3,
        Decision = 4,
    }

    /// <summary>Writes the snapshot's image to <paramref name="output"/>; returns the bytes written.</summary>
    public long WriteImage(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Snapshot images are written on little-endian machines only.");
        }

        using var writer = new ImageWriter(output);
        writer.Column<uint>([ImageMagic]);
        writer.Count(ImageFormat);
        writer.Int64(Version);
        writer.Count((ulong)_ids.Length);
        var previous = 0L;
        for (var node = 0; node < _ids.Length; node++)
        {
            writer.Number(_ids[node].Value - previous);
            previous = _ids[node].Value;
            WriteNode(writer, _nodes[node]);
        }

        writer.Column<byte>(_kind);
        writer.Column<byte>(_detail);
        writer.Column<int>(_from);
        writer.Column<int>(_to);
        writer.Column<int>(_start);
        writer.Column<int>(_end);
        writer.Column<double>(_share);
        writer.Column(_links.ShareStated.Words);
        WriteColumn(writer, _links.Amount);
        WriteColumn(writer, _links.MonthlySalary);
        WriteColumn(writer, _links.Nominal);
        WriteWords(writer, _links.Title, writer.Word);
        WriteWords(writer, _links.Note, writer.Text);
        WriteWords(writer, _links.DetailText, writer.Word);
        var sources = _links.Sources;
        writer.Count((ulong)sources.Origins.Count);
        foreach (var (bundle, file) in sources.Origins)
        {
            writer.Word(bundle);
            writer.Word(file);
        }

        writer.Column(sources.First);
        writer.Count((ulong)sources.More.Count);
        foreach (var (link, more) in sources.More)
        {
            writer.Count((ulong)link);
            writer.Column<long>(more.ToArray());
        }

        writer.Column<int>(_links.StoreId ?? []);
        writer.Column<uint>([ImageEnd]);
        writer.Flush();
        return writer.Length;
    }

    /// <summary>
    /// Reads an image of <paramref name="length"/> bytes. A damaged image, or one of another format,
    /// fails with <see cref="InvalidDataException"/>; nothing of it is kept.
    /// </summary>
    public static GraphSnapshot ReadImage(Stream input, long length)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var reader = new ImageReader(input, length);
        if (reader.Column<uint>() is not [ImageMagic])
        {
            throw new InvalidDataException("Not a snapshot image.");
        }

        var format = reader.Count();
        if (format != ImageFormat)
        {
            throw new InvalidDataException($"The snapshot image is format {format}; this build reads format {ImageFormat}.");
        }

        var version = reader.Int64();
        var count = reader.Count(bytesEach: 3);
        var ids = new EntityId[count];
        var nodes = new object[count];
        var index = new Dictionary<long, int>(count);
        var previous = 0L;
        for (var node = 0; node < count; node++)
        {
            previous += reader.Number();
            nodes[node] = ReadNode(reader, previous, out ids[node]);
            if (!index.TryAdd(previous, node))
            {
                throw new InvalidDataException($"Node {ids[node]} is in the snapshot image twice.");
            }
        }

        var kind = Kinds(reader.Column<byte>());
        var links = new LinkTable
        {
            Kind = kind,
            Detail = Exactly(reader.Column<byte>(), kind.Length, "detail"),
            From = Endpoints(Exactly(reader.Column<int>(), kind.Length, "from"), count),
            To = Endpoints(Exactly(reader.Column<int>(), kind.Length, "to"), count),
            Start = Exactly(reader.Column<int>(), kind.Length, "start"),
            End = Exactly(reader.Column<int>(), kind.Length, "end"),
            Share = Exactly(reader.Column<double>(), kind.Length, "share"),
            ShareStated = Bits.Of(reader.Column<ulong>()),
            Amount = SparseColumn<decimal>.Of(reader.Column<int>(), reader.Column<decimal>()),
            MonthlySalary = SparseColumn<decimal>.Of(reader.Column<int>(), reader.Column<decimal>()),
            Nominal = SparseColumn<bool>.Of(reader.Column<int>(), reader.Column<bool>()),
            Title = ReadWords(reader, reader.Word),
            Note = ReadWords(reader, reader.Text),
            DetailText = ReadWords(reader, reader.Word),
            Sources = ReadSources(reader, kind.Length),
            StoreId = StoreIds(reader.Column<int>(), kind.Length),
        };
        if (reader.Column<uint>() is not [ImageEnd])
        {
            throw new InvalidDataException("The snapshot image's end marker is missing.");
        }

        reader.End();
        return new GraphSnapshot(version, ids, nodes, index, links);
    }

    // Written empty when the links came from no store; otherwise one ascending id a link.
    private static int[]? StoreIds(int[] ids, int links)
    {
        if (ids.Length == 0 && links > 0)
        {
            return null;
        }

        ids = Exactly(ids, links, "store id");
        for (var i = 1; i < ids.Length; i++)
        {
            if (ids[i] <= ids[i - 1])
            {
                throw new InvalidDataException($"The snapshot image's link store ids do not ascend at link {i}.");
            }
        }

        return ids;
    }

    private static void WriteNode(ImageWriter writer, object node)
    {
        switch (node)
        {
            case Person person:
                writer.Byte((byte)Tag.Person);
                writer.Text(person.Name);
                writer.Text(person.IdNumber?.Value);
                writer.Date(person.BirthDate);
                writer.Date(person.BirthMonth?.FirstDay);
                writer.Byte(person.Gender is { } gender ? (byte)(gender + 1) : (byte)0);
                writer.Text(person.Phone);
                writer.Text(person.Address);
                break;
            case Company company:
                writer.Byte((byte)Tag.Company);
                writer.Text(company.Name);
                writer.Text(company.CreditCode?.Value);
                writer.Byte(company.Listed ? (byte)1 : (byte)0);
                writer.Word(company.RegionCode);
                writer.Word(company.Industry);
                writer.Word(company.Status);
                writer.Date(company.Founded);
                writer.Text(company.Address);
                writer.Text(company.Phone);
                break;
            case Agency agency:
                writer.Byte((byte)Tag.Agency);
                writer.Text(agency.Name);
                writer.Text(agency.Code?.Value);
                writer.Word(agency.RegionCode);
                writer.Count((ulong)agency.Sectors.Count);
                foreach (var sector in agency.Sectors)
                {
                    writer.Word(sector);
                }

                break;
            case Decision decision:
                writer.Byte((byte)Tag.Decision);
                writer.Word(decision.Kind);
                writer.Text(decision.Title);
                writer.Decimal(decision.Amount);
                writer.Word(decision.Currency);
                writer.Date(decision.AppliedDate);
                writer.Date(decision.DecidedDate);
                writer.Byte(decision.Method is { } method ? (byte)(method + 1) : (byte)0);
                writer.Count(decision.Bidders is { } bidders ? (ulong)(uint)bidders + 1 : 0);
                break;
        }
    }

    private static object ReadNode(ImageReader reader, long id, out EntityId entity)
    {
        var tag = (Tag)reader.Byte();
        switch (tag)
        {
            case Tag.Person:
                entity = new EntityId(NodeKind.Person, id);
                return new Person
                {
                    Id = entity,
                    Name = Required(reader.Text(), entity),
                    IdNumber = IdentityNumber.Parse(reader.Text()),
                    BirthDate = reader.Date(),
                    BirthMonth = reader.Date() is { } month ? YearMonth.Of(month) : null,
                    Gender = Enumerated<Sex>(reader.Byte(), entity),
                    Phone = reader.Text(),
                    Address = reader.Text(),
                };
            case Tag.Company:
                entity = new EntityId(NodeKind.Company, id);
                return new Company
                {
                    Id = entity,
                    Name = Required(reader.Text(), entity),
                    CreditCode = CreditCode.Parse(reader.Text()),
                    Listed = reader.Byte() != 0,
                    RegionCode = reader.Word(),
                    Industry = reader.Word(),
                    Status = reader.Word(),
                    Founded = reader.Date(),
                    Address = reader.Text(),
                    Phone = reader.Text(),
                };
            case Tag.Agency:
                entity = new EntityId(NodeKind.Agency, id);
                var name = Required(reader.Text(), entity);
                var code = CreditCode.Parse(reader.Text());
                var region = reader.Word();
                var sectors = new string[reader.Count(bytesEach: 1)];
                for (var i = 0; i < sectors.Length; i++)
                {
                    sectors[i] = Required(reader.Word(), entity);
                }

                return new Agency { Id = entity, Name = name, Code = code, RegionCode = region, Sectors = sectors };
            case Tag.Decision:
                entity = new EntityId(NodeKind.Decision, id);
                return new Decision
                {
                    Id = entity,
                    Kind = Required(reader.Word(), entity),
                    Title = reader.Text(),
                    Amount = reader.Decimal(),
                    Currency = reader.Word(),
                    AppliedDate = reader.Date(),
                    DecidedDate = reader.Date()
                        ?? throw new InvalidDataException($"Decision {entity} has no decision date in the snapshot image."),
                    Method = Enumerated<ProcurementMethod>(reader.Byte(), entity),
                    Bidders = reader.Count() is var bidders and > 0 ? (int)(uint)(bidders - 1) : null,
                };
            default:
                throw new InvalidDataException($"Node {id} in the snapshot image has kind {(byte)tag}.");
        }
    }

    private static string Required(string? text, EntityId entity) =>
        text ?? throw new InvalidDataException($"Node {entity} lacks a required text in the snapshot image.");

    private static T? Enumerated<T>(byte code, EntityId entity)
        where T : struct, Enum
    {
        if (code == 0)
        {
            return null;
        }

        var value = (T)Enum.ToObject(typeof(T), code - 1);
        return Enum.IsDefined(value)
            ? value
            : throw new InvalidDataException($"Node {entity}: {code - 1} is not a {typeof(T).Name} in the snapshot image.");
    }

    private static void WriteColumn<T>(ImageWriter writer, SparseColumn<T> column)
        where T : unmanaged
    {
        writer.Column(column.Rows);
        writer.Column(column.Values);
    }

    private static void WriteWords(ImageWriter writer, SparseColumn<string> column, Action<string?> write)
    {
        writer.Column(column.Rows);
        foreach (var value in column.Values)
        {
            write(value);
        }
    }

    private static SparseColumn<string> ReadWords(ImageReader reader, Func<string?> read)
    {
        var rows = reader.Column<int>();
        var values = new string[rows.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = read() ?? throw new InvalidDataException("A link's text in the snapshot image is null.");
        }

        return SparseColumn<string>.Of(rows, values);
    }

    private static LinkSources ReadSources(ImageReader reader, int links)
    {
        var origins = new (string, string)[reader.Count(bytesEach: 2)];
        for (var i = 0; i < origins.Length; i++)
        {
            origins[i] = (reader.Word() ?? string.Empty, reader.Word() ?? string.Empty);
        }

        var first = Exactly(reader.Column<long>(), links, "sources");
        var count = reader.Count(bytesEach: 2);
        var more = new Dictionary<int, List<long>>(count);
        for (var i = 0; i < count; i++)
        {
            var link = (int)Math.Min(reader.Count(), int.MaxValue);
            if (!more.TryAdd(link, [.. reader.Column<long>()]))
            {
                throw new InvalidDataException($"Link {link}'s further sources are in the snapshot image twice.");
            }
        }

        return LinkSources.Of(origins, first, more);
    }

    private static T[] Exactly<T>(T[] column, int links, string name) =>
        column.Length == links
            ? column
            : throw new InvalidDataException($"The snapshot image's {name} column has {column.Length} values for {links} links.");

    private static byte[] Kinds(byte[] kinds)
    {
        var defined = new bool[256];
        foreach (var kind in Enum.GetValues<LinkKind>())
        {
            defined[(byte)kind] = true;
        }

        foreach (var kind in kinds)
        {
            if (!defined[kind])
            {
                throw new InvalidDataException($"A link in the snapshot image has kind {kind}.");
            }
        }

        return kinds;
    }

    private static int[] Endpoints(int[] endpoints, int nodes)
    {
        foreach (var node in endpoints)
        {
            if ((uint)node >= (uint)nodes)
            {
                throw new InvalidDataException($"A link in the snapshot image names node {node} of {nodes}.");
            }
        }

        return endpoints;
    }
}
