using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Graph.Columns;

/// <summary>
/// The decisions' attributes by their number among the decisions: kind and currency as words, the
/// amount with a flag for stated, the days as numbers, the method as a small number, the tenderers sparse.
/// (The title is the node's name.)
/// </summary>
internal sealed class DecisionColumns
{
    private static readonly int MethodCount = Enum.GetValues<ProcurementMethod>().Length;

    private readonly Growable<int> _kind;
    private readonly Growable<decimal> _amount;
    private readonly Bits _amountStated;
    private readonly Growable<int> _currency;
    private readonly Growable<int> _applied;
    private readonly Growable<int> _decided;
    private readonly Growable<byte> _method;
    private readonly SparseColumn<int> _bidders;

    public DecisionColumns()
        : this(new(), new(), new(), new(), new(), new(), new(), new())
    {
    }

    private DecisionColumns(
        Growable<int> kind,
        Growable<decimal> amount,
        Bits amountStated,
        Growable<int> currency,
        Growable<int> applied,
        Growable<int> decided,
        Growable<byte> method,
        SparseColumn<int> bidders)
    {
        (_kind, _amount, _amountStated, _currency) = (kind, amount, amountStated, currency);
        (_applied, _decided, _method, _bidders) = (applied, decided, method, bidders);
    }

    public int Count => _kind.Count;

    public long Bytes => (Count * ((4 * sizeof(int)) + sizeof(decimal) + sizeof(byte))) + _amountStated.Bytes + _bidders.Bytes(4);

    public void Add(Decision decision, Words words)
    {
        var row = Count;
        _kind.Add(words.Code(decision.Kind));
        _amount.Add(decision.Amount ?? 0);
        if (decision.Amount is not null)
        {
            _amountStated[row] = true;
        }

        _currency.Add(words.Code(decision.Currency));
        _applied.Add(NodeColumns.Day(decision.AppliedDate));
        _decided.Add(decision.DecidedDate.DayNumber);
        _method.Add(decision.Method is { } method ? (byte)(method + 1) : (byte)0);
        if (decision.Bidders is { } bidders)
        {
            _bidders.Add(row, bidders);
        }
    }

    public void AddFrom(DecisionColumns other, Words otherWords, int row, Words words)
    {
        var at = Count;
        _kind.Add(words.Code(otherWords[other._kind[row]]));
        _amount.Add(other._amount[row]);
        if (other._amountStated[row])
        {
            _amountStated[at] = true;
        }

        _currency.Add(words.Code(otherWords[other._currency[row]]));
        _applied.Add(other._applied[row]);
        _decided.Add(other._decided[row]);
        _method.Add(other._method[row]);
        NodeColumns.CopyIfStated(other._bidders, row, _bidders, at);
    }

    public Decision Record(int row, EntityId id, string? title, Words words) => new()
    {
        Id = id,
        Kind = KindOf(row, words),
        Title = title,
        Amount = Amount(row),
        Currency = words[_currency[row]],
        AppliedDate = NodeColumns.Date(_applied[row]),
        DecidedDate = DateOnly.FromDayNumber(_decided[row]),
        Method = Method(row),
        Bidders = Bidders(row),
    };

    /// <summary>The decision's kind, the table's shared string.</summary>
    public string KindOf(int row, Words words) => words[_kind[row]] ?? string.Empty;

    public decimal? Amount(int row) => _amountStated[row] ? _amount[row] : null;

    public int DecidedDay(int row) => _decided[row];

    public ProcurementMethod? Method(int row) => _method[row] == 0 ? null : (ProcurementMethod)(_method[row] - 1);

    public int? Bidders(int row) => _bidders.TryGet(row, out var bidders) ? bidders : null;

    public void Trim()
    {
        _kind.Trim();
        _amount.Trim();
        _currency.Trim();
        _applied.Trim();
        _decided.Trim();
        _method.Trim();
        _bidders.Trim();
    }

    public void Write(ImageWriter writer)
    {
        writer.Column<int>(_kind.AsSpan());
        writer.Column<decimal>(_amount.AsSpan());
        writer.Column(_amountStated.Words);
        writer.Column<int>(_currency.AsSpan());
        writer.Column<int>(_applied.AsSpan());
        writer.Column<int>(_decided.AsSpan());
        writer.Column<byte>(_method.AsSpan());
        NodeColumns.WriteValues(writer, _bidders);
    }

    public static DecisionColumns Read(ImageReader reader, int count, Words words)
    {
        var kind = NodeColumns.Words(reader.Column<int>(), count, words, "decision kind");
        var amount = NodeColumns.Exactly(reader.Column<decimal>(), count, "amount");
        var stated = Bits.Of(reader.Column<ulong>());
        var currency = NodeColumns.Words(reader.Column<int>(), count, words, "currency");
        var applied = NodeColumns.Days(reader.Column<int>(), count, "application day");
        var decided = NodeColumns.Exactly(reader.Column<int>(), count, "decision day");
        foreach (var day in decided)
        {
            if ((uint)day > (uint)DateOnly.MaxValue.DayNumber)
            {
                throw new InvalidDataException($"A decision day in the snapshot image is day {day}, past the calendar.");
            }
        }

        var method = NodeColumns.Enumerated(reader.Column<byte>(), count, MethodCount, "method");
        var bidders = NodeColumns.ReadValues<int>(reader, count);
        return new DecisionColumns(new(kind), new(amount), stated, new(currency), new(applied), new(decided), new(method), bidders);
    }
}
