using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Store.Security;

/// <summary>Writes the append-only audit log.</summary>
public sealed class AuditLog(StoreConnection connection, TimeProvider time)
{
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

    public async Task WriteAsync(string actor, string role, string operation, IEnumerable<string> entities, string address, CancellationToken cancellationToken)
    {
        await using var context = connection.CreateContext();
        context.AuditLog.Add(new AuditRow
        {
            At = time.GetUtcNow().UtcDateTime,
            Actor = actor,
            Role = role,
            Operation = operation.Length > 2000 ? operation[..2000] : operation,
            Entities = string.Join(' ', entities.Distinct(StringComparer.Ordinal)),
            Address = address,
        });
        await context.SaveChangesAsync(cancellationToken);
    }
}
