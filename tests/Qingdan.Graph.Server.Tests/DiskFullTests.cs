using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Cli;
using Qingdan.Graph.Seed;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Findings;
using Qingdan.Graph.Store.Ingest;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Server.Tests;

/// <summary>
/// A full disk under SQLite, made with <c>PRAGMA max_page_count</c> (the store's "Max Page Count"
/// keyword): an ingest and a sweep that no longer fit fail with a clear message, keep nothing of their
/// batch, and run to the end once there is room.
/// </summary>
public sealed class DiskFullTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"qingdan-full-{Guid.NewGuid():N}");

    private string Seed => Path.Combine(_folder, "seed");

    private string Database => $"Data Source={Path.Combine(_folder, "q.db")}";

    public async Task InitializeAsync()
    {
        SeedGenerator.Generate(SeedScale.City, Seed, 1);
        Assert.Equal(ExitCodes.Success, (await Cli.RunAsync("ingest", Path.Combine(Seed, "cadre"), "--db", Database)).Code);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_ingest_that_fills_the_disk_says_so_keeps_nothing_and_completes_when_there_is_room()
    {
        var before = await DumpAsync();
        var capped = $"{Database};{StoreConnection.MaxPageCountKeyword}={await PagesAsync() + 50}";

        var (code, _, error) = await Cli.RunAsync("ingest", Path.Combine(Seed, "company"), "--db", capped);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("the database is full", error, StringComparison.Ordinal);
        Assert.Contains("nothing of it was kept", error, StringComparison.Ordinal);
        Assert.Equal(before, await DumpAsync());
        await using (var context = StoreConnection.Parse(Database).CreateContext())
        {
            Assert.Equal([IngestBatchStatus.Committed], await context.IngestBatches.Select(b => b.Status).ToListAsync());
            Assert.Empty(await StoreIntegrity.ProblemsAsync(context));
        }

        Assert.Equal(ExitCodes.Success, (await Cli.RunAsync("ingest", Path.Combine(Seed, "company"), "--db", Database)).Code);
        await using var after = StoreConnection.Parse(Database).CreateContext();
        Assert.Equal(
            [IngestBatchStatus.Committed, IngestBatchStatus.Committed],
            await after.IngestBatches.Select(b => b.Status).ToListAsync());
    }

    [Fact]
    public async Task A_sweep_that_fills_the_disk_says_so_writes_no_finding_and_completes_when_there_is_room()
    {
        foreach (var registry in new[] { "company", "finance" })
        {
            Assert.Equal(ExitCodes.Success, (await Cli.RunAsync("ingest", Path.Combine(Seed, registry), "--db", Database)).Code);
        }

        var capped = $"{Database};{StoreConnection.MaxPageCountKeyword}={await PagesAsync() + 8}";

        var (code, _, error) = await Cli.RunAsync("sweep", "--db", capped);

        Assert.NotEqual(ExitCodes.Success, code);
        Assert.True(error.Contains("the database is full", StringComparison.Ordinal), error);
        await using (var context = StoreConnection.Parse(Database).CreateContext())
        {
            Assert.Equal(0, await context.Findings.CountAsync());
            Assert.DoesNotContain(SweepStatus.Succeeded, await context.Sweeps.Select(s => s.Status).ToListAsync());
        }

        var (again, _, againError) = await Cli.RunAsync("sweep", "--db", Database);
        Assert.True(again == ExitCodes.Success, againError);
        await using var after = StoreConnection.Parse(Database).CreateContext();
        Assert.True(await after.Findings.CountAsync() > 0);
    }

    [Fact]
    public async Task A_snapshot_image_that_no_longer_fits_is_not_stored_and_the_graph_is_served_all_the_same()
    {
        Assert.Equal(
            ExitCodes.Success,
            (await Cli.RunAsync("ingest", Path.Combine(Seed, "company"), "--db", Database, "--skip-image")).Code);
        var before = await ImagesAsync();
        var capped = StoreConnection.Parse($"{Database};{StoreConnection.MaxPageCountKeyword}={await PagesAsync() + 8}");

        using var provider = new Store.Graph.SnapshotProvider(capped);
        var snapshot = await provider.GetAsync(CancellationToken.None);
        var failure = await Assert.ThrowsAsync<SqliteException>(() => provider.ImageSave!);

        Assert.True(snapshot.LinkCount > 40_000);
        Assert.Equal(13, failure.SqliteErrorCode); // SQLITE_FULL
        Assert.Equal(before, await ImagesAsync());
        Assert.Same(snapshot, await provider.GetAsync(CancellationToken.None));
        Assert.True(
            (await Store.Graph.SnapshotImages.SaveAsync(StoreConnection.Parse(Database), snapshot, CancellationToken.None)).Written);
    }

    [Fact]
    public void A_page_cap_that_is_not_a_positive_number_is_refused_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() => StoreConnection.Parse($"{Database};Max Page Count=lots"));
        Assert.Contains("'Max Page Count' must be a whole number of pages above 0, not 'lots'", error.Message, StringComparison.Ordinal);
    }

    private async Task<long> PagesAsync()
    {
        SqliteConnection.ClearAllPools();
        await using var connection = new SqliteConnection(Database);
        await connection.OpenAsync();
        await using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA page_count;";
        return (long)(await checkpoint.ExecuteScalarAsync())!;
    }

    private async Task<string> ImagesAsync()
    {
        await using var context = StoreConnection.Parse(Database).CreateContext();
        var parts = await context.SnapshotImages.Select(p => new { p.Version, p.Part, p.Data.Length }).OrderBy(p => p.Part).ToListAsync();
        return string.Join(',', parts.Select(p => $"{p.Version}/{p.Part}/{p.Length}"));
    }

    private async Task<string> DumpAsync()
    {
        SqliteConnection.ClearAllPools();
        await using var context = StoreConnection.Parse(Database).CreateContext();
        return await GraphDump.DumpAsync(context);
    }
}
