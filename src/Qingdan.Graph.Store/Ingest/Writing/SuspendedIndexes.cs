using Npgsql;
using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Store.Ingest.Writing;

/// <summary>
/// A large load on PostgreSQL (docs/ingest.md "Large loads"): the secondary indexes of the tables it
/// fills are dropped inside the batch's transaction and built again, sorted, before it commits.
/// Maintaining a b-tree row by row costs several times what building it whole costs, once a batch
/// adds a good part of what the table holds. The primary keys stay. A rollback, a crash or a kill
/// puts the indexes back with everything else.
/// </summary>
/// <remarks>
/// Dropping an index locks its table against readers until the commit. The locks are taken first,
/// all at once and with a time limit: a reader that holds one of the tables (a snapshot load reads
/// nodes and links over two connections) makes the load give up suspending, never wait for a lock
/// that reader might be waiting on in turn.
/// </remarks>
internal sealed class SuspendedIndexes
{
    /// <summary>A table's indexes are suspended when the batch adds at least this share of the rows it already holds.</summary>
    public const int RowsPerAddedRow = 4;

    private const string LockWait = "5s";

    private readonly BulkWriter _db;
    private readonly List<(string Table, string Name, string Definition, bool Unique)> _dropped;

    private SuspendedIndexes(BulkWriter db, List<(string, string, string, bool)> dropped)
    {
        _db = db;
        _dropped = dropped;
        Tables = dropped.Select(i => i.Item1).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The tables whose indexes were dropped.</summary>
    public IReadOnlySet<string> Tables { get; }

    /// <summary>
    /// Whether adding <paramref name="added"/> rows to <paramref name="table"/> is a large load: the
    /// table holds at most <see cref="RowsPerAddedRow"/> rows for each row added (counted up to that
    /// bound, so the question costs at most that many rows read).
    /// </summary>
    public static async Task<bool> IsLargeAsync(BulkWriter db, string table, long added, CancellationToken cancellationToken)
    {
        if (db.Provider != StoreProvider.Postgres || added <= 0)
        {
            return false;
        }

        var bound = added * RowsPerAddedRow;
        var held = Convert.ToInt64(
            await db.ScalarAsync($"SELECT count(*) FROM (SELECT 1 FROM {table} LIMIT @bound) t", cancellationToken, ("@bound", bound + 1)),
            System.Globalization.CultureInfo.InvariantCulture);
        return held <= bound;
    }

    /// <summary>
    /// Locks the tables and drops their secondary indexes; null when a reader holds one of them past
    /// the time limit (the load then writes through the indexes, as a small one does).
    /// </summary>
    public static async Task<SuspendedIndexes?> SuspendAsync(
        BulkWriter db,
        IReadOnlyList<string> tables,
        CancellationToken cancellationToken)
    {
        if (db.Provider != StoreProvider.Postgres || tables.Count == 0)
        {
            return null;
        }

        var previous = (string?)await db.ScalarAsync("SELECT current_setting('lock_timeout')", cancellationToken);
        await db.ExecuteAsync("SAVEPOINT qingdan_suspend", cancellationToken);
        try
        {
            await db.ExecuteAsync(
                $"SELECT set_config('lock_timeout', '{LockWait}', true); LOCK TABLE {string.Join(", ", tables)} IN ACCESS EXCLUSIVE MODE",
                cancellationToken);
        }
        catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            await db.ExecuteAsync("ROLLBACK TO SAVEPOINT qingdan_suspend", cancellationToken);
            return null;
        }

        await db.ExecuteAsync("RELEASE SAVEPOINT qingdan_suspend", cancellationToken);
        await db.ExecuteAsync("SELECT set_config('lock_timeout', @previous, true)", cancellationToken, ("@previous", previous));

        // Every index but those that back a constraint (the primary keys), as PostgreSQL would write it again.
        var dropped = new List<(string, string, string, bool)>();
        await using (var command = db.Command(
            """
            SELECT t.relname, i.relname, pg_get_indexdef(x.indexrelid), x.indisunique
            FROM pg_index x
            JOIN pg_class i ON i.oid = x.indexrelid
            JOIN pg_class t ON t.oid = x.indrelid
            WHERE t.relname = ANY(@tables) AND t.relnamespace = to_regnamespace(current_schema())
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
            ORDER BY t.relname, i.relname
            """,
            ("@tables", tables.ToArray())))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                dropped.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetBoolean(3)));
            }
        }

        foreach (var (_, name, _, _) in dropped)
        {
            await db.ExecuteAsync($"DROP INDEX \"{name}\"", cancellationToken);
        }

        return new SuspendedIndexes(db, dropped);
    }

    /// <summary>
    /// Builds the dropped indexes of the given tables again. A unique index the new rows would break is
    /// built after <paramref name="mergeDuplicates"/> has been given its table and has made its rows unique.
    /// </summary>
    public async Task RestoreAsync(
        IReadOnlyCollection<string> tables,
        Func<string, Task> mergeDuplicates,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(mergeDuplicates);
        var restoring = _dropped.Where(i => tables.Contains(i.Table)).ToList();
        if (restoring.Count == 0)
        {
            return;
        }

        // Sorting a large table's keys in memory rather than in runs on disk; for this transaction only.
        await _db.ExecuteAsync("SELECT set_config('maintenance_work_mem', '256MB', true)", cancellationToken);
        foreach (var index in restoring)
        {
            var (table, _, definition, unique) = index;
            _dropped.Remove(index);
            if (!unique)
            {
                await _db.ExecuteAsync(definition, cancellationToken);
                continue;
            }

            await _db.ExecuteAsync("SAVEPOINT qingdan_unique", cancellationToken);
            try
            {
                await _db.ExecuteAsync(definition, cancellationToken);
                await _db.ExecuteAsync("RELEASE SAVEPOINT qingdan_unique", cancellationToken);
            }
            catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                await _db.ExecuteAsync("ROLLBACK TO SAVEPOINT qingdan_unique", cancellationToken);
                await mergeDuplicates(table);
                await _db.ExecuteAsync(definition, cancellationToken);
            }
        }
    }
}
