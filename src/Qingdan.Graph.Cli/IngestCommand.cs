using System.CommandLine;
using System.Globalization;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Graph;
using Qingdan.Graph.Store.Ingest;
using Qingdan.Graph.Store.Resolution;

namespace Qingdan.Graph.Cli;

/// <summary>
/// <c>qingdan ingest &lt;bundle folder | OCDS file | BODS file&gt;... [--db …] [--all-or-nothing]</c>, and
/// <c>qingdan ingest --mapping FILE.yaml [FILE...]</c> for delivered files (mapping.md).
/// </summary>
internal static class IngestCommand
{
    private const int IssuesShown = 20;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var sources = new Argument<string[]>("sources")
        {
            Description = "Registry bundle folders (with manifest.json), OCDS release or record packages, or BODS statement arrays; with " +
                "--mapping, the delivered files (default: the files the mapping's globs find).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var mapping = new Option<string?>("--mapping")
        {
            Description = "Read delivered spreadsheets and CSV exports through this mapping (YAML, see docs/mapping.md); try it first " +
                "with 'qingdan map check'.",
            HelpName = "FILE.yaml",
        };
        var database = CliOptions.Database();
        var allOrNothing = new Option<bool>("--all-or-nothing")
        {
            Description = "Commit nothing of a source when any of its rows is rejected (the rejections are still recorded).",
        };
        var skipImage = new Option<bool>("--skip-image")
        {
            Description = "Do not store the graph snapshot's image after the ingest: the next load (server, sweep, export) then reads " +
                "every row and stores it.",
        };
        var fullResolution = new Option<bool>("--full-resolution")
        {
            Description = "Resolve every record in the store again, not only the name and identifier groups the batch touches " +
                "(the result is the same; docs/resolution.md \"Scoped resolution\").",
        };
        var command = new Command("ingest", "Read registry bundles, OCDS or BODS files into the store, resolving people and companies.")
        {
            sources, mapping, database, allOrNothing, skipImage, fullResolution,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var given = parse.GetValue(sources) ?? [];
            var mappingFile = parse.GetValue(mapping);
            if (mappingFile is null && given.Length == 0)
            {
                throw new UsageException(
                    "Required argument missing: ingest needs a bundle folder, an OCDS or BODS file, or --mapping FILE.yaml");
            }

            var connection = DbCommand.ParseConnection(parse.GetValue(database));
            var applied = await StoreMigrator.MigrateAsync(connection, cancellationToken);
            if (applied.Count > 0)
            {
                error.WriteLine($"{connection.Describe()}: schema created or upgraded ({applied.Count} migration(s)).");
            }

            var progress = new ConsoleProgress(error);
            var ingestor = new BundleIngestor(connection, TimeProvider.System, progress);
            var reports = new List<IngestReport>();
            var options = new IngestOptions(parse.GetValue(allOrNothing))
            {
                Resolution = parse.GetValue(fullResolution) ? ResolutionMode.Full : ResolutionMode.Auto,
            };
            if (mappingFile is not null)
            {
                reports.Add(await ingestor.IngestMappingAsync(mappingFile, given.Length == 0 ? null : given, options, cancellationToken));
                progress.Clear();
            }
            else
            {
                foreach (var source in given)
                {
                    reports.Add(await ingestor.IngestAsync(source, options, cancellationToken));
                    progress.Clear();
                }
            }

            WriteSummary(output, reports);
            if (reports.Any(r => r.Status == IngestStatus.Committed))
            {
                await NotificationCatchUp.RunAsync(connection, error, cancellationToken);
            }

            if (!parse.GetValue(skipImage) && reports.Any(r => r.Status == IngestStatus.Committed))
            {
                await StoreImageAsync(connection, error, cancellationToken);
            }

            return reports.Any(r => r.HasBadInput) ? ExitCodes.BadInput : ExitCodes.Success;
        });
        return command;
    }

    // The graph the ingest left, built once here so that the server's next load, and every sweep's, reads
    // its image instead of every row. A cache: failing to store it costs speed, not data, and not the exit code.
    private static async Task StoreImageAsync(StoreConnection connection, TextWriter error, CancellationToken cancellationToken)
    {
        error.WriteLine("storing the graph snapshot's image…");
        try
        {
            var load = await SnapshotLoader.LoadAsync(connection, cancellationToken);
            if (!SnapshotImages.ShouldStore(load))
            {
                // A daily delta: the stored image stays, and a load applies the entities it touched.
                error.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"snapshot image kept: with the {load.PatchedEntities:N0} entities changed since it makes version " +
                        $"{load.Snapshot.Version} in {load.Elapsed.TotalSeconds:0.0}s"));
                return;
            }

            var save = await SnapshotImages.SaveAsync(connection, load.Snapshot, cancellationToken);
            error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"snapshot image of version {load.Snapshot.Version}: {load.Snapshot.LinkCount:N0} links read in " +
                    $"{load.Elapsed.TotalSeconds:0.0}s, " +
                        $"{(save.Written ? $"{save.Bytes / 1048576.0:N1} MB stored in {save.Elapsed.TotalSeconds:0.0}s" : $"not stored: {save.Reason}")}"));
        }
        catch (Exception failure) when (failure is System.Data.Common.DbException or IOException or InvalidOperationException)
        {
            error.WriteLine($"warning: the snapshot image was not stored ({failure.Message}); the next load reads the rows instead.");
        }
    }

    internal static void WriteSummary(TextWriter output, IReadOnlyList<IngestReport> reports)
    {
        var rows = reports.Select(r => new[]
        {
            r.BundleId ?? Path.GetFileName(r.Path.TrimEnd('/')), r.Registry ?? "-", Status(r.Status), Count(r
                .RowsRead), Count(r.Nodes), Count(r.Links),
            Count(r.Rejected), Count(r.Warnings), r.Elapsed.TotalSeconds > 0 ? Count((long)(r.RowsRead / r.Elapsed.TotalSeconds)) : "-",
            r.Elapsed.TotalSeconds.ToString("0.0s", CultureInfo.InvariantCulture),
        }).ToList();
        string[] header = ["source", "registry", "status", "rows", "nodes", "links", "rejected", "warnings", "rows/s", "time"];
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        output.WriteLine(string.Join("  ", header.Select((h, i) => i < 3 ? h.PadRight(widths[i]) : h.PadLeft(widths[i]))));
        foreach (var row in rows)
        {
            output.WriteLine(string.Join("  ", row.Select((v, i) => i < 3 ? v.PadRight(widths[i]) : v.PadLeft(widths[i]))));
        }

        foreach (var report in reports)
        {
            if (report.Error is not null)
            {
                output.WriteLine($"error: {report.Error}");
            }

            if (report.Resolution is { } resolution)
            {
                output.WriteLine($"{report.BundleId}: resolution: {resolution.Entities:N0} entities from {resolution.Records:N0} " +
                    $"records; {resolution.NewEntities:N0} new, {resolution.MovedRecords:N0} records moved, " +
                        $"{resolution.DissolvedEntities:N0} merged away, {resolution.Candidates:N0} open candidates");
            }

            var rejected = report.Issues.Where(i => i.Rejected).ToList();
            foreach (var issue in rejected.Take(IssuesShown))
            {
                output.WriteLine($"rejected {report.BundleId}/{issue}");
            }

            if (rejected.Count > IssuesShown)
            {
                output.WriteLine(
                    $"… and {rejected.Count - IssuesShown} more rejected rows of {report.BundleId}, kept with the batch {report.BatchId}.");
            }

            var warnings = report.Issues.Where(i => !i.Rejected).ToList();
            foreach (var issue in warnings.Take(IssuesShown))
            {
                output.WriteLine($"warning {report.BundleId}/{issue}");
            }

            if (warnings.Count > IssuesShown)
            {
                output.WriteLine($"… and {warnings.Count - IssuesShown} more warnings of {report.BundleId}.");
            }

            if (report.Status == IngestStatus.RolledBack)
            {
                output.WriteLine($"{report.BundleId}: nothing was committed (--all-or-nothing and {report.Rejected} rejected row(s)).");
            }
        }
    }

    private static string Status(IngestStatus status) => status switch
    {
        IngestStatus.Committed => "committed",
        IngestStatus.Unchanged => "unchanged",
        IngestStatus.RolledBack => "rolled back",
        _ => "failed",
    };

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
