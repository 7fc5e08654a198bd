using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Cli;
using Qingdan.Graph.Seed;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Findings;
using Qingdan.Graph.Store.Ingest;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Server.Tests;

/// <summary>
/// kill -9 in the middle of an ingest and of a sweep, on PostgreSQL and SQLite: the real command line
/// runs as its own process, is killed with SIGKILL once every row of its transaction is written (a
/// fault point tells when), and the store must be exactly as it was — then the same command, run
/// again at once, completes.
/// </summary>
public abstract class KillTests(StoreFixture fixture) : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"qingdan-kill-{Guid.NewGuid():N}");

    private string Seed => Path.Combine(_folder, "seed");

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        SeedGenerator.Generate(SeedScale.City, Seed, 1);
        var ingestor = new BundleIngestor(fixture.Connection, TimeProvider.System);
        Assert.Equal(
            IngestStatus.Committed,
            (await ingestor.IngestAsync(Path.Combine(Seed, "cadre"), new IngestOptions(), CancellationToken.None)).Status);
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Kill_9_during_an_ingest_leaves_the_store_as_it_was_and_the_next_run_completes()
    {
        var before = await DumpAsync();

        var killed = await KillAtAsync(FaultPoint.IngestBeforeCommit, "ingest", Path.Combine(Seed, "company"));

        Assert.True(killed.HasExited);
        Assert.Equal(before, await DumpAsync());
        await AssertIntactAsync();
        var (code, output, error) = await Cli.RunAsync(
            "ingest",
            Path.Combine(Seed, "company"),
            "--db",
            fixture.Connection.ConnectionString);
        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains("committed", output + error, StringComparison.Ordinal);
        await using var context = fixture.CreateContext();
        Assert.Equal(
            [IngestBatchStatus.Committed, IngestBatchStatus.Committed],
            await context.IngestBatches.OrderBy(b => b.Id).Select(b => b.Status).ToListAsync());
        await AssertIntactAsync();
    }

    [Fact]
    public async Task Kill_9_during_a_sweep_leaves_no_sweep_and_no_finding_and_the_next_sweep_runs_at_once()
    {
        foreach (var registry in new[] { "company", "finance" })
        {
            Assert.Equal(
                ExitCodes.Success,
                (await Cli.RunAsync("ingest", Path.Combine(Seed, registry), "--db", fixture.Connection.ConnectionString)).Code);
        }

        var before = await DumpAsync();
        int sweepsBefore;
        await using (var context = fixture.CreateContext())
        {
            sweepsBefore = await context.Sweeps.CountAsync();
        }

        await KillAtAsync(FaultPoint.SweepBeforeCommit, "sweep");

        Assert.Equal(before, await DumpAsync());
        await using (var context = fixture.CreateContext())
        {
            Assert.Equal(sweepsBefore, await context.Sweeps.CountAsync());
            Assert.Equal(0, await context.Findings.CountAsync());
        }

        // The killed sweep's lock (PostgreSQL: its session; SQLite: a lease whose process is gone) holds nobody back.
        var (code, _, error) = await Cli.RunAsync("sweep", "--db", fixture.Connection.ConnectionString);
        Assert.True(code == ExitCodes.Success, error);
        await using (var context = fixture.CreateContext())
        {
            Assert.True(await context.Findings.CountAsync() > 0);
            Assert.Equal(SweepStatus.Succeeded, (await context.Sweeps.OrderBy(s => s.Id).LastAsync()).Status);
        }
    }

    /// <summary>Runs <c>qingdan verb args… --db …</c> in its own process and kills it (SIGKILL) at the fault point.</summary>
    private async Task<Process> KillAtAsync(string point, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(QingdanDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add("--db");
        start.ArgumentList.Add(fixture.Connection.ConnectionString);
        start.Environment[FaultPoint.EnvironmentVariable] = point;
        var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        var seen = new List<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        while (await process.StandardError.ReadLineAsync(timeout.Token) is { } line)
        {
            seen.Add(line);
            if (line.Contains($"fault point {point} reached", StringComparison.Ordinal))
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(timeout.Token);
                return process;
            }
        }

        await process.WaitForExitAsync(timeout.Token);
        Assert.Fail(
            $"qingdan {string.Join(' ', args)} ended (exit {process.ExitCode}) without reaching {point}: {string.Join('\n', seen)}");
        return process;
    }

    private async Task<string> DumpAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await using var context = fixture.CreateContext();
        return await GraphDump.DumpAsync(context);
    }

    private async Task AssertIntactAsync()
    {
        await using var context = fixture.CreateContext();
        Assert.Empty(await StoreIntegrity.ProblemsAsync(context));
    }

    private static string QingdanDll
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains(
                $"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}",
                StringComparison.Ordinal) ? "Release" : "Debug";
            var dll = Path.Combine(RepositoryRoot.Path, "src", "Qingdan.Graph.Cli", "bin", configuration, "net10.0", "qingdan.dll");
            Assert.True(File.Exists(dll), $"{dll} is not built");
            return dll;
        }
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresKillTests(PostgresFixture fixture) : KillTests(fixture);

[Collection(SqliteCollection.Name)]
public sealed class SqliteKillTests(SqliteFixture fixture) : KillTests(fixture);
