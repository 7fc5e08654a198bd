using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Graph.Columns;

/// <summary>
/// The companies' attributes by their number among the companies: the credit code packed (the masked or
/// invalid ones as text, apart), listed as a flag, region, industry and status as words, the founding day
/// as a number, address and phone sparse.
/// </summary>
internal sealed class CompanyColumns
{
    private readonly Growable<long> _creditHigh;
    private readonly Growable<int> _creditLow;
    private readonly SparseColumn<string> _creditText;
    private readonly Bits _listed;
    private readonly Growable<int> _region;
    private readonly Growable<int> _industry;
    private readonly Growable<int> _status;
    private readonly Growable<int> _founded;
    private readonly SparseColumn<string> _address;
    private readonly SparseColumn<string> _phone;

    public CompanyColumns(int capacity = 16)
        : this(new(capacity), new(capacity), new(), new(capacity), new(capacity), new(capacity), new(capacity), new(capacity), new(), new())
    {
    }

    private CompanyColumns(
        Growable<long> creditHigh,
        Growable<int> creditLow,
        SparseColumn<string> creditText,
        Bits listed,
        Growable<int> region,
        Growable<int> industry,
        Growable<int> status,
        Growable<int> founded,
        SparseColumn<string> address,
        SparseColumn<string> phone)
    {
        (_creditHigh, _creditLow, _creditText, _listed) = (creditHigh, creditLow, creditText, listed);
        (_region, _industry, _status, _founded, _address, _phone) = (region, industry, status, founded, address, phone);
    }

    public int Count => _founded.Count;

    public long Bytes => (Count * (sizeof(long) + (5 * sizeof(int)))) + _listed.Bytes + _creditText.Bytes(8) + _address.Bytes(8)
        + _phone.Bytes(8);

    public void Add(Company company, Words words)
    {
        var row = Count;
        var (high, low) = PackedIdentifiers.Pack(company.CreditCode);
        _creditHigh.Add(high);
        _creditLow.Add(low);
        if (high == PackedIdentifiers.AsText)
        {
            _creditText.Add(row, company.CreditCode!.Value);
        }

        if (company.Listed)
        {
            _listed[row] = true;
        }

        _region.Add(words.Code(company.RegionCode));
        _industry.Add(words.Code(company.Industry));
        _status.Add(words.Code(company.Status));
        _founded.Add(NodeColumns.Day(company.Founded));
        NodeColumns.AddIfStated(_address, row, company.Address);
        NodeColumns.AddIfStated(_phone, row, company.Phone);
    }

    public void AddFrom(CompanyColumns other, Words otherWords, int row, Words words)
    {
        var at = Count;
        _creditHigh.Add(other._creditHigh[row]);
        _creditLow.Add(other._creditLow[row]);
        NodeColumns.CopyIfStated(other._creditText, row, _creditText, at);
        if (other._listed[row])
        {
            _listed[at] = true;
        }

        _region.Add(words.Code(otherWords[other._region[row]]));
        _industry.Add(words.Code(otherWords[other._industry[row]]));
        _status.Add(words.Code(otherWords[other._status[row]]));
        _founded.Add(other._founded[row]);
        NodeColumns.CopyIfStated(other._address, row, _address, at);
        NodeColumns.CopyIfStated(other._phone, row, _phone, at);
    }

    public Company Record(int row, EntityId id, string name, Words words) => new()
    {
        Id = id,
        Name = name,
        CreditCode = _creditHigh[row] switch
        {
            PackedIdentifiers.None => null,
            PackedIdentifiers.AsText => CreditCode.Parse(_creditText.TryGet(row, out var text) ? text : null),
            var high => PackedIdentifiers.Credit(high, _creditLow[row]),
        },
        Listed = _listed[row],
        RegionCode = words[_region[row]],
        Industry = words[_industry[row]],
        Status = words[_status[row]],
        Founded = NodeColumns.Date(_founded[row]),
        Address = _address.TryGet(row, out var address) ? address : null,
        Phone = _phone.TryGet(row, out var phone) ? phone : null,
    };

    public bool Listed(int row) => _listed[row];

    public int Region(int row) => _region[row];

    public int Industry(int row) => _industry[row];

    public void Trim()
    {
        _creditHigh.Trim();
        _creditLow.Trim();
        _creditText.Trim();
        _region.Trim();
        _industry.Trim();
        _status.Trim();
        _founded.Trim();
        _address.Trim();
        _phone.Trim();
    }

    public void Write(ImageWriter writer)
    {
        writer.Column<long>(_creditHigh.AsSpan());
        writer.Column<int>(_creditLow.AsSpan());
        NodeColumns.WriteTexts(writer, _creditText);
        writer.Column(_listed.Words);
        writer.Column<int>(_region.AsSpan());
        writer.Column<int>(_industry.AsSpan());
        writer.Column<int>(_status.AsSpan());
        writer.Column<int>(_founded.AsSpan());
        NodeColumns.WriteTexts(writer, _address);
        NodeColumns.WriteTexts(writer, _phone);
    }

    public static CompanyColumns Read(ImageReader reader, int count, Words words)
    {
        var high = NodeColumns.Exactly(reader.Column<long>(), count, "credit code");
        var low = NodeColumns.Exactly(reader.Column<int>(), count, "credit code");
        for (var row = 0; row < count; row++)
        {
            if (!PackedIdentifiers.IsCredit(high[row], low[row]))
            {
                throw new InvalidDataException($"A credit code in the snapshot image is packed as {high[row]}, {low[row]}.");
            }
        }

        return new CompanyColumns(
            new(high),
            new(low),
            NodeColumns.ReadTexts(reader, count),
            Bits.Of(reader.Column<ulong>()),
            new(NodeColumns.Words(reader.Column<int>(), count, words, "region")),
            new(NodeColumns.Words(reader.Column<int>(), count, words, "industry")),
            new(NodeColumns.Words(reader.Column<int>(), count, words, "status")),
            new(NodeColumns.Days(reader.Column<int>(), count, "founding day")),
            NodeColumns.ReadTexts(reader, count),
            NodeColumns.ReadTexts(reader, count));
    }
}
