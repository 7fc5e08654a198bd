using Microsoft.Data.Sqlite;
using Qingdan.Graph.Cli;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Server.Tests;

/// <summary><c>qingdan ingest</c> through the real command line on a SQLite file.</summary>
public sealed class IngestCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"qingdan-ingest-cli-{Guid.NewGuid():N}");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Rejected_row_exits_with_1_after_committing_the_good_rows_and_names_file_line_and_reason()
    {
        using var bundle = new BundleBuilder("cadre-x", "cadre", root: Path.Combine(_folder, "bundles"))
            .File("people.csv", "ref,name", "p1,王建国", "p2,李秀英")
            .File("family.csv", "person_ref,relative_ref,relation", "p1,p2,spouse", "p1,p2,cousin");
        var db = $"Data Source={Path.Combine(_folder, "q.db")}";

        var (code, output, _) = await Cli.RunAsync("ingest", bundle.Folder, "--db", db);
        var (again, againOutput, _) = await Cli.RunAsync("ingest", bundle.Folder, "--db", db);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("rejected cadre-x/family.csv:3: unknown relation 'cousin'", output, StringComparison.Ordinal);
        Assert.Matches(@"cadre-x\s+cadre\s+committed\s+4\s+2\s+1\s+1\s+0", output);
        Assert.Equal(ExitCodes.Success, again);
        Assert.Contains("unchanged", againOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ingest_stores_the_snapshot_image_the_next_load_reads_and_a_delta_keeps_it_for_loads_to_patch()
    {
        using var first = new BundleBuilder("cadre-x", "cadre", root: Path.Combine(_folder, "bundles"))
            .File("people.csv", "ref,name", "p1,王建国", "p2,李秀英")
            .File("family.csv", "person_ref,relative_ref,relation", "p1,p2,spouse");
        using var second = new BundleBuilder("company-x", "company", root: Path.Combine(_folder, "bundles"))
            .File("companies.csv", "ref,name", "c1,海滨建材");
        var db = $"Data Source={Path.Combine(_folder, "q.db")}";
        var connection = StoreConnection.Parse(db);

        var (code, _, error) = await Cli.RunAsync("ingest", first.Folder, "--db", db);
        var stored = await Store.Graph.SnapshotLoader.LoadAsync(connection, CancellationToken.None);
        var (skipCode, _, skipError) = await Cli.RunAsync("ingest", second.Folder, "--db", db, "--skip-image");
        var skipped = await Store.Graph.SnapshotLoader.LoadAsync(connection, CancellationToken.None);
        using var third = new BundleBuilder("company-y", "company", root: Path.Combine(_folder, "bundles"))
            .File("companies.csv", "ref,name", "c2,山海贸易");
        var (deltaCode, _, deltaError) = await Cli.RunAsync("ingest", third.Folder, "--db", db);
        var patched = await Store.Graph.SnapshotLoader.LoadAsync(connection, CancellationToken.None);

        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (code, skipCode));
        Assert.Matches(@"snapshot image of version \d+: 1 links read in [0-9.]+s, [0-9.]+ MB stored", error);
        Assert.True(stored.FromImage);
        Assert.Equal(2, stored.Snapshot.NodeCount);
        Assert.DoesNotContain("snapshot image", skipError, StringComparison.Ordinal);
        // The image of the first version, and the one company the second ingest added applied to it.
        Assert.Equal((true, 1, 3), (skipped.FromImage, skipped.PatchedEntities, skipped.Snapshot.NodeCount));
        Assert.Equal(ExitCodes.Success, deltaCode);
        Assert.Matches(@"snapshot image kept: with the 2 entities changed since it makes version \d+ in [0-9.]+s", deltaError);
        Assert.Equal((true, 2, 4), (patched.FromImage, patched.PatchedEntities, patched.Snapshot.NodeCount));
    }

    [Fact]
    public async Task Folder_without_manifest_exits_with_1_and_says_why()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "not-a-bundle"));

        var (code, output, _) = await Cli.RunAsync(
            "ingest",
            Path.Combine(_folder, "not-a-bundle"),
            "--db",
            $"Data Source={Path.Combine(_folder, "q.db")}");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("bundle has no manifest.json", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_without_a_source_is_a_usage_error()
    {
        var (code, _, error) = await Cli.RunAsync("ingest");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("Required argument missing", error, StringComparison.Ordinal);
    }
}
