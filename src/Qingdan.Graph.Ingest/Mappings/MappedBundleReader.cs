using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Ingest.Bundles;
using Qingdan.Graph.Ingest.Csv;
using Qingdan.Graph.Ingest.Sheets;
using Qingdan.Graph.Ingest.Statements;

namespace Qingdan.Graph.Ingest.Mappings;

/// <summary>
/// Reads delivered files through a mapping into a sink, exactly as a bundle's rows go (the same
/// <see cref="BundleRows"/> validate them): first every table's header is found and checked — a mapping
/// that names a column no header holds fails before any row is read — then the tables that state
/// records are read and their records combined, the records are handed over (agencies, people,
/// companies, decisions), and the tables are read again for the links, so that every ref is known
/// when a link names it. Memory holds the combined records and the rejected rows' numbers, not the
/// rows: a table is streamed in each pass.
/// </summary>
public sealed class MappedBundleReader(MappingFile mapping, IReadOnlyList<string>? files = null, Action<string, long>? progress = null)
{
    private readonly CombinedRecords _records = new();
    private readonly Dictionary<BundleFile, RowReader> _readers = [];
    private List<MappedTable> _tables = [];
    private long _lastTick = Stopwatch.GetTimestamp();

    /// <summary>Rows read from the delivered files, header and title rows not counted.</summary>
    public long RowsRead { get; private set; }

    /// <summary>Rows that <c>where</c> left out.</summary>
    public long RowsFiltered { get; private set; }

    /// <summary>Each table's file and the header row found in it, once <see cref="ReadAsync"/> has opened them.</summary>
    public IReadOnlyList<(string Location, int Row, IReadOnlyList<string> Cells)> Headers =>
        _tables.ConvertAll(t => (t.Source.Location, t.Header.Number, t.Header.Names));

    /// <summary>Called with each data row and the records it made (map check shows the first ones).</summary>
    internal Action<string, int, IReadOnlyList<MappedRecord>>? RowMapped { get; init; }

    /// <summary>
    /// Reads every table into the sink. Throws <see cref="MappingException"/> when the mapping cannot be
    /// used with these files (nothing has been sent to the sink then).
    /// </summary>
    public async Task ReadAsync(IStatementSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        _tables = Open(sink, cancellationToken);

        foreach (var table in _tables.Where(t => t.MakesNodes))
        {
            ReadRecords(sink, table, cancellationToken);
        }

        await AddNodesAsync(sink, cancellationToken);
        await sink.NodesCompleteAsync(cancellationToken);
        await AddDecisionLinksAsync(sink, cancellationToken);
        await AddReportsAsync(sink, cancellationToken);
        foreach (var table in _tables.Where(t => t.MakesLinks))
        {
            await ReadLinksAsync(sink, table, cancellationToken);
        }
    }

    /// <summary>The delivered files each table reads: the files given that its glob matches, else the files its glob finds.</summary>
    public IReadOnlyList<(int Table, string Path)> Files()
    {
        var found = new List<(int, string)>();
        for (var t = 0; t < mapping.Tables.Count; t++)
        {
            found.AddRange(Matching(mapping.Tables[t]).Select(path => (t, path)));
        }

        return found;
    }

