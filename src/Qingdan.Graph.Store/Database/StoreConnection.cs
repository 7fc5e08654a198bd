using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Qingdan.Graph.Store.Database;

/// <summary>
/// Which database to use and how to reach it, chosen by the connection string: <c>Host=…</c> is
/// PostgreSQL, <c>Data Source=…</c> is SQLite.
/// </summary>
public sealed record StoreConnection
{
    /// <summary>The environment variable that overrides the default when no <c>--db</c> is given.</summary>
    public const string EnvironmentVariable = "QINGDAN_DB";

    /// <summary>The embedded default: a SQLite file under <c>./data/</c>.</summary>
    public const string DefaultConnectionString = "Data Source=./data/qingdan.db";

    /// <summary>
    /// A SQLite connection-string keyword of ours: caps the database file at this many pages (4 KiB
    /// each). A write past it fails as a full disk does ("database or disk is full") and rolls back.
    /// </summary>
    public const string MaxPageCountKeyword = "Max Page Count";

    private StoreConnection(StoreProvider provider, string connectionString, int? maxPageCount = null)
    {
        Provider = provider;
        ConnectionString = connectionString;
        MaxPageCount = maxPageCount;
    }

    public StoreProvider Provider { get; }

    /// <summary>The connection string as the database driver takes it.</summary>
    public string ConnectionString { get; }

    /// <summary>SQLite only: the cap on the file's pages, applied to every connection as it opens.</summary>
    public int? MaxPageCount { get; }

    /// <summary>The connection from an explicit option, else <c>QINGDAN_DB</c>, else the default.</summary>
    public static StoreConnection Resolve(string? option) =>
        Parse(!string.IsNullOrWhiteSpace(option) ? option
            : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
            : DefaultConnectionString);

    /// <summary>Reads a connection string; throws <see cref="ArgumentException"/> naming what is wrong.</summary>
    public static StoreConnection Parse(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var keys = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2)[0].Trim())
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        if (keys.Contains("Host") || keys.Contains("Server"))
        {
            try
            {
                _ = new NpgsqlConnectionStringBuilder(connectionString);
            }
            catch (ArgumentException error)
            {
                throw new ArgumentException($"PostgreSQL connection string is not valid: {error.Message}", nameof(connectionString), error);
            }

            return new StoreConnection(StoreProvider.Postgres, connectionString);
        }

        if (keys.Contains("Data Source") || keys.Contains("DataSource") || keys.Contains("Filename"))
        {
            int? maxPageCount = null;
            var parts = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            if (parts.FindIndex(
                p => p.Split('=', 2)[0].Trim().Equals(MaxPageCountKeyword, StringComparison.OrdinalIgnoreCase)) is var at and >= 0)
            {
                var value = parts[at].Split('=', 2) is [_, var text] ? text.Trim() : string.Empty;
                maxPageCount = int.TryParse(
                    value,
                    System.Globalization.NumberStyles.None,
                    System.Globalization.CultureInfo.InvariantCulture,
                    out var pages) && pages > 0
                    ? pages
                    : throw new ArgumentException($"SQLite connection string is not valid: '{MaxPageCountKeyword}' must be a whole " +
                        $"number of pages above 0, not '{value}'.", nameof(connectionString));
                parts.RemoveAt(at);
                connectionString = string.Join(';', parts);
            }

            try
            {
                // The cap is a setting of each connection: capped connections are never pooled, so that
                // none of them is handed later to the same file opened without the cap.
                var builder = new SqliteConnectionStringBuilder(connectionString);
                if (maxPageCount is not null)
                {
                    builder.Pooling = false;
                    connectionString = builder.ConnectionString;
                }
            }
            catch (ArgumentException error)
            {
                throw new ArgumentException($"SQLite connection string is not valid: {error.Message}", nameof(connectionString), error);
            }

            return new StoreConnection(StoreProvider.Sqlite, connectionString, maxPageCount);
        }

        throw new ArgumentException(
            "The database connection string names neither a PostgreSQL host ('Host=…') nor a SQLite file ('Data Source=…').",
            nameof(connectionString));
    }

    /// <summary>A new context on this database; the caller disposes it.</summary>
    public QingdanDbContext CreateContext()
    {
        if (Provider == StoreProvider.Postgres)
        {
            var options = new DbContextOptionsBuilder<PostgresQingdanDbContext>();
            ConfigurePostgres(options, ConnectionString);
            return new PostgresQingdanDbContext(options.Options);
        }

        EnsureSqliteFolder();
        var sqlite = new DbContextOptionsBuilder<SqliteQingdanDbContext>();
        ConfigureSqlite(sqlite, ConnectionString);
        if (MaxPageCount is { } pages)
        {
            sqlite.AddInterceptors(new SqlitePageLimit(pages));
        }

        return new SqliteQingdanDbContext(sqlite.Options);
    }

    /// <summary>
    /// A plain connection, not yet open, for work that needs no EF model (the snapshot load, the version
    /// poll, the snapshot image): building a context's model costs a second in a fresh process. A SQLite
    /// store's page cap applies to it as to a context's. The caller disposes it.
    /// </summary>
    internal DbConnection CreateDbConnection()
    {
        if (Provider == StoreProvider.Postgres)
        {
            return new NpgsqlConnection(ConnectionString);
        }

        EnsureSqliteFolder();
        var connection = new SqliteConnection(ConnectionString);
        if (MaxPageCount is { } pages)
        {
            connection.StateChange += (_, change) =>
            {
                if (change.CurrentState == System.Data.ConnectionState.Open)
                {
                    SqlitePageLimit.Apply(connection, pages);
                }
            };
        }

        return connection;
    }

    /// <summary>
    /// The same store for bulk work (an ingest's COPY and whole-table reads): on PostgreSQL with socket
    /// buffers of 256 KB instead of Npgsql's 8 KB, unless the connection string sets larger ones. Each
    /// buffer's turn restarts Npgsql's timeout timer; at 8 KB that was a tenth of an ingest's client time.
    /// </summary>
    internal StoreConnection ForBulkWork()
    {
        if (Provider != StoreProvider.Postgres)
        {
            return this;
        }

        const int Large = 1 << 18;
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        builder.ReadBufferSize = Math.Max(builder.ReadBufferSize, Large);
        builder.WriteBufferSize = Math.Max(builder.WriteBufferSize, Large);
        return Parse(builder.ConnectionString);
    }

    /// <summary>Where the password is hidden, for messages and logs.</summary>
    public string Describe() => Provider == StoreProvider.Postgres
        ? DescribePostgres()
        : $"SQLite {new SqliteConnectionStringBuilder(ConnectionString).DataSource}";

    internal static void ConfigurePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(StoreCommands.Interceptor);

    internal static void ConfigureSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(StoreCommands.Interceptor);

    private string DescribePostgres()
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
    }

    private void EnsureSqliteFolder()
    {
        var source = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:" || source.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(source));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
