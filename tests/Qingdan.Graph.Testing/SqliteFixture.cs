using Microsoft.Data.Sqlite;
using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Testing;

/// <summary>A SQLite file in a temporary folder, deleted at the end.</summary>
public sealed class SqliteFixture : StoreFixture
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"qingdan-test-{Guid.NewGuid():N}");

    public override StoreProvider Provider => StoreProvider.Sqlite;

    public override Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return Task.CompletedTask;
    }

    protected override Task<StoreConnection> CreateDatabaseAsync() =>
        Task.FromResult(StoreConnection.Parse($"Data Source={Path.Combine(_folder, "qingdan.db")}"));
}
