using Microsoft.Data.Sqlite;
using Qingdan.Graph.Server.Cli;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Store.Tests;

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
    public async Task Folder_without_manifest_exits_with_1_and_says_why()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "not-a-bundle"));

        var (code, output, _) = await Cli.RunAsync("ingest", Path.Combine(_folder, "not-a-bundle"), "--db", $"Data Source={Path.Combine(_folder, "q.db")}");

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
