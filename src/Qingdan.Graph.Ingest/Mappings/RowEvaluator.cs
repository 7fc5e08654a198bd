using Qingdan.Graph.Ingest.Csv;
using Qingdan.Graph.Ingest.Sheets;

namespace Qingdan.Graph.Ingest.Mappings;

/// <summary>
/// Turns one row of a delivered table into the records its mapping makes (mapping.md "Values" and
/// "Empty, and records made only on some rows"). Records are made in an order where each comes after
/// the records it points at; a record split over a cell's values is made once per value, and so is
/// every record pointing at it. A value that cannot be read rejects the whole row.
/// </summary>
internal sealed class RowEvaluator
{
    private readonly TableMapping _table;
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);
    private readonly RecordMapping[] _records;
    private readonly int[] _order;
    private readonly int[][] _pointsAt;
    private readonly int[][] _slots;
    private readonly string[][] _labels;

    // For each field, the slot of the kind column its record leaves to the record the ref points at; -1 for none.
    private readonly int[][] _kindSlots;
    private readonly Dictionary<string, int> _ordinal = new(StringComparer.Ordinal);
    private readonly List<MappedRecord>[] _made;

    public RowEvaluator(TableMapping table, HeaderRow header)
    {
        _table = table;
        foreach (var (column, _) in table.Columns)
        {
            _columns[column] = header.Find(column)[0];
        }

        _records = [.. table.Records];
        for (var i = 0; i < _records.Length; i++)
        {
            _ordinal[_records[i].Name] = i;
        }

        _pointsAt = _records.Select(r => r.PointsAt.Select(p => _ordinal[p]).ToArray()).ToArray();
        _slots = _records.Select(r => r.Fields.Select(f => r.File.IndexOf(f.Column)).ToArray()).ToArray();
        _labels = _records.Select(r => r.Fields.Select(f => $"{r.Name}.{f.Column}").ToArray()).ToArray();
        _kindSlots = _records.Select(r => r.Fields
            .Select(f => r.File.RefColumn(f.Column)?.KindColumn is { } kind && r.Field(kind) is null ? r.File.IndexOf(kind) : -1)
            .ToArray()).ToArray();
        _order = TopologicalOrder();
        _made = _records.Select(_ => new List<MappedRecord>(1)).ToArray();
    }

    /// <summary>The records the row makes, in the order the table declares them; null when <c>where</c> leaves the row out.</summary>
    public List<MappedRecord>? Evaluate(SheetRow row)
    {
        if (_table.Where is { } where && !where.Holds(Text(Cell(row, where.Column, null))))
        {
            return null;
        }

        foreach (var made in _made)
        {
            made.Clear();
        }

        foreach (var index in _order)
        {
            Make(row, index);
        }

        var all = new List<MappedRecord>(_records.Length);
        foreach (var made in _made)
        {
            all.AddRange(made);
        }

        return all;
    }

    private void Make(SheetRow row, int index)
    {
        var targets = _pointsAt[index];
        var single = true;
        foreach (var target in targets)
        {
            single &= _made[target].Count <= 1;
        }

        if (single)
        {
            // Nearly every row: one instance (or none) of each record pointed at, so one combination.
            _chosen.Clear();
            foreach (var target in targets)
            {
                _chosen[target] = _made[target].Count == 0 ? null : _made[target][0];
            }

            MakeFor(row, index, _chosen);
            return;
        }

        foreach (var chosen in Combinations(index))
        {
            MakeFor(row, index, chosen);
        }
    }

    private readonly Dictionary<int, MappedRecord?> _chosen = [];

    private void MakeFor(SheetRow row, int index, Dictionary<int, MappedRecord?> chosen)
    {
        var inherited = Parts(chosen);
        if (inherited is { Count: 0 })
        {
            return;
        }

        var record = _records[index];
        if (record.SplitField is not { Value.Source: ColumnSource source } split || inherited?.ContainsKey(source.Column) == true)
        {
            MakeOne(row, index, inherited, chosen);
            return;
        }

        // Made once a value: a cell listing none makes none (a decision that lists no tenderers).
        var text = Text(Cell(row, source.Column, inherited));
        foreach (var piece in text?.Split(
            split.Value.Transforms.Split!.ToCharArray(),
            StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [])
        {
            MakeOne(
                row,
                index,
                new Dictionary<string, string>(inherited ?? [], StringComparer.Ordinal) { [source.Column] = piece },
                chosen);
        }
    }

    private void MakeOne(SheetRow row, int index, Dictionary<string, string>? parts, Dictionary<int, MappedRecord?> chosen)
    {
        var record = _records[index];
        if (record.When is { } when && !when.Holds(Text(Cell(row, when.Column, parts))))
        {
            return;
        }

        string? reference = null;
        if (record.File.HasRef)
        {
            reference = Ref(row, record, parts);
            if (reference is null)
            {
                return;
            }
        }

        if (Values(row, index, parts, chosen) is { } values)
        {
            _made[index].Add(new MappedRecord(record, values, reference, parts));
        }
    }

    /// <summary>Every choice of one made instance (or none) of each record this one points at.</summary>
    private List<Dictionary<int, MappedRecord?>> Combinations(int index)
    {
        var combinations = new List<Dictionary<int, MappedRecord?>> { new() };
        foreach (var target in _pointsAt[index])
        {
            var instances = _made[target];
            if (instances.Count <= 1)
            {
                foreach (var combination in combinations)
                {
                    combination[target] = instances.Count == 0 ? null : instances[0];
                }

                continue;
            }

            combinations = combinations.SelectMany(
                c => instances.Select(instance => new Dictionary<int, MappedRecord?>(c) { [target] = instance })).ToList();
        }

        return combinations;
    }

    private static Dictionary<string, string>? Parts(Dictionary<int, MappedRecord?> chosen)
    {
        Dictionary<string, string>? parts = null;
        foreach (var instance in chosen.Values)
        {
            if (instance?.Parts is not { } own)
            {
                continue;
            }

            parts ??= new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (column, part) in own)
            {
                if (parts.TryGetValue(column, out var other) && other != part)
                {
                    // Two instances split from one cell, for different values of it: not a combination the row states (an empty set says
                    // so).
                    return [];
                }

                parts[column] = part;
            }
        }

        return parts;
    }

    private string? Ref(SheetRow row, RecordMapping record, Dictionary<string, string>? parts)
    {
        if (record.RefColumns.Count == 1)
        {
            return Text(Cell(row, record.RefColumns[0], parts));
        }

        var texts = new string?[record.RefColumns.Count];
        var any = false;
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = Text(Cell(row, record.RefColumns[i], parts));
            any |= texts[i] is not null;
        }

        return any ? string.Join('|', texts) : null;
    }

    private string?[]? Values(SheetRow row, int index, Dictionary<string, string>? parts, Dictionary<int, MappedRecord?> chosen)
    {
        var record = _records[index];
        var values = new string?[record.File.Required.Count + record.File.Optional.Count];
        for (var f = 0; f < record.Fields.Count; f++)
        {
            var field = record.Fields[f];
            var value = Evaluate(row, field.Value, parts, chosen, _labels[index][f]);
            if (value.Missing)
            {
                return null;
            }

            values[_slots[index][f]] = value.Text;
            if (value.From is { } from && _kindSlots[index][f] is >= 0 and var kindSlot)
            {
                // The holder's (payer's, payee's) kind follows from the record the ref came from.
                values[kindSlot] = from.File == Bundles.BundleFiles.People ? "person" : "company";
            }
        }

        return values;
    }

    private readonly record struct Evaluated(string? Text, bool Missing = false, RecordMapping? From = null);

    private Evaluated Evaluate(
        SheetRow row,
        ValueExpression value,
        Dictionary<string, string>? parts,
        Dictionary<int, MappedRecord?> chosen,
        string label)
    {
        switch (value.Source)
        {
            case ColumnSource column:
                var cell = Cell(row, column.Column, parts);
                return new Evaluated(Transform(cell, Text(cell), value.Transforms, column.Column));
            case LiteralSource literal:
                return new Evaluated(Transform(SheetCell.FromText(literal.Text), NullIfEmpty(literal.Text), value.Transforms, label));
            case RecordSource record:
                var target = _ordinal[record.Record];
                return chosen.GetValueOrDefault(target) is { } instance
                    ? new Evaluated(instance.Ref, From: instance.Mapping)
                    : new Evaluated(null, Missing: true);
            case ColumnsSource columns:
                var joined = Joined(row, columns, parts);
                return new Evaluated(Transform(SheetCell.FromText(joined), joined, value.Transforms, string.Join("+", columns.Columns)));
            case ChoiceSource choice:
                var branch = choice.When.Holds(Text(Cell(row, choice.When.Column, parts))) ? choice.Then : choice.Else;
                if (branch is null)
                {
                    return new Evaluated(Transform(SheetCell.Empty, null, value.Transforms, label));
                }

                var chosenValue = Evaluate(row, branch, parts, chosen, label);
                return chosenValue.Missing || value.Transforms.IsNone
                    ? chosenValue
                    : chosenValue with
                    {
                        Text = Transform(
                        SheetCell.FromText(chosenValue.Text),
                        chosenValue.Text,
                        value.Transforms,
                        label)
                    };
            default:
                throw new InvalidOperationException($"unknown value source {value.Source}");
        }
    }

    private string? Joined(SheetRow row, ColumnsSource columns, Dictionary<string, string>? parts)
    {
        var texts = new List<string>(columns.Columns.Count);
        foreach (var column in columns.Columns)
        {
            if (Text(Cell(row, column, parts)) is { } text)
            {
                texts.Add(text);
            }
        }

        return NullIfEmpty(string.Join(columns.Join, texts));
    }

    /// <summary>A value's transforms; a cell listing several values (<c>list</c>, <c>split</c>) goes through them value by value.</summary>
    private static string? Transform(SheetCell cell, string? text, ValueTransforms transforms, string label)
    {
        if (transforms.IsNone)
        {
            return text;
        }

        return transforms.List is { } separators && text is not null
            ? TransformList(text, separators, transforms, label)
            : TransformOne(cell, text, transforms, label);
    }

    private static string? TransformList(string text, string separators, ValueTransforms transforms, string label)
    {
        var items = new List<string>();
        foreach (var item in text.Split(separators.ToCharArray(), StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (TransformOne(SheetCell.FromText(item), item, transforms, label) is { } value)
            {
                items.Add(value);
            }
        }

        return NullIfEmpty(string.Join('|', items));
    }

    private static string? TransformOne(SheetCell cell, string? text, ValueTransforms transforms, string label)
    {
        if (transforms.Extract is { } extract && text is not null)
        {
            var match = extract.Match(text);
            text = match.Success ? NullIfEmpty((match.Groups.Count > 1 ? match.Groups[1].Value : match.Value).Trim()) : null;
            cell = SheetCell.FromText(text);
        }

        if (transforms.Map.Count > 0)
        {
            text = Map(text, transforms, label);
            cell = SheetCell.FromText(text);
        }

        if (text is null)
        {
            return null;
        }

        string? problem = null;
        if (transforms.Date is { } date)
        {
            text = date.Read(cell, text, out problem);
        }
        else if (transforms.Amount is { } unit)
        {
            text = Quantities.Amount(cell, text, unit, out problem);
        }
        else if (transforms.ShareFraction is { } fraction)
        {
            text = Quantities.Share(cell, text, fraction, out problem);
        }

        return problem is null ? text : throw new RowRejectedException($"{label}: {problem}");
    }

    private static string? Map(string? word, ValueTransforms transforms, string label)
    {
        if (word is not null)
        {
            for (var i = 0; i < transforms.Map.Count; i++)
            {
                if (transforms.Map[i].TryMap(word, out var value))
                {
                    return NullIfEmpty(value);
                }
            }
        }

        if (transforms.HasDefault)
        {
            return NullIfEmpty(transforms.Default);
        }

        if (word is null)
        {
            return null;
        }

        throw new RowRejectedException(transforms.Map.Count == 1
            ? $"{label}: '{word}' is not in the vocabulary {transforms.Map[0].Name}"
            : $"{label}: '{word}' is in none of the vocabularies {string.Join(", ", transforms.Map.Select(v => v.Name))}");
    }

    private SheetCell Cell(SheetRow row, string column, Dictionary<string, string>? parts)
    {
        if (parts is not null && parts.TryGetValue(column, out var part))
        {
            return SheetCell.FromText(part);
        }

        var index = _columns[column];
        var cell = row[index];
        return cell.Kind switch
        {
            CellKind.Error => throw new RowRejectedException(
                $"{column}: cell {CellReference.Of(row.Number, index)} holds the Excel error {cell.Text}"),
            CellKind.NoCachedValue => throw new RowRejectedException($"{column}: cell {CellReference.Of(row.Number, index)} holds a " +
                "formula saved without its value (the workbook was not recalculated before it was saved: open it in Excel and save it " +
                    "again, or paste the values)"),
            _ => cell,
        };
    }

    private static string? Text(SheetCell cell) => cell.IsEmpty ? null : cell.Text!.Trim();

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private int[] TopologicalOrder()
    {
        var order = new List<int>(_records.Length);
        var done = new bool[_records.Length];
        void Visit(int index)
        {
            if (done[index])
            {
                return;
            }

            done[index] = true;
            foreach (var target in _pointsAt[index])
            {
                Visit(target);
            }

            order.Add(index);
        }

        for (var i = 0; i < _records.Length; i++)
        {
            Visit(i);
        }

        return [.. order];
    }
}
