using Microsoft.EntityFrameworkCore;

namespace Qingdan.Graph.Store.Database;

/// <summary>Brings a database to the current schema, and tells where it stands.</summary>
public static class StoreMigrator
{
    /// <summary>Applies every pending migration; creates the database (or SQLite file) when it does not exist.</summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(StoreConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var context = connection.CreateContext();
        var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await context.Database.MigrateAsync(cancellationToken);
        if (connection.Provider == StoreProvider.Sqlite)
        {
            // WAL lets readers (the server, the snapshot loader) work while an ingest writes; it persists in the file.
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        return pending;
    }

    /// <summary>The applied and pending migrations; a database that cannot be reached throws.</summary>
    public static async Task<StoreStatus> GetStatusAsync(StoreConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var context = connection.CreateContext();
        var canConnect = await context.Database.CanConnectAsync(cancellationToken);
        var applied = canConnect ? (await context.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList() : [];
        var pending = canConnect
            ? (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList()
            : context.Database.GetMigrations().ToList();
        return new StoreStatus(connection.Describe(), canConnect, applied, pending);
    }
}