    private List<MappedTable> Open(IStatementSink sink, CancellationToken cancellationToken)
    {
        var problems = new List<MappingProblem>();
        if (files is not null)
        {
            foreach (var given in files.Where(f => !mapping.Tables.Any(t => Glob(t.Files).IsMatch(Relative(f)) || Glob(t.Files).IsMatch(Path.GetFileName(f)))))
            {
                problems.Add(new MappingProblem(mapping.Name, 0, $"{Path.GetFileName(given)} matches no table's 'file' ({string.Join(", ", mapping.Tables.Select(t => t.Files))})"));
            }
        }

        // A table that cannot be read fails alone (its rows are rejected as one issue) when others can be read;
        // a mapping none of whose tables can be read fails whole.
        var tables = new List<MappedTable>();
        var failed = new List<(RowIssue Issue, int Line)>();
        for (var index = 0; index < mapping.Tables.Count; index++)
        {
            var table = mapping.Tables[index];
            var paths = Matching(table);
            if (paths.Count == 0)
            {
                if (files is null)
                {
                    failed.Add((new RowIssue(table.Describe(), 0, $"no file matches '{table.Files}' in {mapping.Folder} (mapping line {table.Line}): the table is not read", string.Empty, Rejected: true), table.Line));
                }
                else
                {
                    sink.Report(new RowIssue(table.Describe(), 0, $"no file given matches '{table.Files}': the table is not read", string.Empty, Rejected: false));
                }

                continue;
            }

            foreach (var path in paths)
            {
                try
                {
                    var source = SheetSource.Open(path, table.Sheet, table.Encoding);
                    tables.Add(new MappedTable(index, table, source, HeaderFinder.Find(source, table, mapping.Name, cancellationToken)));
                }
                catch (SheetException error)
                {
                    failed.Add((new RowIssue(Path.GetFileName(path), 0, $"{error.Reason} (mapping line {table.Line}): the table is not read", string.Empty, Rejected: true), table.Line));
                }
                catch (MappingException error)
                {
                    problems.AddRange(error.Problems);
                }
            }
        }

        if (tables.Count == 0 && problems.Count == 0)
        {
            problems.AddRange(failed.Select(f => new MappingProblem(mapping.Name, f.Line, $"{f.Issue.File}: {f.Issue.Reason.Replace($" (mapping line {f.Line})", string.Empty, StringComparison.Ordinal)}")));
        }

        if (problems.Count > 0)
        {
            throw new MappingException(problems);
        }

        foreach (var (issue, _) in failed)
        {
            sink.Report(issue);
        }

        return tables;
    }

    private void ReadRecords(IStatementSink sink, MappedTable table, CancellationToken cancellationToken)
    {
        var validator = new ValidatingSink();
        foreach (var row in Rows(table, cancellationToken))
        {
            var source = new SourceRef(mapping.Manifest.Id, table.Source.Location, row.Number);
            try
            {
                if (row.Problem is not null)
                {
                    throw new RowRejectedException(row.Problem);
                }

                if (table.Evaluator.Evaluate(row) is not { } records)
                {
                    RowsFiltered++;
                    continue;
                }

                RowMapped?.Invoke(table.Source.Location, row.Number, records);
                var nodes = new List<MappedRecord>(records.Count);
                foreach (var record in records)
                {
                    if (record.Mapping.File.HasRef)
                    {
                        // Nodes and reports: records with a ref of their own, combined across rows.
                        Check(record);
                        nodes.Add(record);
                    }
                    else
                    {
                        // Links are made in the second pass; their values are checked now, so that a row is rejected whole.
                        Handle(record, validator, source, record.Mapping.File.ReadLinks!, cancellationToken);
                    }
                }

                if (_records.Add(nodes, source, Label) is { } conflict)
                {
                    throw new RowRejectedException(conflict);
                }
            }
            catch (RowRejectedException rejected)
            {
                table.RejectedRows.Add(row.Number);
                sink.Report(new RowIssue(table.Source.Location, row.Number, rejected.Message, row.Raw(), Rejected: true));
            }
        }

    }

    private async Task AddNodesAsync(IStatementSink sink, CancellationToken cancellationToken)
    {
        foreach (var file in BundleFiles.NodeFiles)
        {
            foreach (var record in _records.Of(file))
            {
                if (Array.TrueForAll(record.Values, v => v is null) && sink.Knows(new NodeRef(file.Nodes!.Value, record.Ref)))
                {
                    // Named only to be pointed at, and stated by an earlier ingest of the registry: nothing to restate.
                    continue;
                }

                var missing = Missing(file, record.Values);
                try
                {
                    if (missing.Count > 0)
                    {
                        throw new RowRejectedException($"{file.Kind} record '{record.Ref}' has no {string.Join(", ", missing)}: {Cited(record)} state{(record.RowCount == 1 ? "s" : string.Empty)} it without {(missing.Count == 1 ? "that value" : "those values")}, and no earlier ingest of registry '{mapping.Manifest.Registry}' states it");
                    }

                    var values = (string?[])record.Values.Clone();
                    values[file.IndexOf("ref")] = record.Ref;
                    await file.ReadNode!(sink, Reader(file, values), record.First, cancellationToken);
                    if (file.ReadLinks is not null)
                    {
                        _acceptedDecisions.Add(record);
                    }
                }
                catch (RowRejectedException rejected)
                {
                    sink.Report(new RowIssue(record.First.File, record.First.Line, rejected.Column is { } column ? $"{record.File.Kind}.{column}: {rejected.Message}" : rejected.Message, Describe(record), Rejected: true));
                }
            }
        }
    }

