using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Benchmarks;

/// <summary>
/// <c>qingdan-bench audit-chain --db CONNECTION [--writers 50] [--seconds 10] [--rounds 2] [--verify-rows 1000000]</c>:
/// the cost of chaining under load — rows/s that <c>--writers</c> concurrent writers get through the
/// group-committed <see cref="AuditLog"/> (chained: table lock, last row read, hashes) against a copy of the
/// unchained append it replaced (EF AddRange + SaveChanges of each group), alternating in the same run; then
/// <c>audit verify</c> over a log of <c>--verify-rows</c> chained rows (rows/s, peak memory). Empties audit_log.
/// </summary>
internal static class AuditChainBench
{
    public static async Task<int> RunAsync(StoreConnection connection, int writers, TimeSpan duration, int rounds, int verifyRows)
    {
        await StoreMigrator.MigrateAsync(connection, CancellationToken.None);
        var chained = new List<double>();
        var plain = new List<double>();
        var old = new List<double>();
        for (var round = -1; round < rounds; round++)
        {
            // Round -1 warms up (JIT, pools, the EF model) and is not counted.
            var span = round < 0 ? TimeSpan.FromSeconds(1) : duration;
            // The three appends take turns, each round starting with the next one, so that none always runs first.
            var verified = (AuditVerification?)null;
            for (var turn = 0; turn < 3; turn++)
            {
                await ClearAsync(connection);
                switch ((turn + Math.Max(round, 0)) % 3)
                {
                    case 0:
                        var log = new AuditLog(connection, TimeProvider.System);
                        chained.Add(await LoadAsync(
                            writers,
                            span,
                            (actor, op) => log.WriteAsync(actor, Roles.Investigator, op, ["p_1"], "127.0.0.1", default)));
                        verified = await AuditVerifier.VerifyAsync(connection, null, CancellationToken.None);
                        if (!verified.Intact)
                        {
                            Console.Error.WriteLine($"audit-chain: the chain broke under load: {verified.Break!.Message}");
                            return 1;
                        }

                        break;
                    case 1:
                        var unchained = new GroupCommit(rows => InsertAsync(connection, rows));
                        plain.Add(await LoadAsync(writers, span, unchained.WriteAsync));
                        break;
                    default:
                        var efAppend = new GroupCommit(rows => SaveChangesAsync(connection, rows));
                        old.Add(await LoadAsync(writers, span, efAppend.WriteAsync));
                        break;
                }
            }

            if (round < 0)
            {
                chained.Clear();
                plain.Clear();
                old.Clear();
                continue;
            }

            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"audit-chain {connection.Provider,-8} round {round + 1}: chained {chained[^1],8:N0} rows/s, " +
                    $"unchained {plain[^1],8:N0} rows/s, EF append {old[^1],8:N0} rows/s " +
                    $"({writers} writers, {duration.TotalSeconds:0}s each; {verified!.RowsChecked:N0} chained rows verified)"));
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"audit-chain {connection.Provider,-8} median: chained {Median(chained):N0} rows/s, unchained {Median(plain):N0} rows/s, " +
                $"EF append {Median(old):N0} rows/s; ratio chained/unchained {Median(chained) / Median(plain):0.00}, " +
                    $"chained/EF append {Median(chained) / Median(old):0.00}"));

        await ClearAsync(connection);
        var fill = Stopwatch.StartNew();
        await FillAsync(connection, verifyRows);
        fill.Stop();
        GC.Collect();
        var before = Process.GetCurrentProcess().WorkingSet64;
        var clock = Stopwatch.StartNew();
        var result = await AuditVerifier.VerifyAsync(connection, null, CancellationToken.None);
        clock.Stop();
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"audit-verify {connection.Provider,-8} rows={result.RowsChecked:N0} intact={result.Intact} " +
                $"time={clock.Elapsed.TotalSeconds:0.00}s " +
                $"rows/s={result.RowsChecked / clock.Elapsed.TotalSeconds:N0} peak_rss_mb={peak / 1048576.0:0} (before verify " +
                    $"{before / 1048576.0:0}; filled in {fill.Elapsed.TotalSeconds:0.0}s)"));
        await ClearAsync(connection);
        return result.Intact && result.RowsChecked == verifyRows ? 0 : 1;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    // Closed loop: each writer writes its next row as soon as the last is committed, until the time is up.
    private static async Task<double> LoadAsync(int writers, TimeSpan duration, Func<string, string, Task> write)
    {
        long rows = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var actor = $"bench-{w}";
            for (var i = 0; clock.Elapsed < duration; i++)
            {
                await write(actor, $"query Look{i} {{ person }}");
                Interlocked.Increment(ref rows);
            }
        })));
        return rows / clock.Elapsed.TotalSeconds;
    }

    // The owner's way to empty the log (the triggers refuse DELETE): drop them, delete, put them back.
    private static async Task ClearAsync(StoreConnection connection)
    {
        await using var context = connection.CreateContext();
        await context.Database.ExecuteSqlRawAsync(connection.Provider == StoreProvider.Postgres
            ? "DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log; TRUNCATE audit_log RESTART IDENTITY"
            : "DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete; DELETE FROM audit_log; " +
                "DELETE FROM sqlite_sequence WHERE name = 'audit_log';");
        await context.Database.ExecuteSqlRawAsync(AuditLog.Triggers(connection.Provider));
    }

    // A log of `count` chained rows, written straight (COPY on PostgreSQL, one prepared insert on SQLite) with the chain's hashes.
    private static async Task FillAsync(StoreConnection connection, int count)
    {
        var start = AuditChain.Truncate(DateTime.UtcNow.AddDays(-30));
        var previous = AuditChain.Genesis;
        IEnumerable<AuditRow> Rows()
        {
            for (var id = 1; id <= count; id++)
            {
                var row = new AuditRow
                {
                    Id = id,
                    At = start.AddTicks(id * 10L * 1000),
                    Actor = $"investigator-{id % 40}",
                    Role = Roles.Investigator,
                    Operation = $"query Look {{ person, findings }} {id}",
                    Entities = $"p_{id % 5000} p_{(id * 7) % 5000} f_{id % 900}",
                    Address = "10.0.0.17",
                };
                row.Hash = AuditChain.Hash(previous, row);
                previous = row.Hash;
                yield return row;
            }
        }

        if (connection.Provider == StoreProvider.Postgres)
        {
            await using var db = new NpgsqlConnection(connection.ConnectionString);
            await db.OpenAsync();
            await using var copy = await db.BeginBinaryImportAsync(
                "COPY audit_log (id, at, actor, role, operation, entities, address, hash) FROM STDIN (FORMAT BINARY)");
            foreach (var row in Rows())
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(row.Id, NpgsqlTypes.NpgsqlDbType.Bigint);
                await copy.WriteAsync(row.At, NpgsqlTypes.NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(row.Actor);
                await copy.WriteAsync(row.Role);
                await copy.WriteAsync(row.Operation);
                await copy.WriteAsync(row.Entities);
                await copy.WriteAsync(row.Address);
                await copy.WriteAsync(row.Hash);
            }

            await copy.CompleteAsync();
            return;
        }

        await using var sqlite = new SqliteConnection(connection.ConnectionString);
        await sqlite.OpenAsync();
        await using var transaction = sqlite.BeginTransaction();
        await using var insert = sqlite.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO audit_log (id, at, actor, role, operation, entities, address, hash) " +
            "VALUES ($id, $at, $actor, $role, $operation, $entities, $address, $hash)";
        var parameters = new[] { "$id", "$at", "$actor", "$role", "$operation", "$entities", "$address", "$hash" }
            .Select(name => insert.Parameters.Add(new SqliteParameter { ParameterName = name }))
            .ToArray();
        insert.Prepare();
        foreach (var row in Rows())
        {
            object[] values = [row.Id, row.At, row.Actor, row.Role, row.Operation, row.Entities, row.Address, row.Hash!];
            for (var v = 0; v < values.Length; v++)
            {
                parameters[v].Value = values[v];
            }

            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    // The chained writer's insert without the chain: no lock, no last row, no hash, ids from the identity.
    private static async Task InsertAsync(StoreConnection connection, IReadOnlyList<AuditRow> rows)
    {
        await using var db = connection.Provider == StoreProvider.Postgres
            ? (System.Data.Common.DbConnection)new NpgsqlConnection(connection.ConnectionString)
            : new SqliteConnection(connection.ConnectionString);
        await db.OpenAsync();
        await using var transaction = await db.BeginTransactionAsync();
        foreach (var chunk in rows.Chunk(500))
        {
            await using var insert = db.CreateCommand();
            insert.Transaction = transaction;
            var sql = new System.Text.StringBuilder("INSERT INTO audit_log (at, actor, role, operation, entities, address) VALUES ");
            for (var i = 0; i < chunk.Length; i++)
            {
                var row = chunk[i];
                sql.Append(i == 0 ? "(" : ", (");
                object[] values = [row.At, row.Actor, row.Role, row.Operation, row.Entities, row.Address];
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

            insert.CommandText = sql.ToString();
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    // The append as it was before the chain (issue #23): each group one EF AddRange + SaveChanges.
    private static async Task SaveChangesAsync(StoreConnection connection, IReadOnlyList<AuditRow> rows)
    {
        await using var context = connection.CreateContext();
        context.AuditLog.AddRange(rows);
        await context.SaveChangesAsync(CancellationToken.None);
    }

    // AuditLog's group commit around another append: rows that arrive while a group is written go in the next one.
    private sealed class GroupCommit(Func<IReadOnlyList<AuditRow>, Task> append)
    {
        private readonly Lock _gate = new();
        private List<(AuditRow Row, TaskCompletionSource Done)> _pending = [];
        private bool _writing;

        public Task WriteAsync(string actor, string operation)
        {
            var row = new AuditRow
            {
                At = AuditChain.Truncate(DateTime.UtcNow),
                Actor = actor,
                Role = Roles.Investigator,
                Operation = operation,
                Entities = "p_1",
                Address = "127.0.0.1",
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

            return done.Task;
        }

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
                    await append([.. batch.Select(b => b.Row)]);
                    batch.ForEach(b => b.Done.TrySetResult());
                }
                catch (Exception error)
                {
                    batch.ForEach(b => b.Done.TrySetException(error));
                }
            }
        }
    }
}
