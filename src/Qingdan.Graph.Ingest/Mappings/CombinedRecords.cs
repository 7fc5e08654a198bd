using System.Globalization;
using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Core.Text;
using Qingdan.Graph.Ingest.Bundles;
using Qingdan.Graph.Ingest.Csv;

namespace Qingdan.Graph.Ingest.Mappings;

/// <summary>
/// The records of kinds with a ref, combined across every row of every table that makes the same ref of
/// the same kind (mapping.md "The file"): their non-empty values are combined, and a row that gives a
/// field a different non-empty value is rejected, naming the row of the first. Memory holds one entry a
/// distinct record, never the rows.
/// </summary>
internal sealed class CombinedRecords
{
    private readonly Dictionary<Key, Combined> _records = [];
    private readonly Dictionary<BundleFile, List<Combined>> _byFile = [];

    /// <summary>One record as the rows so far state it.</summary>
    internal sealed class Combined(BundleFile file, string reference, SourceRef first, int columns)
    {
        public BundleFile File { get; } = file;

        public string Ref { get; } = reference;

        public SourceRef First { get; } = first;

        public string?[] Values { get; } = new string?[columns];

        /// <summary>The row each value was first given on.</summary>
        public SourceRef?[] From { get; } = new SourceRef?[columns];

        /// <summary>The first few rows that stated the record, to cite when it is rejected.</summary>
        public List<SourceRef> Rows { get; } = [first];

        public int RowCount { get; set; } = 1;
    }

    public IEnumerable<Combined> Of(BundleFile file) => _byFile.TryGetValue(file, out var list) ? list : [];

    public int Count => _records.Count;

