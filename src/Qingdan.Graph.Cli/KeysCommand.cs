using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Exports;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Graph;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Cli;

/// <summary><c>qingdan keys create|list|revoke</c> and <c>qingdan export audit</c>.</summary>
internal static class KeysCommand
{
    public static Command Create(TextWriter output)
    {
        var create = new Command("create", "Create an API key; it is printed once, only a salted hash is kept.");
        var role = new Option<string>("--role") { Description = $"One of {string.Join(", ", Roles.All)}.", Required = true };
        var name = new Option<string>("--name") { Description = "Who or what the key is for (shown in the audit log).", Required = true };
        var database = CliOptions.Database();
        create.Options.Add(role);
        create.Options.Add(name);
        create.Options.Add(database);
        create.SetAction(async (parse, cancellationToken) =>
        {
            var connection = await OpenAsync(parse.GetValue(database), cancellationToken);
            try
            {
                var (key, token) = await new ApiKeys(connection, TimeProvider.System).CreateAsync(parse.GetValue(name)!, parse.GetValue(role)!, cancellationToken);
                output.WriteLine(token);
                Console.Error.WriteLine($"key {key.Id} '{key.Name}' ({key.Role}) created; the line above is the key, shown only now.");
            }
            catch (ArgumentException bad)
            {
                throw new UsageException(bad.Message.Split(" (Parameter", 2)[0]);
            }

            return ExitCodes.Success;
        });

        var list = new Command("list", "List keys: id, name, role, created, revoked (never the secret).");
        var listDb = CliOptions.Database();
        list.Options.Add(listDb);
        list.SetAction(async (parse, cancellationToken) =>
        {
            var connection = await OpenAsync(parse.GetValue(listDb), cancellationToken);
            foreach (var key in await new ApiKeys(connection, TimeProvider.System).ListAsync(cancellationToken))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{key.Id,5}  {key.Name,-24} {key.Role,-12} created {key.CreatedAt:yyyy-MM-dd HH:mm}  {(key.RevokedAt is { } at ? $"revoked {at:yyyy-MM-dd HH:mm}" : "live")}"));
            }

            return ExitCodes.Success;
        });

        var revoke = new Command("revoke", "Revoke a key by id or name; it stops working at once.");
        var which = new Argument<string>("key") { Description = "The key's id or name." };
        var revokeDb = CliOptions.Database();
        revoke.Arguments.Add(which);
        revoke.Options.Add(revokeDb);
        revoke.SetAction(async (parse, cancellationToken) =>
        {
            var connection = await OpenAsync(parse.GetValue(revokeDb), cancellationToken);
            if (!await new ApiKeys(connection, TimeProvider.System).RevokeAsync(parse.GetValue(which)!, cancellationToken))
            {
                Console.Error.WriteLine($"qingdan keys revoke: no live key '{parse.GetValue(which)}'.");
                return ExitCodes.BadInput;
            }

            output.WriteLine($"revoked {parse.GetValue(which)}");
            return ExitCodes.Success;
        });

