using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Ingest;
using Qingdan.Graph.Store.Resolution;

namespace Qingdan.Graph.Benchmarks;

/// <summary>
/// A small bundle into an empty store against the same bundle into a loaded one, scoped resolution
/// against full (docs/benchmarks.md "Scoped resolution (issue #22)"). Each run ingests into a fresh copy
/// of the loaded database (<c>CREATE DATABASE … TEMPLATE</c>), so every run starts from the same store,
/// and prints the ingest's time, its resolution stage's time and how many records it resolved.
/// </summary>
internal static class DeltaResolveBench
{
    /// <summary>
    /// <paramref name="server"/> is the PostgreSQL server's connection string, <paramref name="template"/> the
    /// loaded database on it; <paramref name="bundles"/> bundle folders, or numbers of rows of a "daily" delta
    /// to write against the store.
    /// </summary>
    public static async Task<int> RunAsync(string server, string template, IReadOnlyList<string> bundles, int repeat, string work)
    {
        var templateConnection = new NpgsqlConnectionStringBuilder(server) { Database = template }.ConnectionString;
        var folders = new List<string>();
        foreach (var bundle in bundles)
        {
            folders.Add(int.TryParse(bundle, NumberStyles.None, CultureInfo.InvariantCulture, out var rows)
                ? await DeltaBundle.WriteAsync(templateConnection, work, rows, $"daily-{rows}")
                : bundle);
        }

        NpgsqlConnection.ClearAllPools();
        for (var round = 0; round < repeat; round++)
        {
            foreach (var folder in folders)
            {
                var rows = Directory.EnumerateFiles(folder, "*.csv").Sum(f => File.ReadLines(f).LongCount() - 1);
                await RunOnceAsync(server, null, folder, rows, ResolutionMode.Auto);
                await RunOnceAsync(server, template, folder, rows, ResolutionMode.Scoped);
                await RunOnceAsync(server, template, folder, rows, ResolutionMode.Full);
            }
        }

        return 0;
    }

    private static async Task RunOnceAsync(string server, string? template, string folder, long rows, ResolutionMode mode)
    {
        var database = $"delta_{Guid.NewGuid():N}";
        await AdminAsync(server, template is null ? $"CREATE DATABASE {database}" : $"CREATE DATABASE {database} TEMPLATE {template}");
        try
        {
            var connection = StoreConnection.Parse(new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString);
            await StoreMigrator.MigrateAsync(connection, CancellationToken.None);
            var stages = new StageTimes();
            var clock = Stopwatch.StartNew();
            var report = await new BundleIngestor(connection, TimeProvider.System, stages)
                .IngestAsync(folder, new IngestOptions { Resolution = mode }, CancellationToken.None);
            clock.Stop();
            var resolution = report.Resolution;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"delta-resolve {Path.GetFileName(folder),-12} rows={rows,7:N0} store={template ?? "empty",-10} mode={mode,-6} " +
                    $"status={report.Status} ingest={clock.Elapsed.TotalSeconds,6:0.00}s " +
                        $"resolution={stages.Resolution.TotalSeconds,6:0.00}s " +
                        $"scoped={resolution?.Scoped} resolved={resolution?.Records,9:N0} moved={resolution?.MovedRecords:N0} " +
                            $"candidates={resolution?.Candidates:N0}"));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await AdminAsync(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    private static async Task AdminAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>How long the ingest spent resolving: from "resolving entities" to the stage after it.</summary>
    private sealed class StageTimes : IProgress<IngestProgress>
    {
        private TimeSpan? _start;

        public TimeSpan Resolution { get; private set; }

        public void Report(IngestProgress value)
        {
            if (value.Stage == "resolving entities")
            {
                _start ??= value.Elapsed;
            }
            else if (_start is { } start && Resolution == TimeSpan.Zero)
            {
                Resolution = value.Elapsed - start;
            }
        }
    }
}
