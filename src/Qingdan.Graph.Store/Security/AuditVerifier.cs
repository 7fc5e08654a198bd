using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Store.Security;

/// <summary>
/// Recomputes the audit log's chain (<see cref="AuditChain"/>) in id order, a page at a time, and names the
/// first row that breaks. What it can tell apart: a gap in the ids (deleted; the writer gives consecutive ids
/// under a lock, so a gap is never a rolled-back write); a row that does not match its hash while the next row
/// follows from that hash (changed); a row the chain runs around (inserted); a row that holds another row's
/// content (reordered); a row without a hash after the first one (unhashed). An owner who rewrites the log and
/// recomputes every later hash leaves a chain that holds: only a head kept outside the store finds that.
/// </summary>
public static class AuditVerifier
{
    private const int PageSize = 5000;

    /// <summary>The last row of the log, or null when it is empty; <see cref="AuditHead.Hash"/> is empty when that row has none.</summary>
    public static async Task<AuditHead?> HeadAsync(StoreConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var db = connection.CreateDbConnection();
        await db.OpenAsync(cancellationToken);
        await using var command = db.CreateCommand();
        command.CommandText = "SELECT id, at, hash FROM audit_log ORDER BY id DESC LIMIT 1";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new AuditHead(
                reader.GetInt64(0),
                reader.IsDBNull(2) ? string.Empty : reader.GetString(2),
                AuditChain.Truncate(reader.GetDateTime(1)))
            : null;
    }

    /// <summary>Checks the whole chain, and when <paramref name="kept"/> is given, that row <c>kept.Id</c> holds exactly
    /// <c>kept.Hash</c>.</summary>
    public static async Task<AuditVerification> VerifyAsync(
        StoreConnection connection,
        AuditHead? kept,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var rows = RowsAsync(connection, cancellationToken).GetAsyncEnumerator(cancellationToken);
        long checkedRows = 0, beforeChain = 0;
        AuditRow? before = null;
        var previous = AuditChain.Genesis;
        var chainBegan = false;
        var keptFound = false;
        var next = await NextAsync(rows);
        while (next is { } row)
        {
            next = await NextAsync(rows);
            if (!chainBegan && row.Hash is null)
            {
                beforeChain++;
            }
            else
            {
                var first = !chainBegan;
                chainBegan = true;
                var broken = row.Hash is null
                    ? new AuditBreak(AuditBreakKind.Unhashed, row.Id, $"{Describe(row)}: it has no hash although the chain began " +
                        "before it — written around the chain, or its hash erased")
                    : row.Id != (before?.Id ?? 0) + 1
                        ? Gap(row, before)
                        : AuditChain.Hash(previous, row) != row.Hash
                            ? await ExplainAsync(row, previous, first && before is not null, next, rows)
                            : null;
                if (broken is not null)
                {
                    return new AuditVerification(checkedRows, beforeChain, null, broken, false);
                }

                checkedRows++;
                previous = row.Hash!;
            }

            if (kept is not null && row.Id == kept.Id)
            {
                if (!string.Equals(row.Hash, kept.Hash, StringComparison.Ordinal))
                {
                    return new AuditVerification(checkedRows, beforeChain, null, new AuditBreak(
                        AuditBreakKind.Rewritten,
                        row.Id,
                        $"{Describe(row)}: its hash is {Short(row.Hash)}, not {Short(kept.Hash)} as the head kept earlier says — " +
                            "the log was " +
                            $"rewritten at or before row {row.Id} and its hashes recomputed"), false);
                }

                keptFound = true;
            }

            before = row;
        }

        var head = before is { Hash: { } hash } ? new AuditHead(before.Id, hash, before.At) : null;
        if (kept is not null && !keptFound)
        {
            var message = before is null || before.Id < kept.Id
                ? $"row {kept.Id} of the head kept earlier is not in the log, which ends at " +
                    (before is null ? "nothing (it is empty)" : $"row {before.Id}") + " — rows were deleted from its end"
                : $"row {kept.Id} of the head kept earlier is not in the log — deleted, or the log rewritten";
            return new AuditVerification(checkedRows, beforeChain, head, new AuditBreak(
                before is null || before.Id < kept.Id ? AuditBreakKind.Truncated : AuditBreakKind.Rewritten,
                kept.Id,
                message), false);
        }

        return new AuditVerification(checkedRows, beforeChain, head, null, keptFound);
    }

    // The chain's writer gives each row the id after the last (the first chained row of an empty log is row 1):
    // a jump is a deletion, never a rolled-back write.
    private static AuditBreak Gap(AuditRow row, AuditRow? before)
    {
        var from = (before?.Id ?? 0) + 1;
        return new AuditBreak(AuditBreakKind.Deleted, row.Id, $"{Describe(row)}: " + (row.Id == from + 1
            ? $"row {from} before it is missing — deleted"
            : $"rows {from} to {row.Id - 1} before it are missing — deleted") + (before is null
                ? $" (the log starts at row {row.Id})"
                : $" (the log jumps from row {before.Id})"));
    }

