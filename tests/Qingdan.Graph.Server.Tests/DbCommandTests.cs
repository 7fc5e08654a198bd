using Npgsql;
using Qingdan.Graph.Cli;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Server.Tests;

/// <summary><c>qingdan db migrate</c> and <c>db status</c> through the real command line, on both databases.</summary>
public sealed class DbCommandTests
{
    [Fact]
    public async Task Migrate_creates_a_SQLite_file_and_status_then_reports_it_current()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"qingdan-cli-{Guid.NewGuid():N}");
        var db = $"Data Source={Path.Combine(folder, "nested", "q.db")}";
        try
        {
            var (migrate, migrateOut, _) = await RunAsync("db", "migrate", "--db", db);
            var (again, againOut, _) = await RunAsync("db", "migrate", "--db", db);
            var (status, statusOut, _) = await RunAsync("db", "status", "--db", db);

            Assert.Equal(ExitCodes.Success, migrate);
            Assert.Matches(@"applied [1-9]\d* migration\(s\)", migrateOut);
            Assert.Equal(ExitCodes.Success, again);
            Assert.Contains("schema already current", againOut, StringComparison.Ordinal);
            Assert.Equal(ExitCodes.Success, status);
            Assert.Contains("pending: none", statusOut, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(folder, "nested", "q.db")));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Migrate_creates_a_PostgreSQL_database_and_status_then_reports_it_current()
    {
        var name = $"qingdan_cli_{Guid.NewGuid():N}";
        var db = new NpgsqlConnectionStringBuilder(PostgresFixture.ServerConnectionString) { Database = name }.ConnectionString;
        try
        {
            var (before, beforeOut, _) = await RunAsync("db", "status", "--db", db);
            var (migrate, migrateOut, _) = await RunAsync("db", "migrate", "--db", db);
            var (status, statusOut, _) = await RunAsync("db", "status", "--db", db);

            Assert.Equal(ExitCodes.BadInput, before);
            Assert.Contains("reachable: no", beforeOut, StringComparison.Ordinal);
            Assert.Equal(ExitCodes.Success, migrate);
            Assert.Matches(@"applied [1-9]\d* migration\(s\)", migrateOut);
            Assert.Equal(ExitCodes.Success, status);
            Assert.Contains("pending: none", statusOut, StringComparison.Ordinal);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(PostgresFixture.ServerConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    [Fact]
    public async Task Unreadable_connection_string_is_a_usage_error()
    {
        var (code, _, error) = await RunAsync("db", "migrate", "--db", "not a connection string");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("names neither a PostgreSQL host", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_verb_is_a_usage_error_and_help_lists_every_verb()
    {
        var (unknown, _, _) = await RunAsync("frobnicate");
        var (help, helpOut, _) = await RunAsync("--help");

        Assert.Equal(ExitCodes.Usage, unknown);
        Assert.Equal(ExitCodes.Success, help);
        foreach (var verb in new[] { "demo", "serve", "ingest", "sweep", "seed", "export", "keys", "db" })
        {
            Assert.Contains($"  {verb} ", helpOut, StringComparison.Ordinal);
        }
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await QingdanCli.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
