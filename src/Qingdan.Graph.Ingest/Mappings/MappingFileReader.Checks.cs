
namespace Qingdan.Graph.Ingest.Mappings;

public static partial class MappingFileReader
{
    private sealed partial class Parser
    {
        /// <summary>What a table's records must agree on among themselves: required fields, records pointed at, vocabularies,
        /// splits.</summary>
        private TableMapping Check(TableMapping table)
        {
            var byName = table.Records.ToDictionary(r => r.Name, StringComparer.Ordinal);
            var records = new List<RecordMapping>();
            foreach (var record in table.Records)
            {
                foreach (var field in record.Fields)
                {
                    CheckField(record, field, byName);
                }

                // A record with a ref may be named only to be pointed at: its required values are checked once every table is read.
                foreach (var required in record.File.HasRef ? [] : record.File.Required.Where(c => record.Field(c) is null))
                {
                    if (!Inferable(record, required, byName))
                    {
                        Problem(record.Line, $"record '{record.Name}' (kind {record.File.Kind}) does not map '{required}', which every " +
                            $"{record.File.Name} row needs");
                    }
                }

                var splits = record.Fields.Where(f => f.Value.Transforms.Split is not null).ToList();
                foreach (var extra in splits.Skip(1))
                {
                    Problem(extra.Line, $"record '{record.Name}' splits on one field only ('{splits[0].Column}' already does)");
                }

                if (splits.FirstOrDefault() is { } split && split.Value.Source is not ColumnSource)
                {
                    Problem(split.Line, $"{record.Name}.{split.Column}: 'split' cuts the cell of one column: give it {{column: …}}");
                }

                records.Add(record with
                {
                    PointsAt = record.Fields.SelectMany(f => f.Value.Records()).Distinct(StringComparer.Ordinal).Where(byName.ContainsKey)
                        .ToList(),
                    SplitField = splits.FirstOrDefault(),
                });
            }

            CheckCycles(records);
            var columns = new List<(string, int)>();
            if (table.Where is { } where)
            {
                columns.Add((where.Column, where.Line));
            }

            foreach (var record in records)
            {
                columns.AddRange(record.RefColumns.Select(c => (c, record.Line)));
                if (record.When is { } when)
                {
                    columns.Add((when.Column, when.Line));
                }

                columns.AddRange(record.Fields.SelectMany(f => f.Value.Columns()));
            }

            return table with
            {
                Records = records,
                Columns = columns.DistinctBy(c => c.Item1, StringComparer.Ordinal).ToList(),
            };
        }

        private void CheckField(RecordMapping record, FieldMapping field, Dictionary<string, RecordMapping> byName)
        {
            var where = $"{record.Name}.{field.Column}";
            var refColumn = record.File.RefColumn(field.Column);
            foreach (var (target, line) in Pointers(field.Value))
            {
                if (!byName.TryGetValue(target, out var pointed))
                {
                    Problem(
                        line,
                        $"{where}: there is no record '{target}' in this table (its records are {string.Join(", ", byName.Keys)})");
                }
                else if (pointed == record)
                {
                    Problem(line, $"{where}: a record cannot point at itself");
                }
                else if (refColumn is null)
                {
                    Problem(line, $"{where}: {{record: …}} gives a ref, and {field.Column} names no record (the columns that do are " +
                        $"{string.Join(", ", record.File.Refs.Select(r => r.Column).DefaultIfEmpty("none"))})");
                }
                else if (!refColumn.Targets.Contains(pointed.File.Kind))
                {
                    Problem(line, $"{where}: '{target}' is a {pointed.File.Kind} record, and {field.Column} names " +
                        $"{string.Join(" or ", refColumn.Targets)}");
                }
            }

            CheckVocabulary(record, field.Column, field.Value, where);
        }

        /// <summary>Every <c>{record: …}</c> in a value with its line, and a record value given transforms.</summary>
        private IEnumerable<(string Target, int Line)> Pointers(ValueExpression value)
        {
            switch (value.Source)
            {
                case RecordSource record:
                    if (!value.Transforms.IsNone)
                    {
                        Problem(record.Line, $"{{record: {record.Record}}} is a ref and takes no transforms");
                    }

                    yield return (record.Record, record.Line);
                    break;
                case ChoiceSource choice:
                    foreach (var pointer in Pointers(choice.Then).Concat(choice.Else is null ? [] : Pointers(choice.Else)))
                    {
                        yield return pointer;
                    }

                    break;
            }
        }

        /// <summary>An inline vocabulary's values, and a default, must be words the bundle column takes when it takes closed
        /// words.</summary>
        private void CheckVocabulary(RecordMapping record, string column, ValueExpression value, string where)
        {
            if (value.Source is ChoiceSource choice)
            {
                CheckVocabulary(record, column, choice.Then, where);
                if (choice.Else is not null)
                {
                    CheckVocabulary(record, column, choice.Else, where);
                }
            }

            if (Mappings.Vocabularies.ForColumn(record.File.Kind, column) is not { } closed)
            {
                return;
            }

            var words = closed.Values.ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var inline in value.Transforms.Map.Where(v => v.Line > 0))
            {
                foreach (var (word, meaning) in inline.Words)
                {
                    if (!words.Contains(meaning))
                    {
                        Problem(inline.Line, $"{where}: '{word}' maps to '{meaning}', which is not a {column} of {record.File.Name} " +
                            $"({string.Join(", ", words)})");
                    }
                }
            }

            if (value.Transforms.Default is { Length: > 0 } fallback && !words.Contains(fallback))
            {
                Problem(
                    value.Source.Line,
                    $"{where}: default '{fallback}' is not a {column} of {record.File.Name} ({string.Join(", ", words)})");
            }

            if (value.Source is LiteralSource literal && value.Transforms.Map.Count == 0 && literal.Text.Length > 0
                && !words.Contains(literal.Text))
            {
                Problem(
                    literal.Line,
                    $"{where}: literal '{literal.Text}' is not a {column} of {record.File.Name} ({string.Join(", ", words)})");
            }
        }

        /// <summary>
        /// A holder's, payer's or payee's kind may be left out when every value of its ref is a record:
        /// the record's kind says it (people: person, companies: company).
        /// </summary>
        private static bool Inferable(RecordMapping record, string column, Dictionary<string, RecordMapping> byName)
        {
            var refColumn = record.File.Refs.FirstOrDefault(r => r.KindColumn == column);
            return refColumn is not null && record.Field(refColumn.Column) is { } field && OnlyRecords(field.Value, byName);
        }

        private static bool OnlyRecords(ValueExpression value, Dictionary<string, RecordMapping> byName) => value.Source switch
        {
            RecordSource record => byName.ContainsKey(record.Record),
            ChoiceSource choice => OnlyRecords(choice.Then, byName) && (choice.Else is null || OnlyRecords(choice.Else, byName)),
            _ => false,
        };

        private void CheckCycles(List<RecordMapping> records)
        {
            var byName = records.ToDictionary(r => r.Name, StringComparer.Ordinal);
            var state = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var record in records)
            {
                if (Visit(record))
                {
                    Problem(
                        record.Line,
                        $"record '{record.Name}' points at itself through other records: records point at records made before them");
                    return;
                }
            }

            bool Visit(RecordMapping record)
            {
                switch (state.GetValueOrDefault(record.Name))
                {
                    case 1:
                        return true;
                    case 2:
                        return false;
                }

                state[record.Name] = 1;
                foreach (var target in record.PointsAt)
                {
                    if (byName.TryGetValue(target, out var next) && Visit(next))
                    {
                        return true;
                    }
                }

                state[record.Name] = 2;
                return false;
            }
        }
    }
}