    /// <summary>"row 1234 (2026-12-03 10:02:11 UTC, actor 张检察)".</summary>
    internal static string Describe(AuditRow row) =>
        string.Create(CultureInfo.InvariantCulture, $"row {row.Id} ({row.At:yyyy-MM-dd HH:mm:ss} UTC, actor {row.Actor})");

    // Row `row` does not match its hash on `previous`. The rows after it tell what happened; the scan for a
    // reordered row reads the rest of the log (once, and only when the log is broken).
    private static async Task<AuditBreak> ExplainAsync(
        AuditRow row,
        string previous,
        bool startsAfterUnchained,
        AuditRow? next,
        IAsyncEnumerator<AuditRow> rest)
    {
        var what = Describe(row);
        if (next?.Hash is { } nextHash)
        {
            if (nextHash == AuditChain.Hash(previous, next.Id - 1, next) && row.Hash == AuditChain.Hash(nextHash, row.Id + 1, row))
            {
                return new AuditBreak(AuditBreakKind.Reordered, row.Id, $"{what}: it changed places with row {next.Id} — reordered");
            }

            if (nextHash == AuditChain.Hash(previous, next.Id - 1, next) || nextHash == AuditChain.Hash(previous, next))
            {
                return new AuditBreak(AuditBreakKind.Inserted, row.Id, $"{what}: it is not part of the chain, which runs from the row " +
                    "before it to the row after it — inserted" + (nextHash == AuditChain.Hash(previous, next) ? string.Empty
                        : $", and the rows after it renumbered (row {next.Id} was row {next.Id - 1})"));
            }

            if (nextHash == AuditChain.Hash(row.Hash!, next.Id + 1, next))
            {
                return new AuditBreak(AuditBreakKind.Deleted, row.Id, $"{what}: a row before it was deleted and the rows from here on " +
                    $"renumbered (this row was row {row.Id + 1})");
            }
        }

        for (var other = next; other is not null; other = await NextAsync(rest))
        {
            var moved = AuditChain.Hash(previous, row.Id, other);
            if (moved == other.Hash || moved == row.Hash)
            {
                return new AuditBreak(AuditBreakKind.Reordered, row.Id, $"{what}: it holds what another row held, and row {other.Id} " +
                    $"holds what row {row.Id} held — reordered");
            }
        }

        if (startsAfterUnchained)
        {
            return new AuditBreak(AuditBreakKind.StartBroken, row.Id, $"{what}: it is the first row with a hash, but its hash does " +
                "not start the chain — chained rows before it were deleted or had their hashes erased, or it was changed after it " +
                    "was written");
        }

        if (next is null)
        {
            return new AuditBreak(AuditBreakKind.ChangedOrAppended, row.Id, $"{what}: its content does not match its hash — changed " +
                "after it was written, or added at the end with a made-up hash (it is the last row: nothing after it tells which)");
        }

        // A row whose own hash was recomputed after an edit verifies; the break then shows one row later, at a row
        // that may read as it was: the message says so.
        var orBefore = previous == AuditChain.Genesis
            ? string.Empty
            : $" (or, if it reads as it was, row {row.Id - 1} before it was changed and its hash recomputed)";
        return new AuditBreak(AuditBreakKind.Changed, row.Id, $"{what}: its content does not match its hash — changed after it was " +
            (next.Hash == AuditChain.Hash(row.Hash!, next)
                ? "written" + orBefore
                : "written, and the row after it does not follow from it either" + orBefore));
    }

    private static async ValueTask<AuditRow?> NextAsync(IAsyncEnumerator<AuditRow> rows) =>
        await rows.MoveNextAsync() ? rows.Current : null;

    private static string Short(string? hash) => hash is null ? "(none)" : hash.Length > 16 ? hash[..16] + "…" : hash;

    private static async IAsyncEnumerable<AuditRow> RowsAsync(
        StoreConnection connection,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = connection.CreateDbConnection();
        await db.OpenAsync(cancellationToken);
        var after = long.MinValue;
        while (true)
        {
            var page = new List<AuditRow>(PageSize);
            await using (var command = db.CreateCommand())
            {
                command.CommandText = "SELECT id, at, actor, role, operation, entities, address, hash FROM audit_log " +
                    "WHERE id > @after ORDER BY id LIMIT @page";
                foreach (var (name, value) in new[] { ("@after", after), ("@page", (long)PageSize) })
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = name;
                    parameter.Value = value;
                    command.Parameters.Add(parameter);
                }
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    page.Add(Read(reader));
                }
            }

            foreach (var row in page)
            {
                yield return row;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].Id;
        }
    }

    private static AuditRow Read(DbDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        At = AuditChain.Truncate(reader.GetDateTime(1)),
        Actor = reader.GetString(2),
        Role = reader.GetString(3),
        Operation = reader.GetString(4),
        Entities = reader.GetString(5),
        Address = reader.GetString(6),
        Hash = reader.IsDBNull(7) ? null : reader.GetString(7),
    };
}
