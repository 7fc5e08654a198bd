using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Graph.Columns;

/// <summary>
/// The people's attributes by their number among the people: the identity number packed (the masked or
/// invalid ones as text, apart), the birth date as a day number (0 for none), sex, and the attributes few
/// have (birth month, phone, address) sparse.
/// </summary>
internal sealed class PersonColumns
{
    private readonly Growable<long> _idNumber;
    private readonly SparseColumn<string> _idText;
    private readonly Growable<int> _birth;
    private readonly Growable<byte> _gender;
    private readonly SparseColumn<int> _birthMonth;
    private readonly SparseColumn<string> _phone;
    private readonly SparseColumn<string> _address;

    public PersonColumns(int capacity = 16)
        : this(new(capacity), new(), new(capacity), new(capacity), new(), new(), new())
    {
    }

    private PersonColumns(
        Growable<long> idNumber,
        SparseColumn<string> idText,
        Growable<int> birth,
        Growable<byte> gender,
        SparseColumn<int> birthMonth,
        SparseColumn<string> phone,
        SparseColumn<string> address)
    {
        (_idNumber, _idText, _birth, _gender) = (idNumber, idText, birth, gender);
        (_birthMonth, _phone, _address) = (birthMonth, phone, address);
    }

    public int Count => _birth.Count;

    public long Bytes => (Count * (sizeof(long) + sizeof(int) + sizeof(byte))) + _idText.Bytes(8) + _birthMonth.Bytes(4) + _phone.Bytes(8)
        + _address.Bytes(8);

    public void Add(Person person)
    {
        var row = Count;
        var packed = PackedIdentifiers.Pack(person.IdNumber);
        _idNumber.Add(packed);
        if (packed == PackedIdentifiers.AsText)
        {
            _idText.Add(row, person.IdNumber!.Value);
        }

        _birth.Add(NodeColumns.Day(person.BirthDate));
        _gender.Add(person.Gender is { } gender ? (byte)(gender + 1) : (byte)0);
        if (person.BirthMonth is { } month)
        {
            _birthMonth.Add(row, (month.Year * 12) + month.Month - 1);
        }

        NodeColumns.AddIfStated(_phone, row, person.Phone);
        NodeColumns.AddIfStated(_address, row, person.Address);
    }

    public void AddFrom(PersonColumns other, int row)
    {
        var at = Count;
        _idNumber.Add(other._idNumber[row]);
        NodeColumns.CopyIfStated(other._idText, row, _idText, at);
        _birth.Add(other._birth[row]);
        _gender.Add(other._gender[row]);
        NodeColumns.CopyIfStated(other._birthMonth, row, _birthMonth, at);
        NodeColumns.CopyIfStated(other._phone, row, _phone, at);
        NodeColumns.CopyIfStated(other._address, row, _address, at);
    }

    public Person Record(int row, EntityId id, string name) => new()
    {
        Id = id,
        Name = name,
        IdNumber = IdNumberOf(row),
        BirthDate = NodeColumns.Date(_birth[row]),
        BirthMonth = _birthMonth.TryGet(row, out var month) ? new YearMonth(month / 12, (month % 12) + 1) : null,
        Gender = _gender[row] == 0 ? null : (Sex)(_gender[row] - 1),
        Phone = _phone.TryGet(row, out var phone) ? phone : null,
        Address = _address.TryGet(row, out var address) ? address : null,
    };

    public IdentityNumber? IdNumberOf(int row) => _idNumber[row] switch
    {
        PackedIdentifiers.None => null,
        PackedIdentifiers.AsText => IdentityNumber.Parse(_idText.TryGet(row, out var text) ? text : null),
        var packed => PackedIdentifiers.Identity(packed),
    };

    public void Trim()
    {
        _idNumber.Trim();
        _idText.Trim();
        _birth.Trim();
        _gender.Trim();
        _birthMonth.Trim();
        _phone.Trim();
        _address.Trim();
    }

    public void Write(ImageWriter writer)
    {
        writer.Column<long>(_idNumber.AsSpan());
        NodeColumns.WriteTexts(writer, _idText);
        writer.Column<int>(_birth.AsSpan());
        writer.Column<byte>(_gender.AsSpan());
        NodeColumns.WriteValues(writer, _birthMonth);
        NodeColumns.WriteTexts(writer, _phone);
        NodeColumns.WriteTexts(writer, _address);
    }

    public static PersonColumns Read(ImageReader reader, int count)
    {
        var idNumber = NodeColumns.Exactly(reader.Column<long>(), count, "identity number");
        var idText = NodeColumns.ReadTexts(reader, count);
        foreach (var packed in idNumber)
        {
            if (!PackedIdentifiers.IsIdentity(packed))
            {
                throw new InvalidDataException($"An identity number in the snapshot image is packed as {packed}.");
            }
        }

        var birth = NodeColumns.Days(reader.Column<int>(), count, "birth date");
        var gender = NodeColumns.Enumerated(reader.Column<byte>(), count, 2, "sex");
        var birthMonth = NodeColumns.ReadValues<int>(reader, count);
        foreach (var month in birthMonth.Values)
        {
            if (month is < 12 or >= 120_000)
            {
                throw new InvalidDataException($"A birth month in the snapshot image is month {month}.");
            }
        }

        var phone = NodeColumns.ReadTexts(reader, count);
        return new PersonColumns(new(idNumber), idText, new(birth), new(gender), birthMonth, phone, NodeColumns.ReadTexts(reader, count));
    }
}
