using System.Data.Common;
using System.Globalization;
using System.Text;
using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Store.Security;

/// <summary>
/// Writes the append-only audit log. Concurrent requests share commits: each waits until its own row
/// is committed (nothing is answered before it is on record), but rows that arrive while a commit is
/// running go together in the next one, so a busy server does not pay one commit per look.
/// Every row is chained (<see cref="AuditChain"/>): each commit takes the table's write lock, reads the last
/// row's id and hash, and inserts its rows with the ids that follow, each hashed on the one before. The ids
/// are given here, not by the identity, because the id is part of what is hashed and must be known before
/// the insert (the trigger refuses the UPDATE that hashing after it would need); under the lock they are
/// consecutive, so a gap in the ids is a deleted row and never a rolled-back insert. The lock is the
/// database's, so the server and the command line (every process that writes the log) chain one after the other.
/// </summary>
public sealed class AuditLog(StoreConnection connection, TimeProvider time)
{
    private readonly Lock _gate = new();
    private List<(AuditRow Row, TaskCompletionSource Done)> _pending = [];
    private bool _writing;

    /// <summary>The SQL that makes the table append-only, per provider (also used by test fixtures that empty the store).</summary>
    public static string Triggers(StoreProvider provider) => provider == StoreProvider.Postgres
        ? """
          CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP; END $$;
          DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log;
          CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
          """
        : """
          DROP TRIGGER IF EXISTS audit_log_no_update;
          DROP TRIGGER IF EXISTS audit_log_no_delete;
          CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE refused'); END;
          CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: DELETE refused'); END;
          """;

    public Task WriteAsync(
        string actor,
        string role,
        string operation,
        IEnumerable<string> entities,
        string address,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(entities);
        var row = new AuditRow
        {
            At = AuditChain.Truncate(time.GetUtcNow().UtcDateTime),
            Actor = AuditChain.Clean(actor, 200),
            Role = AuditChain.Clean(role, 20),
            Operation = AuditChain.Clean(operation, 2000),
            Entities = AuditChain.Clean(string.Join(' ', entities.Distinct(StringComparer.Ordinal)), int.MaxValue),
            Address = AuditChain.Clean(address, 100),
        };
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _pending.Add((row, done));
            if (!_writing)
            {
                _writing = true;
                _ = Task.Run(FlushAsync, CancellationToken.None);
            }
        }

        return done.Task.WaitAsync(cancellationToken);
    }

    // One writer at a time takes everything pending and commits it together; it runs until nothing is left.
    private async Task FlushAsync()
    {
        while (true)
        {
            List<(AuditRow Row, TaskCompletionSource Done)> batch;
            lock (_gate)
            {
                if (_pending.Count == 0)
                {
                    _writing = false;
                    return;
                }

                batch = _pending;
                _pending = [];
            }

            try
            {
                await AppendAsync(connection, [.. batch.Select(b => b.Row)], CancellationToken.None);
                batch.ForEach(b => b.Done.TrySetResult());
            }
            catch (Exception error)
            {
                batch.ForEach(b => b.Done.TrySetException(error));
            }
        }
    }

    /// <summary>Chains and inserts rows in one transaction under the table's write lock; sets their ids and hashes.</summary>
    internal static async Task AppendAsync(StoreConnection connection, IReadOnlyList<AuditRow> rows, CancellationToken cancellationToken)
    {
        await using var db = connection.CreateDbConnection();
        await db.OpenAsync(cancellationToken);

        // SQLite: BeginTransaction is BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default), the write lock from the start.
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var postgres = connection.Provider == StoreProvider.Postgres;

        // PostgreSQL: the lock conflicts with itself and with every INSERT, not with readers. It goes in the same
        // round trip as the read of the last row, and the identity's catch-up in the last insert's: chaining costs
        // the server statements, not round trips.
        long lastId = 0;
        var previous = AuditChain.Genesis;
        const string Last = "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1";
        await using (var last = Command(db, transaction, postgres ? "LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE; " + Last : Last))
        await using (var reader = await last.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                lastId = reader.GetInt64(0);
                previous = reader.IsDBNull(1) ? AuditChain.Genesis : reader.GetString(1);
            }
        }

        foreach (var row in rows)
        {
            row.Id = ++lastId;
            row.Hash = AuditChain.Hash(previous, row);
            previous = row.Hash;
        }

        var chunks = rows.Chunk(500).ToList();
        foreach (var chunk in chunks)
        {
            await using var insert = Command(db, transaction, string.Empty);
            var sql = new StringBuilder("INSERT INTO audit_log (id, at, actor, role, operation, entities, address, hash) VALUES ");
            for (var i = 0; i < chunk.Length; i++)
            {
                var row = chunk[i];
                sql.Append(i == 0 ? "(" : ", (");
                object[] values = [row.Id, row.At, row.Actor, row.Role, row.Operation, row.Entities, row.Address, row.Hash!];
                for (var v = 0; v < values.Length; v++)
                {
                    var parameter = insert.CreateParameter();
                    parameter.ParameterName = string.Create(CultureInfo.InvariantCulture, $"@p{i}_{v}");
                    parameter.Value = values[v];
                    insert.Parameters.Add(parameter);
                    sql.Append(v == 0 ? string.Empty : ", ").Append(parameter.ParameterName);
                }

                sql.Append(')');
            }

            if (postgres && chunk == chunks[^1])
            {
                // Keeps the identity in step with the ids given here, for anything that inserts without one.
                sql.Append(CultureInfo.InvariantCulture, $"; SELECT setval(pg_get_serial_sequence('audit_log', 'id'), {lastId})");
            }

            insert.CommandText = sql.ToString();
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static DbCommand Command(DbConnection db, DbTransaction transaction, string sql)
    {
        var command = db.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