    private readonly List<CombinedRecords.Combined> _acceptedDecisions = [];

    /// <summary>
    /// The combined reports, once every record is in (a report is read like a link: its official must be known). A report named
    /// only by its ref is pointed at, not stated: an item's report is checked by the sink once everything is read.
    /// </summary>
    private async Task AddReportsAsync(IStatementSink sink, CancellationToken cancellationToken)
    {
        var file = BundleFiles.Reports;
        foreach (var record in _records.Of(file))
        {
            if (Array.TrueForAll(record.Values, v => v is null))
            {
                continue;
            }

            try
            {
                var missing = Missing(file, record.Values);
                if (missing.Count > 0)
                {
                    throw new RowRejectedException($"reports record '{record.Ref}' has no {string.Join(", ", missing)}: {Cited(record)} state{(record.RowCount == 1 ? "s" : string.Empty)} it without {(missing.Count == 1 ? "that value" : "those values")}");
                }

                var values = (string?[])record.Values.Clone();
                values[file.IndexOf("ref")] = record.Ref;
                await file.ReadLinks!(sink, Reader(file, values), record.First, cancellationToken);
            }
            catch (RowRejectedException rejected)
            {
                sink.Report(new RowIssue(record.First.File, record.First.Line, rejected.Column is { } column ? $"{file.Kind}.{column}: {rejected.Message}" : rejected.Message, Describe(record), Rejected: true));
            }
        }
    }

    private static List<string> Missing(BundleFile file, string?[] values)
    {
        var missing = new List<string>(0);
        foreach (var column in file.Required)
        {
            if (column != "ref" && values[file.IndexOf(column)] is null)
            {
                missing.Add(column);
            }
        }

        return missing;
    }

    private async Task AddDecisionLinksAsync(IStatementSink sink, CancellationToken cancellationToken)
    {
        foreach (var decision in _acceptedDecisions.Where(d => d.File.ReadLinks is not null))
        {
            var values = (string?[])decision.Values.Clone();
            values[decision.File.IndexOf("ref")] = decision.Ref;
            await decision.File.ReadLinks!(sink, Reader(decision.File, values), decision.First, cancellationToken);
        }

        _acceptedDecisions.Clear();
    }

    private async Task ReadLinksAsync(IStatementSink sink, MappedTable table, CancellationToken cancellationToken)
    {
        var checkedBefore = table.MakesNodes;
        var buffer = new BufferingSink(sink);
        foreach (var row in Rows(table, cancellationToken))
        {
            if (checkedBefore && table.RejectedRows.Contains(row.Number))
            {
                continue;
            }

            var source = new SourceRef(mapping.Manifest.Id, table.Source.Location, row.Number);
            buffer.Clear();
            try
            {
                if (row.Problem is not null)
                {
                    throw new RowRejectedException(row.Problem);
                }

                if (table.Evaluator.Evaluate(row) is not { } records)
                {
                    RowsFiltered += checkedBefore ? 0 : 1;
                    continue;
                }


                if (!checkedBefore)
                {
                    RowMapped?.Invoke(table.Source.Location, row.Number, records);
                }

                foreach (var record in records)
                {
                    if (!record.Mapping.File.HasRef)
                    {
                        Handle(record, buffer, source, record.Mapping.File.ReadLinks!, cancellationToken);
                    }
                }
            }
            catch (RowRejectedException rejected)
            {
                sink.Report(new RowIssue(table.Source.Location, row.Number, rejected.Message, row.Raw(), Rejected: true));
                continue;
            }

            await buffer.FlushAsync(cancellationToken);
        }
    }

    /// <summary>Runs a bundle row handler over a mapped record; its rejection names the delivered column the value came from.</summary>
    private void Handle(MappedRecord record, IStatementSink sink, SourceRef source, BundleRowHandler handler, CancellationToken cancellationToken)
    {
        try
        {
            // The sinks these run against complete synchronously.
            handler(sink, Reader(record.Mapping.File, record.Values), source, cancellationToken).GetAwaiter().GetResult();
        }
        catch (RowRejectedException rejected)
        {
            throw new RowRejectedException(rejected.Column is { } column ? $"{Label(record, column)}: {rejected.Message}{Hint(record, column)}" : $"{record.Mapping.Name}: {rejected.Message}");
        }
    }

