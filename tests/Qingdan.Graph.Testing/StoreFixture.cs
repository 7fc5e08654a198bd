using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Testing;

/// <summary>
/// One migrated database for a test collection, emptied before each test. The PostgreSQL and SQLite
/// fixtures run the same test classes, so every store behaviour is checked on both.
/// </summary>
public abstract class StoreFixture : IAsyncLifetime
{
    private string[] _tables = [];

    /// <summary>The database the tests of the collection use.</summary>
    public StoreConnection Connection { get; private set; } = null!;

    public abstract StoreProvider Provider { get; }

    public async Task InitializeAsync()
    {
        Connection = await CreateDatabaseAsync();
        await StoreMigrator.MigrateAsync(Connection, CancellationToken.None);
        await using var context = Connection.CreateContext();
        _tables = context.Model.GetEntityTypes()
            .Select(type => type.GetTableName())
            .OfType<string>()
            .Distinct()
            .ToArray();
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A new context on the fixture's database.</summary>
    public QingdanDbContext CreateContext() => Connection.CreateContext();

    /// <summary>Empties every table and restarts identities, so that each test starts from nothing.</summary>
    public async Task ResetAsync()
    {
        await using var context = Connection.CreateContext();
        if (Provider == StoreProvider.Postgres)
        {
            // Table names come from the model, not from input.
            var truncate = "TRUNCATE " + string.Join(", ", _tables.Select(t => $"\"{t}\"")) + " RESTART IDENTITY CASCADE;";
            await context.Database.ExecuteSqlRawAsync(truncate);
            return;
        }

        await context.Database.OpenConnectionAsync();
        await context.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF;");
        // The audit log refuses DELETE by trigger; a test database is emptied by dropping and restoring the triggers.
        await context.Database
            .ExecuteSqlRawAsync("DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;");
        foreach (var table in _tables)
        {
            var delete = "DELETE FROM \"" + table + "\";";
            await context.Database.ExecuteSqlRawAsync(delete);
        }

        await context.Database.ExecuteSqlRawAsync("DELETE FROM sqlite_sequence;");
        await context.Database.ExecuteSqlRawAsync(Qingdan.Graph.Store.Security.AuditLog.Triggers(StoreProvider.Sqlite));
        await context.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = ON;");
    }

    protected abstract Task<StoreConnection> CreateDatabaseAsync();
}
