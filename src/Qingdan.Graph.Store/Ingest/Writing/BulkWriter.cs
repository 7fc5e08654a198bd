using System.Data.Common;
using System.Globalization;
using Npgsql;
using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Store.Ingest.Writing;

/// <summary>
/// Fast writes inside one transaction: binary COPY on PostgreSQL, one prepared statement reused on
/// SQLite. Everything else the ingest does is SQL both databases share.
/// </summary>
internal sealed class BulkWriter(DbConnection connection, DbTransaction transaction, StoreProvider provider)
{
    public DbConnection Connection { get; } = connection;

    public DbTransaction Transaction { get; } = transaction;

    public StoreProvider Provider { get; } = provider;

    /// <summary>
    /// Inserts rows; <paramref name="sqliteConflictClause"/> is appended to SQLite's statement (PostgreSQL
    /// callers stage and merge instead, as COPY has no conflict clause).
    /// </summary>
    public async Task InsertAsync(
        string table,
        IReadOnlyList<Column> columns,
        IEnumerable<object?[]> rows,
        CancellationToken cancellationToken,
        string? sqliteConflictClause = null)
    {
        if (Provider == StoreProvider.Postgres)
        {
            await BinaryCopyWriter.CopyAsync((NpgsqlConnection)Connection, table, columns, rows, cancellationToken);
            return;
        }

        await using var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => c.Name))}) VALUES " +
            $"({string.Join(", ", columns.Select((_, i) => $"$p{i}"))}) {sqliteConflictClause}";
        var parameters = columns.Select((_, i) =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"$p{i}";
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        await command.PrepareAsync(cancellationToken);
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = SqliteValue(row[i]);
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Inserts rows that write their own values: typed on PostgreSQL's COPY, boxed for SQLite's statement.</summary>
    public Task InsertAsync<T>(
        string table,
        IReadOnlyList<Column> columns,
        IEnumerable<T> rows,
        CancellationToken cancellationToken,
        string? sqliteConflictClause = null)
        where T : ICopyRow =>
        Provider == StoreProvider.Postgres
            ? BinaryCopyWriter.CopyAsync((NpgsqlConnection)Connection, table, columns, rows, cancellationToken)
            : InsertAsync(table, columns, rows.Select(row => row.Values()), cancellationToken, sqliteConflictClause);

    /// <summary>Creates a temporary table with the given columns, dropped at commit.</summary>
    public Task CreateTempTableAsync(string table, IReadOnlyList<Column> columns, CancellationToken cancellationToken)
    {
        var definition = string.Join(", ", columns.Select(c => $"{c.Name} {SqlType(c.Type)}"));
        return Provider == StoreProvider.Postgres
            ? ExecuteAsync($"CREATE TEMP TABLE {table} ({definition}) ON COMMIT DROP", cancellationToken)
            : ExecuteAsync($"DROP TABLE IF EXISTS temp.{table}; CREATE TEMP TABLE {table} ({definition})", cancellationToken);
    }

    /// <summary>Indexes a temporary table's column after it is filled, so that joins on it probe instead of scanning.</summary>
    public Task IndexTempTableAsync(string table, string column, CancellationToken cancellationToken) =>
        ExecuteAsync($"CREATE INDEX ix_{table}_{column} ON {table} ({column}); ANALYZE {table}", cancellationToken);

    public Task DropTempTableAsync(string table, CancellationToken cancellationToken) =>
        ExecuteAsync(
            Provider == StoreProvider.Postgres ? $"DROP TABLE IF EXISTS {table}" : $"DROP TABLE IF EXISTS temp.{table}",
            cancellationToken);

    public async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<object?> ScalarAsync(
        string sql,
        CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is DBNull ? null : value;
    }

    public DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = Provider == StoreProvider.Sqlite ? SqliteValue(value) : value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>The next free id of a table whose ids the ingest assigns itself (it holds the ingest lock).</summary>
    public async Task<long> NextIdAsync(string table, CancellationToken cancellationToken) =>
        Convert.ToInt64(
            await ScalarAsync($"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}", cancellationToken),
            CultureInfo.InvariantCulture);

    /// <summary>After explicit ids were written, moves PostgreSQL's identity sequence past them.</summary>
    public Task SyncIdentityAsync(string table, CancellationToken cancellationToken) =>
        Provider == StoreProvider.Postgres
            ? ExecuteAsync(
                $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), GREATEST((SELECT COALESCE(MAX(id), 0) FROM {table}), 1))",
                cancellationToken)
            : Task.CompletedTask;

    private static object SqliteValue(object? value) => value switch
    {
        null => DBNull.Value,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        decimal amount => amount.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? 1 : 0,
        Guid guid => guid.ToString().ToUpperInvariant(),
        _ => value,
    };

    private string SqlType(ColumnType type) => (Provider, type) switch
    {
        (StoreProvider.Postgres, ColumnType.BigInt) => "bigint",
        (StoreProvider.Postgres, ColumnType.Int) => "integer",
        (StoreProvider.Postgres, ColumnType.SmallInt) => "smallint",
        (StoreProvider.Postgres, ColumnType.Text) => "text",
        (StoreProvider.Postgres, ColumnType.Date) => "date",
        (StoreProvider.Postgres, ColumnType.Timestamp) => "timestamp with time zone",
        (StoreProvider.Postgres, ColumnType.Numeric) => "numeric",
        (StoreProvider.Postgres, ColumnType.Double) => "double precision",
        (StoreProvider.Postgres, ColumnType.Bool) => "boolean",
        (StoreProvider.Postgres, ColumnType.Uuid) => "uuid",
        (_, ColumnType.BigInt or ColumnType.Int or ColumnType.SmallInt or ColumnType.Bool) => "INTEGER",
        (_, ColumnType.Double) => "REAL",
        _ => "TEXT",
    };
}