    /// <summary>A word the bundle does not take, that a built-in vocabulary would have mapped: say which.</summary>
    private static string Hint(MappedRecord record, string column)
    {
        var slot = record.Mapping.File.IndexOf(column);
        return slot >= 0 && record.Values[slot] is { } word && record.Mapping.Field(column) is { Value.Transforms.Map.Count: 0 } &&
            Vocabularies.ForColumn(record.Mapping.File.Kind, column) is { } vocabulary && vocabulary.TryMap(word, out var meaning)
            ? $"; the built-in vocabulary reads '{word}' as {meaning}: add 'map: {vocabulary.Name}' to the field"
            : string.Empty;
    }

    private void Check(MappedRecord record)
    {
        try
        {
            BundleRows.CheckValues(record.Mapping.File, Reader(record.Mapping.File, record.Values));
        }
        catch (RowRejectedException rejected)
        {
            throw new RowRejectedException(rejected.Column is { } column ? $"{Label(record, column)}: {rejected.Message}" : $"{record.Mapping.Name}: {rejected.Message}");
        }
    }

    private IEnumerable<SheetRow> Rows(MappedTable table, CancellationToken cancellationToken)
    {
        // A table read twice (records, then links) counts its rows once.
        var counted = !table.Counted;
        table.Counted = true;
        foreach (var row in table.Source.ReadRows(cancellationToken))
        {
            if (row.Number <= table.Header.Number)
            {
                continue;
            }

            RowsRead += counted ? 1 : 0;
            if (Stopwatch.GetElapsedTime(_lastTick).TotalMilliseconds >= 500)
            {
                _lastTick = Stopwatch.GetTimestamp();
                progress?.Invoke($"reading {table.Source.Location}", RowsRead);
            }

            yield return row;
        }
    }

    private RowReader Reader(BundleFile file, string?[] values)
    {
        if (!_readers.TryGetValue(file, out var reader))
        {
            var columns = file.Columns.ToArray();
            _readers[file] = reader = new RowReader(columns, columns);
        }

        reader.Load(values);
        return reader;
    }

    /// <summary>How a rejection names a field: the delivered column it was read from, and the record's field.</summary>
    private static string Label(MappedRecord record, string column)
    {
        var field = record.Mapping.Field(column);
        return field?.Value.Source switch
        {
            ColumnSource source => $"{source.Column} ({record.Mapping.Name}.{column})",
            ColumnsSource sources => $"{string.Join("+", sources.Columns)} ({record.Mapping.Name}.{column})",
            _ => $"{record.Mapping.Name}.{column}",
        };
    }

    private static string Cited(CombinedRecords.Combined record)
    {
        var rows = string.Join(", ", record.Rows.Select(r => $"{r.File}:{r.Line}"));
        return record.RowCount > record.Rows.Count ? string.Create(CultureInfo.InvariantCulture, $"{rows} and {record.RowCount - record.Rows.Count} more rows") : rows;
    }

    private static string Describe(CombinedRecords.Combined record) =>
        string.Join("; ", record.File.Columns.Select((c, i) => (c, v: c == "ref" ? record.Ref : record.Values[i])).Where(p => p.v is not null).Select(p => $"{p.c}={p.v}"));

    private List<string> Matching(TableMapping table)
    {
        var glob = Glob(table.Files);
        if (files is not null)
        {
            return files.Where(f => glob.IsMatch(Relative(f)) || glob.IsMatch(Path.GetFileName(f))).Select(Path.GetFullPath).Distinct().ToList();
        }

        var folder = mapping.Folder;
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var recursive = table.Files.Contains('/', StringComparison.Ordinal) || table.Files.Contains('\\', StringComparison.Ordinal);
        return Directory.EnumerateFiles(folder, "*", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Where(f => glob.IsMatch(Relative(f)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private string Relative(string path) => Path.GetRelativePath(mapping.Folder, Path.GetFullPath(path)).Replace('\\', '/');

    /// <summary>A glob over paths relative to the mapping's folder: <c>*</c> and <c>?</c> within a folder's name, <c>**</c> across folders.</summary>
    private static Regex Glob(string pattern)
    {
        var regex = new System.Text.StringBuilder("^");
        var text = pattern.Replace('\\', '/').TrimStart('.', '/');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '*' && i + 1 < text.Length && text[i + 1] == '*')
            {
                regex.Append(".*");
                i++;
                if (i + 1 < text.Length && text[i + 1] == '/')
                {
                    i++;
                }
            }
            else
            {
                regex.Append(c switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(c.ToString()),
                });
            }
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    }
}
