using System.CommandLine;
using System.Globalization;
using System.Text;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Exports;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Cli;

/// <summary><c>qingdan sweep [--changed | --full] [--db …] [--rules …] [--set name=value]… [--out …]</c>.</summary>
internal static class SweepCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var database = CliOptions.Database();
        var rules = new Option<string?>("--rules")
        {
            Description
                = "The rules to run, comma-separated (NL3,NL4,NL5,NL9,REP). Default: all. Findings of rules not run are left as they are.",
            HelpName = "rules",
        };
        var settings = new Option<string[]>("--set")
        {
            Description = "Set a parameter of RULES.md for this sweep, e.g. principal_share=0.3 " +
                $"({string.Join(", ", RuleParameters.Names)}); repeatable.",
            HelpName = "name=value",
            AllowMultipleArgumentsPerToken = false,
        };
        var outFile = new Option<string?>("--out")
        {
            Description = "Write the sweep's findings to this file as JSON lines (formats/findings.md).",
            HelpName = "findings.jsonl",
        };
        var includeResolved = new Option<bool>("--include-resolved")
        {
            Description = "With --out, also write the findings this sweep resolved.",
        };
        var changed = new Option<bool>("--changed")
        {
            Description = "Run the rules only for the officials a change since the last sweep can affect; the others' findings carry " +
                "over. Runs in full, saying why, when the last sweep's rules or parameters differ or the changes are not all on record.",
        };
        var full = new Option<bool>("--full")
        {
            Description = "Run the rules for every official (the default).",
        };
        var command = new Command(
            "sweep",
            "Run the rules over the current graph, store the findings (new, persisting, resolved) and keep their triage.")
        {
            database, changed, full, rules, settings, outFile, includeResolved,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(changed) && parse.GetValue(full))
            {
                throw new UsageException("--changed and --full exclude each other.");
            }

            var request = new SweepRequest
            {
                Trigger = SweepTrigger.Cli,
                RequestedBy = Environment.UserName,
                Incremental = parse.GetValue(changed),
            };
            try
            {
                if (parse.GetValue(rules) is { } list)
                {
                    request = request with { Rules = RuleIds.ParseList(list) };
                }

                request = request with { Parameters = RuleParameters.Default.With(parse.GetValue(settings) ?? []) };
            }
            catch (FormatException bad)
            {
                throw new UsageException(bad.Message);
            }

            var connection = DbCommand.ParseConnection(parse.GetValue(database));
            await StoreMigrator.MigrateAsync(connection, cancellationToken);
            var progress = new ConsoleProgress(error);
            SweepReport report;
            try
            {
                report = await new SweepRunner(connection, TimeProvider.System, progress: progress).RunAsync(request, cancellationToken);
            }
            catch (SweepBusyException busy)
            {
                progress.Clear();
                error.WriteLine($"qingdan sweep: {busy.Message}");
                return ExitCodes.BadInput;
            }

            progress.Clear();
            WriteSummary(output, report);
            await NotificationCatchUp.RunAsync(connection, error, cancellationToken);
            if (parse.GetValue(outFile) is { } path)
            {
                var full = Path.GetFullPath(path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                var temporary = full + ".partial";
                int written;
                await using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false)) { NewLine = "\n" })
                {
                    written = await FindingsExport.WriteJsonLinesAsync(
                        connection,
                        report.SweepId,
                        writer,
                        parse.GetValue(includeResolved),
                        cancellationToken);
                }

                File.Move(temporary, full, overwrite: true);
                await new Store.Security.AuditLog(connection, TimeProvider.System)
                    .WriteAsync(
                        Environment.UserName,
                        "cli",
                        $"sweep --out {path}",
                        [report.Name, $"{written}-findings"],
                        "cli",
                        cancellationToken);
                output.WriteLine($"wrote {written:N0} findings to {path}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    internal static void WriteSummary(TextWriter output, SweepReport report)
    {
        var mode = report.Incremental
            ? string.Create(CultureInfo.InvariantCulture, $" (incremental: {report.Touched:N0} entities changed)")
            : "";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sweep {report.Name}: {report.Officials:N0} officials{mode}, snapshot {report.SnapshotVersion}; load {report.Load.TotalSeconds:0.0}s, rules {report.Evaluate.TotalSeconds:0.00}s, write {report.Write.TotalSeconds:0.0}s"));
        if (report.FullBecause is { } reason)
        {
            output.WriteLine($"every official ran: {reason}");
        }

        string[] header = ["rule", "found", "new", "persisting", "resolved", "reopened"];
        var rows = report.Rules.Select(r => new[] { r.Rule, N(r.Found), N(r.New), N(r.Persisting), N(r.Resolved), N(r.Reopened) }).ToList();
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        output.WriteLine(string.Join("  ", header.Select((h, i) => i == 0 ? h.PadRight(widths[i]) : h.PadLeft(widths[i]))));
        foreach (var row in rows)
        {
            output.WriteLine(string.Join("  ", row.Select((v, i) => i == 0 ? v.PadRight(widths[i]) : v.PadLeft(widths[i]))));
        }
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
