using System.CommandLine;
using System.Globalization;
using Qingdan.Graph.Ingest.Mappings;
using Qingdan.Graph.Ingest.Statements;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Ingest;

namespace Qingdan.Graph.Cli;

/// <summary><c>qingdan map check FILE.yaml [FILE...] [--rows N] [--db …]</c>: a mapping tried on its delivered files, nothing
/// written.</summary>
internal static class MapCommand
{
    private const int IssuesShown = 200;

    public static Command Create(TextWriter output)
    {
        var mapping = new Argument<string>("mapping") { Description = "The mapping file (YAML, docs/mapping.md)." };
        var files = new Argument<string[]>("files")
        {
            Description = "The delivered files (default: the files the mapping's globs find).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var rows = new Option<int>("--rows")
        {
            Description = "How many rows of each table to show as the records they make.",
            DefaultValueFactory = _ => 5,
        };
        var database = new Option<string?>("--db")
        {
            Description = "Also know the refs the store holds for the mapping's registry (a delta naming records of an earlier ingest). " +
                "Default: only the refs this mapping states.",
            HelpName = "connection",
        };
        var check = new Command("check", "Try a mapping on its delivered files: the header found, the first rows as bundle records, and " +
            "every problem with file, sheet, row and column. Exit 1 when a row would be rejected.")
        {
            mapping, files, rows, database,
        };
        check.SetAction(async (parse, cancellationToken) =>
        {
            var count = parse.GetValue(rows);
            if (count < 0)
            {
                throw new UsageException("--rows is 0 or more");
            }

            MappingFile parsed;
            try
            {
                parsed = MappingFileReader.Read(parse.GetValue(mapping)!);
            }
            catch (MappingException bad)
            {
                WriteProblems(output, bad.Problems);
                return ExitCodes.BadInput;
            }

            ISet<NodeRef>? known = null;
            if (parse.GetValue(database) is { } connectionString)
            {
                var connection = DbCommand.ParseConnection(connectionString);
                await StoreMigrator.MigrateAsync(connection, cancellationToken);
                known = await StoredRefs.LoadAsync(connection, parsed.Manifest.Registry, cancellationToken);
            }

            var given = parse.GetValue(files) ?? [];
            var result = await new MappingCheck(parsed, given.Length == 0 ? null : given, count, known).RunAsync(cancellationToken);
            Write(output, parsed, result, known is not null);
            return result.HasProblems ? ExitCodes.BadInput : ExitCodes.Success;
        });
        return new Command("map", "Mappings of delivered spreadsheets and CSV exports (docs/mapping.md).") { check };
    }

    internal static void Write(TextWriter output, MappingFile mapping, MappingCheckResult result, bool knowsStore)
    {
        output.WriteLine($"mapping {mapping.Name}: registry {result.Manifest.Registry}, bundle id {result.Manifest.Id}, " +
            $"{(result.Manifest.IsSnapshot ? $"snapshot as of {result.Manifest.AsOf:yyyy-MM-dd}" : "delta")}");
        if (result.MappingProblems.Count > 0)
        {
            WriteProblems(output, result.MappingProblems);
            return;
        }

        foreach (var header in result.Headers)
        {
            output.WriteLine($"{header.Location}: header on row {header.Row}: {string.Join(" | ", header.Cells.Where(c => c.Length > 0))}");
        }

        foreach (var kind in result.Samples.SelectMany(s => s.Records.Select(r => r.Kind)).Distinct())
        {
            var records = result.Samples.SelectMany(s => s.Records.Where(r => r.Kind == kind).Select(r => (s.Location, s.Row, Record: r)))
                .ToList();
            var columns = records.SelectMany(r => r.Record.Values.Select(v => v.Key)).Distinct().ToList();
            output.WriteLine();
            output.WriteLine($"{kind} ({records.Count} of the first rows' records)");
            var table = records.ConvertAll(r =>
            {
                var values = r.Record.Values.ToDictionary(v => v.Key, v => v.Value);
                return new[] { $"{r.Location}:{r.Row}", r.Record.Name }.Concat(
                    columns.Select(c => values.GetValueOrDefault(c) ?? string.Empty)).ToArray();
            });
            WriteTable(output, ["row", "record", .. columns], table);
        }

        output.WriteLine();
        var rejected = result.Issues.Where(i => i.Rejected).ToList();
        var warnings = result.Issues.Where(i => !i.Rejected).ToList();
        output.WriteLine(rejected.Count == 0 ? "problems: none" : $"problems ({rejected.Count:N0}):");
        foreach (var issue in rejected.Take(IssuesShown))
        {
            output.WriteLine($"  {Issue(issue)}");
        }

        if (rejected.Count > IssuesShown)
        {
            output.WriteLine($"  … and {rejected.Count - IssuesShown:N0} more");
        }

        if (warnings.Count > 0)
        {
            output.WriteLine($"warnings ({warnings.Count:N0}; the rows are kept):");
            foreach (var issue in warnings.Take(IssuesShown))
            {
                output.WriteLine($"  {Issue(issue)}");
            }
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{result.RowsRead:N0} rows read, {result.RowsFiltered:N0} left out by where; {result.Records:N0} records and " +
                $"{result.Links:N0} facts would be ingested, {rejected.Count:N0} rows " +
                    $"rejected{(knowsStore ? string.Empty : " (refs checked against this mapping's own records; --db checks them against the store too)")}"));
    }

    private static string Issue(RowIssue issue) => issue.Line > 0 ? issue.ToString() : $"{issue.File}: {issue.Reason}";

    private static void WriteProblems(TextWriter output, IReadOnlyList<MappingProblem> problems)
    {
        output.WriteLine($"the mapping cannot be used ({problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}):");
        foreach (var problem in problems)
        {
            output.WriteLine($"  {problem}");
        }
    }

    private static void WriteTable(TextWriter output, string[] header, List<string[]> rows)
    {
        var widths = header.Select((h, i) => Math.Min(40, Math.Max(Width(h), rows.Count == 0 ? 0 : rows.Max(r => Width(r[i]))))).ToArray();
        output.WriteLine("  " + string.Join("  ", header.Select((h, i) => Pad(h, widths[i]))).TrimEnd());
        foreach (var row in rows)
        {
            output.WriteLine("  " + string.Join("  ", row.Select((v, i) => Pad(v, widths[i]))).TrimEnd());
        }
    }

    // CJK characters take two columns of a terminal.
    private static int Width(
        string text) => text.Sum(c => c is >= '\u1100' and (<= '\u115F' or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6')) ? 2 : 1);

    private static string Pad(string text, int width)
    {
        if (Width(text) > width)
        {
            while (text.Length > 1 && Width(text) > width - 1)
            {
                text = text[..^1];
            }

            text += "…";
        }

        return text + new string(' ', Math.Max(0, width - Width(text)));
    }
}
