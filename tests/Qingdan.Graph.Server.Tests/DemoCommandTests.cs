using Microsoft.Data.Sqlite;
using Qingdan.Graph.Cli;

namespace Qingdan.Graph.Server.Tests;

/// <summary><c>qingdan demo</c>: the whole job on SQLite, stopped before serving.</summary>
public sealed class DemoCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"qingdan-demo-{Guid.NewGuid():N}");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Demo_seeds_ingests_sweeps_and_prints_the_findings_per_rule_the_url_and_a_key()
    {
        var (code, text, error) = await Cli.RunAsync("demo", "--data", _folder, "--no-serve");

        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains("findings  NL3 36, NL4 47, NL5 391, NL9 31, REP 72", text, StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:5080/graphql", text, StringComparison.Ordinal);
        Assert.Matches(@"key\s+qd_\d+_\S{20,}", text);
        Assert.True(File.Exists(Path.Combine(_folder, "qingdan.db")));
    }

    [Fact]
    public async Task Demo_refuses_a_non_loopback_address()
    {
        var (code, _, error) = await Cli.RunAsync("demo", "--data", _folder, "--url", "http://0.0.0.0:5080");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("loopback only", error, StringComparison.Ordinal);
    }
}
