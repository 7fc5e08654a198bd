using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Store.Exports;
using Qingdan.Graph.Store.Graph;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Cli;

/// <summary>
/// <c>qingdan export findings|audit|neo4j|ftm</c>: a sweep's findings as JSON lines or CSV, the audit
/// log as JSON lines, the whole graph for Neo4j or for Aleph (FollowTheMoney). The formats are written by
/// <c>Store/Exports</c>; here are the options, the audit of every export, and what the terminal is told.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter output)
    {
        var audit = new Command("audit", "Write the audit log as JSON lines (oldest first).");
        var outFile = new Option<string?>("--out") { Description = "Write to this file instead of standard output.", HelpName = "file" };
        var database = CliOptions.Database();
        audit.Options.Add(outFile);
        audit.Options.Add(database);
        audit.SetAction(async (parse, cancellationToken) =>
        {
            var connection = await DbCommand.OpenAsync(parse.GetValue(database), cancellationToken);
            await using var writer = parse.GetValue(outFile) is { } path
                ? new StreamWriter(path, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" }
                : null;
            await AuditExport.WriteJsonLinesAsync(connection, (TextWriter?)writer ?? output, cancellationToken);
            await new AuditLog(connection, TimeProvider.System).WriteAsync(
                Environment.UserName,
                "cli",
                "export audit",
                [],
                "cli",
                cancellationToken);
            return ExitCodes.Success;
        });
        var findings = new Command(
            "findings",
            "Write a sweep's findings (the latest by default) as findings.md JSON lines or as CSV; the export is audited.");
        var format = new Option<string>("--format") { Description = "jsonl or csv.", DefaultValueFactory = _ => "jsonl" };
        var sweep = new Option<string?>("--sweep") { Description = "The sweep (s_12); the latest succeeded one by default." };
        var findingsOut = new Option<string?>("--out")
        {
            Description = "Write to this file instead of standard output.",
            HelpName = "file"
        };
        var includeResolved = new Option<bool>("--include-resolved") { Description = "Also the findings the sweep resolved." };
        var findingsDb = CliOptions.Database();
        findings.Options.Add(format);
        findings.Options.Add(sweep);
        findings.Options.Add(findingsOut);
        findings.Options.Add(includeResolved);
        findings.Options.Add(findingsDb);
        findings.SetAction(async (parse, cancellationToken) =>
        {
            var kind = parse.GetValue(format)!.ToLowerInvariant();
            if (kind is not ("jsonl" or "csv"))
            {
                throw new UsageException($"--format is jsonl or csv, not '{kind}'.");
            }

            long? sweepId = null;
            if (parse.GetValue(sweep) is { } name)
            {
                sweepId = long.TryParse(
                    name.StartsWith("s_", StringComparison.Ordinal) ? name[2..] : name,
                    NumberStyles.None,
                    CultureInfo.InvariantCulture,
                    out var id)
                    ? id
                    : throw new UsageException($"'{name}' is not a sweep id (s_ and a number).");
            }

            var connection = await DbCommand.OpenAsync(parse.GetValue(findingsDb), cancellationToken);
            using var lines = new StringWriter { NewLine = "\n" };
            int count;
            try
            {
                count = await FindingsExport.WriteJsonLinesAsync(
                    connection,
                    sweepId,
                    lines,
                    parse.GetValue(includeResolved),
                    cancellationToken);
            }
            catch (KeyNotFoundException missing)
            {
                Console.Error.WriteLine($"qingdan export findings: {missing.Message}");
                return ExitCodes.BadInput;
            }

            var text = kind == "jsonl" ? lines.ToString() : FindingsCsv.FromJsonLines(lines.ToString());
            if (parse.GetValue(findingsOut) is { } path)
            {
                await File.WriteAllTextAsync(path, text, new System.Text.UTF8Encoding(false), cancellationToken);
            }
            else
            {
                await output.WriteAsync(text);
            }

            var ids = lines.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!);
            await new AuditLog(connection, TimeProvider.System).WriteAsync(
                Environment.UserName,
                "cli",
                $"export findings --format {kind}",
                ids,
                "cli",
                cancellationToken);
            Console.Error.WriteLine($"exported {count:N0} findings");
            return ExitCodes.Success;
        });
        return new Command("export", "Export findings, the audit log, or the whole graph for Neo4j or for Aleph (FollowTheMoney).")
        {
            findings,
            audit,
            GraphExport("neo4j", "Write the graph as neo4j-admin import CSV files with constraints, the four rules in Cypher and the " +
                "import command, into a new folder.", "folder", Neo4jExport.WriteAsync),
            GraphExport(
                "ftm",
                "Write the graph as FollowTheMoney entities, one JSON object a line, for Aleph.",
                "file",
                FtmExport.WriteAsync),
        };
    }

    /// <summary>
    /// <c>qingdan export neo4j|ftm --out …</c>: loads the graph as the rules see it and writes it whole;
    /// nothing is left half-written when it fails; the export is audited (it holds identity numbers).
    /// </summary>
    private static Command GraphExport(
        string name,
        string description,
        string target,
        Func<GraphSnapshot, string, CancellationToken, Task<ExportSummary>> export)
    {
        var command = new Command(name, description);
        var outPath = new Option<string>("--out") { Description = $"The {target} to write.", HelpName = target, Required = true };
        var database = CliOptions.Database();
        command.Options.Add(outPath);
        command.Options.Add(database);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(outPath)!;
            var connection = await DbCommand.OpenAsync(parse.GetValue(database), cancellationToken);
            var (graph, elapsed) = await SnapshotLoader.LoadAsync(connection, cancellationToken);
            ExportSummary summary;
            try
            {
                summary = await export(graph, path, cancellationToken);
            }
            catch (IOException failure)
            {
                parse.InvocationConfiguration.Error.WriteLine($"qingdan export {name}: {failure.Message}");
                return ExitCodes.BadInput;
            }

            await new AuditLog(connection, TimeProvider.System).WriteAsync(
                Environment.UserName,
                "cli",
                $"export {name} --out {Path.GetFullPath(path)}",
                [],
                "cli",
                cancellationToken);
            parse.InvocationConfiguration.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"exported {summary.Nodes:N0} entities and {summary.Links:N0} links to {Path.GetFullPath(path)} (graph loaded in {elapsed.TotalSeconds:0.0}s)"));
            return ExitCodes.Success;
        });
        return command;
    }
}