        return new Command("keys", "Create, list and revoke API keys.") { create, list, revoke };
    }

    /// <summary><c>qingdan export audit [--out FILE]</c>: the audit log as JSON lines, oldest first; the export itself is audited.</summary>
    public static Command Export(TextWriter output)
    {
        var audit = new Command("audit", "Write the audit log as JSON lines (oldest first).");
        var outFile = new Option<string?>("--out") { Description = "Write to this file instead of standard output.", HelpName = "file" };
        var database = CliOptions.Database();
        audit.Options.Add(outFile);
        audit.Options.Add(database);
        audit.SetAction(async (parse, cancellationToken) =>
        {
            var connection = await OpenAsync(parse.GetValue(database), cancellationToken);
            await using var context = connection.CreateContext();
            var rows = await context.AuditLog.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken);
            await using var writer = parse.GetValue(outFile) is { } path ? new StreamWriter(path, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" } : null;
            var target = (TextWriter?)writer ?? output;
            foreach (var row in rows)
            {
                await target.WriteLineAsync(JsonSerializer.Serialize(new { id = row.Id, at = row.At, actor = row.Actor, role = row.Role, operation = row.Operation, entities = row.Entities.Split(' ', StringSplitOptions.RemoveEmptyEntries), address = row.Address }));
            }

            await new AuditLog(connection, TimeProvider.System).WriteAsync(Environment.UserName, "cli", "export audit", [], "cli", cancellationToken);
            return ExitCodes.Success;
        });
        var findings = new Command("findings", "Write a sweep's findings (the latest by default) as findings.md JSON lines or as CSV; the export is audited.");
        var format = new Option<string>("--format") { Description = "jsonl or csv.", DefaultValueFactory = _ => "jsonl" };
        var sweep = new Option<string?>("--sweep") { Description = "The sweep (s_12); the latest succeeded one by default." };
        var findingsOut = new Option<string?>("--out") { Description = "Write to this file instead of standard output.", HelpName = "file" };
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
                sweepId = long.TryParse(name.StartsWith("s_", StringComparison.Ordinal) ? name[2..] : name, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                    ? id
                    : throw new UsageException($"'{name}' is not a sweep id (s_ and a number).");
            }

            var connection = await OpenAsync(parse.GetValue(findingsDb), cancellationToken);
            using var lines = new StringWriter { NewLine = "\n" };
            int count;
            try
            {
                count = await Store.Findings.FindingsExport.WriteJsonLinesAsync(connection, sweepId, lines, parse.GetValue(includeResolved), cancellationToken);
            }
            catch (KeyNotFoundException missing)
            {
                Console.Error.WriteLine($"qingdan export findings: {missing.Message}");
                return ExitCodes.BadInput;
            }

            var text = kind == "jsonl" ? lines.ToString() : Csv(lines.ToString());
            if (parse.GetValue(findingsOut) is { } path)
            {
                await File.WriteAllTextAsync(path, text, new System.Text.UTF8Encoding(false), cancellationToken);
            }
            else
            {
                await output.WriteAsync(text);
            }

            var ids = lines.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!);
            await new AuditLog(connection, TimeProvider.System).WriteAsync(Environment.UserName, "cli", $"export findings --format {kind}", ids, "cli", cancellationToken);
            Console.Error.WriteLine($"exported {count:N0} findings");
            return ExitCodes.Success;
        });
        return new Command("export", "Export findings, the audit log, or the whole graph for Neo4j or for Aleph (FollowTheMoney).")
        {
            findings,
            audit,
            GraphExport("neo4j", "Write the graph as neo4j-admin import CSV files with constraints, the four rules in Cypher and the import command, into a new folder.", "folder", Neo4jExport.WriteAsync),
            GraphExport("ftm", "Write the graph as FollowTheMoney entities, one JSON object a line, for Aleph.", "file", FtmExport.WriteAsync),
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
            var connection = await OpenAsync(parse.GetValue(database), cancellationToken);
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

            await new AuditLog(connection, TimeProvider.System).WriteAsync(Environment.UserName, "cli", $"export {name} --out {Path.GetFullPath(path)}", [], "cli", cancellationToken);
            parse.InvocationConfiguration.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"exported {summary.Nodes:N0} entities and {summary.Links:N0} links to {Path.GetFullPath(path)} (graph loaded in {elapsed.TotalSeconds:0.0}s)"));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>One row a finding: the fields an analyst sorts in a spreadsheet; evidence stays in the JSON lines.</summary>
    private static string Csv(string jsonLines)
    {
        string[] header = ["id", "rule", "variants", "severity", "reasons", "change", "triage_status", "official_id", "official_name", "official_id_number", "company_id", "company_name", "company_credit_code", "relations", "amount", "decisions", "evidence_paths", "sweep", "first_seen", "last_seen"];
        var builder = new System.Text.StringBuilder(string.Join(',', header)).Append('\n');
        foreach (var line in jsonLines.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            var f = json.RootElement;
            string Text(JsonElement e) => e.ValueKind switch
            {
                JsonValueKind.Null or JsonValueKind.Undefined => string.Empty,
                JsonValueKind.Array => string.Join(';', e.EnumerateArray().Select(Text)),
                JsonValueKind.String => e.GetString()!,
                _ => e.GetRawText(),
            };
            string[] cells =
            [
                Text(f.GetProperty("id")), Text(f.GetProperty("rule")), Text(f.GetProperty("variants")), Text(f.GetProperty("severity")), Text(f.GetProperty("reasons")),
                Text(f.GetProperty("change")), Text(f.GetProperty("triage_status")),
                Text(f.GetProperty("official").GetProperty("id")), Text(f.GetProperty("official").GetProperty("name")), Text(f.GetProperty("official").GetProperty("id_number")),
                Text(f.GetProperty("company").GetProperty("id")), Text(f.GetProperty("company").GetProperty("name")), Text(f.GetProperty("company").GetProperty("credit_code")),
                Text(f.GetProperty("relations")), Text(f.GetProperty("amount")),
                string.Join(';', f.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("id").GetString())),
                f.GetProperty("evidence").GetArrayLength().ToString(CultureInfo.InvariantCulture),
                Text(f.GetProperty("sweep")), Text(f.GetProperty("first_seen")), Text(f.GetProperty("last_seen")),
            ];
            builder.Append(string.Join(',', cells.Select(Quote))).Append('\n');
        }

        return builder.ToString();

        // RFC 4180; a leading =, +, - or @ is prefixed with ' so that a spreadsheet never runs it as a formula.
        static string Quote(string cell)
        {
            if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@')
            {
                cell = "'" + cell;
            }

            return cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
        }
    }

    private static async Task<StoreConnection> OpenAsync(string? db, CancellationToken cancellationToken)
    {
        var connection = DbCommand.ParseConnection(db);
        await StoreMigrator.MigrateAsync(connection, cancellationToken);
        return connection;
    }
}