    /// <summary>
    /// Combines a row's records, all or none: null when they fit what earlier rows stated, else the reason
    /// the row is rejected (and nothing of it is kept).
    /// </summary>
    public string? Add(IReadOnlyList<MappedRecord> records, SourceRef source, Func<MappedRecord, string, string> label)
    {
        // Checked against the records as they would be with the row's earlier records in, before anything changes.
        _pending.Clear();
        foreach (var record in records)
        {
            var key = new Key(record.Mapping.File, record.Ref!);
            var at = -1;
            for (var p = 0; p < _pending.Count && at < 0; p++)
            {
                at = _pending[p].Key == key ? p : -1;
            }

            var stated = at >= 0 ? _pending[at].Values : (_records.TryGetValue(key, out var existing) ? existing.Values : null);
            if (stated is null)
            {
                _pending.Add((key, record.Values));
                continue;
            }

            string?[]? merged = null;
            var columns = record.Mapping.File.Columns;
            for (var i = 0; i < record.Values.Length; i++)
            {
                if (record.Values[i] is not { } value)
                {
                    continue;
                }

                var before = (merged ?? stated)[i];
                var combined = before is null ? value : Combine(columns[i], before, value);
                if (combined is not null)
                {
                    if (!ReferenceEquals(combined, before))
                    {
                        merged ??= (string?[])stated.Clone();
                        merged[i] = combined;
                    }

                    continue;
                }

                var where = _records.TryGetValue(key, out var first) && first.From[i] is { } from
                    ? $"{from.File}:{from.Line}"
                    : $"row {source.Line}";
                return $"{label(record, columns[i])}: '{value}' differs from '{before}', given to {record.Mapping.File.Kind} record " +
                    $"'{record.Ref}' on {where}";
            }

            if (at >= 0)
            {
                _pending[at] = (key, merged ?? stated);
            }
            else
            {
                _pending.Add((key, merged ?? stated));
            }
        }

        foreach (var (key, values) in _pending)
        {
            if (!_records.TryGetValue(key, out var combined))
            {
                combined = new Combined(key.File, key.Ref, source, values.Length);
                _records[key] = combined;
                if (!_byFile.TryGetValue(key.File, out var list))
                {
                    _byFile[key.File] = list = [];
                }

                list.Add(combined);
            }
            else if (!ReferenceEquals(combined.Rows[^1], source))
            {
                combined.RowCount++;
                if (combined.Rows.Count < 3)
                {
                    combined.Rows.Add(source);
                }
            }

            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] is not null && !ReferenceEquals(values[i], combined.Values[i]))
                {
                    combined.From[i] ??= source;
                    combined.Values[i] = values[i];
                }
            }
        }

        return null;
    }

    private readonly List<(Key Key, string?[] Values)> _pending = [];

    /// <summary>A record's identity: its file (compared by reference) and its ref.</summary>
    private readonly record struct Key(BundleFile File, string Ref);

    /// <summary>
    /// The value two statements of one field agree on, or null when they differ: names under the name
    /// normaliser, identifiers without regard to case, dates, amounts, booleans and counts by their value,
    /// a birth month with a birth day inside it (the day is kept), a masked identifier with the number it
    /// masks (the number is kept).
    /// </summary>
    private static string? Combine(string column, string before, string value)
    {
        if (string.Equals(before, value, StringComparison.Ordinal))
        {
            return before;
        }

        switch (column)
        {
            case "name":
                return NameNormalizer.Normalize(before) == NameNormalizer.Normalize(value) ? before : null;
            case "birth_date" or "founded" or "decided_date" or "applied_date":
                return CombineDates(before, value);
            case "id_number":
                return CombineIdentifiers(
                    IdentityNumber.Parse(before),
                    IdentityNumber.Parse(value),
                    (a, b) => a.IsCompatibleWith(b),
                    i => i.Status,
                    before,
                    value);
            case "credit_code" or "code":
                return CombineIdentifiers(
                    CreditCode.Parse(before),
                    CreditCode.Parse(value),
                    (a, b) => a.IsCompatibleWith(b),
                    c => c.Status,
                    before,
                    value);
            case "amount":
                return FieldParsers.TryParseAmount(before, out var a) && FieldParsers.TryParseAmount(value, out var b) && a == b
                    ? before
                    : null;
            case "listed":
                return FieldParsers.TryParseBool(before, out var x) && FieldParsers.TryParseBool(value, out var y) && x == y
                    ? before
                    : null;
            case "bidders":
                return int.TryParse(before, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
                    && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                    && m == n ? before : null;
            default:
                return string.Equals(before.Trim(), value.Trim(), StringComparison.OrdinalIgnoreCase) ? before : null;
        }
    }

    /// <summary>The same identifier, or a masked one and the number it masks (the number is kept).</summary>
    private static string? CombineIdentifiers<T>(
        T? first,
        T? second,
        Func<T, T, bool> compatible,
        Func<T, IdentifierStatus> status,
        string before,
        string value)
        where T : class
    {
        if (first is null || second is null)
        {
            return null;
        }

        if (string.Equals(before.Trim(), value.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return before;
        }

        return (status(first), status(second)) switch
        {
            (IdentifierStatus.Masked, not IdentifierStatus.Masked) when compatible(first, second) => value,
            (not IdentifierStatus.Masked, IdentifierStatus.Masked) when compatible(first, second) => before,
            _ => null,
        };
    }

    private static string? CombineDates(string before, string value)
    {
        bool dayBefore = FieldParsers.TryParseDate(before, out var first), dayValue = FieldParsers.TryParseDate(value, out var second);
        if (dayBefore && dayValue)
        {
            return first == second ? before : null;
        }

        bool monthBefore = YearMonth.TryParse(before, out var firstMonth), monthValue = YearMonth.TryParse(value, out var secondMonth);
        return (dayBefore, dayValue, monthBefore, monthValue) switch
        {
            (true, false, false, true) => secondMonth.Contains(first) ? before : null,
            (false, true, true, false) => firstMonth.Contains(second) ? value : null,
            (false, false, true, true) => firstMonth == secondMonth ? before : null,
            _ => null,
        };
    }
}
