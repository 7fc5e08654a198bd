using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Store.Security;

/// <summary>
/// Writes the append-only audit log. Concurrent requests share commits: each waits until its own row
/// is committed (nothing is answered before it is on record), but rows that arrive while a commit is
/// running go together in the next one, so a busy server does not pay one commit per look.
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
        var row = new AuditRow
        {
            At = time.GetUtcNow().UtcDateTime,
            Actor = actor,
            Role = role,
            Operation = operation.Length > 2000 ? operation[..2000] : operation,
            Entities = string.Join(' ', entities.Distinct(StringComparer.Ordinal)),
            Address = address,
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
                await using var context = connection.CreateContext();
                context.AuditLog.AddRange(batch.Select(b => b.Row));
                await context.SaveChangesAsync(CancellationToken.None);
                batch.ForEach(b => b.Done.TrySetResult());
            }
            catch (Exception error)
            {
                batch.ForEach(b => b.Done.TrySetException(error));
            }
        }
    }
}
