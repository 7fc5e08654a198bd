using Npgsql;
using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Testing;

/// <summary>
/// A fresh database on the PostgreSQL server that <c>test.sh</c> starts (its connection string in
/// <c>QINGDAN_TEST_PG</c>); dropped at the end. Without the variable the tests fail, never skip.
/// </summary>
public sealed class PostgresFixture : StoreFixture
{
    public const string EnvironmentVariable = "QINGDAN_TEST_PG";

    private string? _database;

    public override StoreProvider Provider => StoreProvider.Postgres;

    /// <summary>The server's administrative connection string.</summary>
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{EnvironmentVariable} is not set: the PostgreSQL tests need a server. Run them through ./test.sh, which starts one.");

    public override async Task DisposeAsync()
    {
        if (_database is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(ServerConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    protected override async Task<StoreConnection> CreateDatabaseAsync()
    {
        _database = $"qingdan_test_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(ServerConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _database };
        return StoreConnection.Parse(builder.ConnectionString);
    }
}
