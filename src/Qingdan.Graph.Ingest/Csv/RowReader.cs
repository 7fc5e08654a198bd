using System.Globalization;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Ingest.Csv;

/// <summary>Typed access to one row's columns by header name; a value that cannot be read throws <see
/// cref="RowRejectedException"/>.</summary>
internal sealed class RowReader
{
    private readonly Dictionary<string, int> _columns;
    private readonly HashSet<string> _known;
    private string?[] _fields = [];

    public RowReader(string[] header, IEnumerable<string> knownColumns)
    {
        _columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            _columns.TryAdd(header[i], i);
        }

        _known = knownColumns.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The row's fields in header order; a null field is an empty cell.</summary>
    public void Load(string?[] fields) => _fields = fields;

    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>The trimmed value, or null when the column is missing or the cell empty.</summary>
    public string? Optional(string column)
    {
        if (!_columns.TryGetValue(column, out var index) || index >= _fields.Length)
        {
            return null;
        }

        var value = _fields[index]?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public string Required(string column) =>
        Optional(column) ?? throw new RowRejectedException($"required value '{column}' is empty", column);

    private const string DateForms = "YYYY-MM-DD, YYYY/MM/DD, YYYYMMDD or YYYY年M月D日";

    /// <summary>A day; a month without its day (<c>YYYY-MM</c>) is rejected, since the column needs a day.</summary>
    public DateOnly? Date(string column)
    {
        var text = Optional(column);
        if (text is null)
        {
            return null;
        }

        if (FieldParsers.TryParseDate(text, out var date))
        {
            return date;
        }

        throw new RowRejectedException(
            YearMonth.TryParse(text, out _)
                ? $"{column} '{text}' is a month without its day; {column} needs a day"
                : $"{column} '{text}' is not a date ({DateForms})",
            column);
    }

    /// <summary>A birth date: a day, or a month kept as published (mapping.md "Partial dates").</summary>
    public (DateOnly? Day, YearMonth? Month) BirthDate(string column)
    {
        var text = Optional(column);
        if (text is null)
        {
            return (null, null);
        }

        if (FieldParsers.TryParseDate(text, out var date))
        {
            return (date, null);
        }

        return YearMonth.TryParse(text, out var month)
            ? (null, month)
            : throw new RowRejectedException($"{column} '{text}' is not a date ({DateForms}, or a month YYYY-MM)", column);
    }

    /// <summary>
    /// An interval's start or end: a day, or a month standing for its first day (start) or its last (end),
    /// noted in <paramref name="published"/> as it was written.
    /// </summary>
    public DateOnly? Bound(string column, bool end, ref Dictionary<string, string>? published)
    {
        var text = Optional(column);
        if (text is null)
        {
            return null;
        }

        if (FieldParsers.TryParseDate(text, out var date))
        {
            return date;
        }

        if (!YearMonth.TryParse(text, out var month))
        {
            throw new RowRejectedException($"{column} '{text}' is not a date ({DateForms}, or a month YYYY-MM)", column);
        }

        (published ??= new Dictionary<string, string>(StringComparer.Ordinal))[column] = month.ToString();
        return end ? month.LastDay : month.FirstDay;
    }

    public DateOnly RequiredDate(string column) =>
        Date(column) ?? throw new RowRejectedException($"required value '{column}' is empty", column);

    public bool? Bool(string column)
    {
        var text = Optional(column);
        if (text is null)
        {
            return null;
        }

        return FieldParsers.TryParseBool(text, out var value)
            ? value
            : throw new RowRejectedException($"{column} '{text}' is not a boolean (true/false, 1/0, 是/否, Y/N)", column);
    }

    public decimal? Amount(string column)
    {
        var text = Optional(column);
        if (text is null)
        {
            return null;
        }

        return FieldParsers.TryParseAmount(text, out var amount)
            ? amount
            : throw new RowRejectedException($"{column} '{text}' is not an amount", column);
    }

    public int? Count(string column)
    {
        var text = Optional(column);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? count
            : throw new RowRejectedException($"{column} '{text}' is not a whole number", column);
    }

    public double Share(string column)
    {
        var text = Required(column);
        return FieldParsers.TryParseShare(text, out var fraction, out var problem)
            ? fraction
            : throw new RowRejectedException(problem, column);
    }

    public TEnum Word<TEnum>(string column, string what)
        where TEnum : struct, Enum
    {
        var text = Required(column);
        return Wire.TryParse<TEnum>(text, out var value)
            ? value.Value
            : throw new RowRejectedException($"unknown {what} '{text}' (expected one of {string.Join(", ", Wire.All<TEnum>())})", column);
    }

    /// <summary>Columns the format does not define, with their non-empty values.</summary>
    public IReadOnlyDictionary<string, string>? Extra()
    {
        Dictionary<string, string>? extra = null;
        foreach (var (name, index) in _columns)
        {
            if (_known.Contains(name) || index >= _fields.Length || string.IsNullOrEmpty(_fields[index]))
            {
                continue;
            }

            (extra ??= new Dictionary<string, string>(StringComparer.Ordinal))[name] = _fields[index]!;
        }

        return extra;
    }
}
