using System.Text;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Security;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Store.Tests;

/// <summary>
/// The audit log's hash chain on both databases: the owner drops the append-only triggers and edits, deletes,
/// inserts, reorders and rewrites rows; <c>audit verify</c> names the row and what was done to it.
/// </summary>
public abstract class AuditChainTests(StoreFixture fixture) : IAsyncLifetime
{
    private static readonly string[] Actors = ["张检察", "李审计", "王分析", "赵管理", "陈调查", "刘核查"];

    public Task InitializeAsync() => fixture.ResetAsync();

    // The owner's tests drop the triggers; the next test of the collection finds them back.
    public async Task DisposeAsync()
    {
        await using var context = fixture.CreateContext();
        await context.Database.ExecuteSqlRawAsync(AuditLog.Triggers(fixture.Provider));
    }

    [Fact]
    public void The_canonical_row_is_netstrings_of_id_time_to_the_microsecond_actor_role_operation_entities_address()
    {
        var row = Row(7, "张检察", new DateTime(2026, 12, 3, 10, 2, 11, DateTimeKind.Utc).AddTicks(1_234_567));

        var canonical = Encoding.UTF8.GetString(AuditChain.Canonical(row));

        Assert.Equal("1:7,27:2026-12-03T10:02:11.123456Z,9:张检察,12:investigator,11:query { x },7:p_1 p_2,9:127.0.0.1,", canonical);
        Assert.Equal(
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData([.. Encoding.ASCII.GetBytes(new string('0', 64)),
                .. AuditChain.Canonical(row)])),
            AuditChain.Hash(AuditChain.Genesis, row));
        Assert.NotEqual(AuditChain.Hash(AuditChain.Genesis, row), AuditChain.Hash(AuditChain.Genesis, Row(7, "张检察 ", row.At)));
    }

    [Fact]
    public async Task An_intact_log_verifies_with_its_head_and_odd_text_round_trips_exactly()
    {
        var audit = new AuditLog(fixture.Connection, TimeProvider.System);
        await audit.WriteAsync("张检察", Roles.Investigator, "query { x\0 \uD800 }" + new string('查', 1985) + "😀", ["p_1"], "::1", default);
        await WriteAsync(4);

        var head = await AuditVerifier.HeadAsync(fixture.Connection, default);
        var result = await AuditVerifier.VerifyAsync(fixture.Connection, head, default);

        Assert.True(result.Intact, result.Break?.Message);
        Assert.True(result.KeptHeadFound);
        Assert.Equal((5L, 0L, head), (result.RowsChecked, result.RowsBeforeChain, result.Head));
        Assert.Equal(5, head!.Id);
        await using var context = fixture.CreateContext();
        var first = await context.AuditLog.SingleAsync(r => r.Id == 1);
        Assert.Equal(1999, first.Operation.Length);
        Assert.StartsWith("query { x\uFFFD \uFFFD }查", first.Operation, StringComparison.Ordinal);
        Assert.Equal(first.At, AuditChain.Truncate(first.At));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task An_edited_actor_is_named_as_changed_after_it_was_written(long id)
    {
        await WriteAsync(5);
        await OwnerAsync($"UPDATE audit_log SET actor = '某人' WHERE id = {id}");

        var found = await BreakAsync();

        Assert.Equal((AuditBreakKind.Changed, id), (found.Kind, found.RowId));
        Assert.Matches(
            $@"^row {id} \(\d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d UTC, actor 某人\): " +
                "its content does not match its hash — changed after it was written" +
                (id == 1 ? "$" : @" \(or, if it reads as it was, row 2 before it was changed and its hash recomputed\)$"),
            found.Message);
    }

    [Fact]
    public async Task An_edit_whose_own_hash_was_recomputed_shows_at_the_next_row_and_the_message_points_back()
    {
        await WriteAsync(5);
        await using (var context = fixture.CreateContext())
        {
            var rows = await context.AuditLog.OrderBy(r => r.Id).Take(3).ToListAsync();
            rows[2].Actor = "某人";
            await OwnerAsync($"UPDATE audit_log SET actor = '某人', hash = '{AuditChain.Hash(rows[1].Hash!, rows[2])}' WHERE id = 3");
        }

        var found = await BreakAsync();

        Assert.Equal((AuditBreakKind.Changed, 4L), (found.Kind, found.RowId));
        Assert.EndsWith(
            "(or, if it reads as it was, row 3 before it was changed and its hash recomputed)",
            found.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_deleted_from_the_start_are_named_as_deleted()
    {
        await WriteAsync(5);
        await OwnerAsync("DELETE FROM audit_log WHERE id <= 2");

        var found = await BreakAsync();

        Assert.Equal((AuditBreakKind.Deleted, 3L), (found.Kind, found.RowId));
        Assert.EndsWith("rows 1 to 2 before it are missing — deleted (the log starts at row 3)", found.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_middle_row_is_named_as_a_gap_and_a_deletion_hidden_by_renumbering_too()
    {
        await WriteAsync(6);
        await OwnerAsync("DELETE FROM audit_log WHERE id = 3");

        var gap = await BreakAsync();

        Assert.Equal((AuditBreakKind.Deleted, 4L), (gap.Kind, gap.RowId));
        Assert.Contains("row 3 before it is missing — deleted (the log jumps from row 2)", gap.Message, StringComparison.Ordinal);

        await OwnerAsync("UPDATE audit_log SET id = -id WHERE id > 3; UPDATE audit_log SET id = -id - 1 WHERE id < 0;");
        var renumbered = await BreakAsync();

        Assert.Equal((AuditBreakKind.Deleted, 3L), (renumbered.Kind, renumbered.RowId));
        Assert.Contains(
            "a row before it was deleted and the rows from here on renumbered (this row was row 4)",
            renumbered.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_row_in_the_middle_is_named_as_inserted_and_one_at_the_end_as_changed_or_appended()
    {
        await WriteAsync(5);
        await OwnerAsync("UPDATE audit_log SET id = -id WHERE id >= 3; UPDATE audit_log SET id = -id + 1 WHERE id < 0;");
        await OwnerAsync(Insert(3, "伪造者", new string('a', 64)));

        var inserted = await BreakAsync();

        Assert.Equal((AuditBreakKind.Inserted, 3L), (inserted.Kind, inserted.RowId));
        Assert.Contains("actor 伪造者): it is not part of the chain", inserted.Message, StringComparison.Ordinal);
        Assert.Contains("renumbered (row 4 was row 3)", inserted.Message, StringComparison.Ordinal);

        await fixture.ResetAsync();
        await WriteAsync(5);
        await OwnerAsync(Insert(6, "伪造者", new string('b', 64)));
        var appended = await BreakAsync();

        Assert.Equal((AuditBreakKind.ChangedOrAppended, 6L), (appended.Kind, appended.RowId));
        Assert.Contains("added at the end with a made-up hash", appended.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, 5)]
    [InlineData(3, 4)]
    public async Task Two_rows_that_changed_places_are_named_as_reordered(int first, int second)
    {
        await WriteAsync(6);
        await OwnerAsync($"""
            UPDATE audit_log SET id = -1 WHERE id = {first};
            UPDATE audit_log SET id = {first} WHERE id = {second};
            UPDATE audit_log SET id = {second} WHERE id = -1;
            """);

        var found = await BreakAsync();

        Assert.Equal((AuditBreakKind.Reordered, (long)first), (found.Kind, found.RowId));
        Assert.Contains($"row {second}", found.Message, StringComparison.Ordinal);
        Assert.EndsWith("reordered", found.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_log_rewritten_with_recomputed_hashes_passes_alone_and_fails_against_the_head_kept_before()
    {
        await WriteAsync(6);
        var kept = await AuditVerifier.HeadAsync(fixture.Connection, default);
        await OwnerAsync("UPDATE audit_log SET actor = '某人' WHERE id = 3");
        await RehashAsync();

        var alone = await AuditVerifier.VerifyAsync(fixture.Connection, null, default);
        var found = await BreakAsync(kept);

        Assert.True(alone.Intact, alone.Break?.Message);
        Assert.Equal((AuditBreakKind.Rewritten, 6L), (found.Kind, found.RowId));
        Assert.Contains(
            "not " + kept!.Hash[..16] + "… as the head kept earlier says — the log was rewritten",
            found.Message,
            StringComparison.Ordinal);

        await OwnerAsync("DELETE FROM audit_log WHERE id >= 5");
        var cut = await BreakAsync(kept);

        Assert.Equal((AuditBreakKind.Truncated, 6L), (cut.Kind, cut.RowId));
        Assert.Contains("ends at row 4 — rows were deleted from its end", cut.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_before_the_chain_began_are_counted_not_failed_but_a_row_without_hash_inside_the_chain_breaks_it()
    {
        await OwnerAsync(string.Join(';', Enumerable.Range(1, 3).Select(i => Insert(i, "旧记录", null))));
        await WriteAsync(3);

        var result = await AuditVerifier.VerifyAsync(fixture.Connection, null, default);

        Assert.True(result.Intact, result.Break?.Message);
        Assert.Equal((3L, 3L, 6L), (result.RowsChecked, result.RowsBeforeChain, result.Head!.Id));

        await OwnerAsync("UPDATE audit_log SET hash = NULL WHERE id = 5");
        var found = await BreakAsync();

        Assert.Equal((AuditBreakKind.Unhashed, 5L), (found.Kind, found.RowId));
        Assert.Contains("it has no hash although the chain began before it", found.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fifty_concurrent_writers_through_two_logs_keep_one_chain_with_every_row()
    {
        var logs = new[] { new AuditLog(fixture.Connection, TimeProvider.System), new AuditLog(fixture.Connection, TimeProvider.System) };

        await Task.WhenAll(Enumerable.Range(0, 50).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                await logs[writer % 2].WriteAsync($"writer-{writer}", Roles.Investigator, $"query {i}", [$"p_{i}"], "127.0.0.1", default);
            }
        })));

        var result = await AuditVerifier.VerifyAsync(fixture.Connection, null, default);
        await using var context = fixture.CreateContext();
        Assert.True(result.Intact, result.Break?.Message);
        Assert.Equal(500, result.RowsChecked);
        Assert.Equal(500, await context.AuditLog.CountAsync());
        Assert.Equal(500, await context.AuditLog.MaxAsync(r => r.Id));
    }

    private static AuditRow Row(long id, string actor, DateTime at) => new()
    {
        Id = id,
        At = at,
        Actor = actor,
        Role = Roles.Investigator,
        Operation = "query { x }",
        Entities = "p_1 p_2",
        Address = "127.0.0.1",
    };

    private static string Insert(long id, string actor, string? hash) =>
        $"INSERT INTO audit_log (id, at, actor, role, operation, entities, address, hash) VALUES ({id}, " +
            $"'2026-12-03 10:00:00', '{actor}', 'investigator', 'query', '', 'x', {(hash is null ? "NULL" : $"'{hash}'")})";

    private async Task WriteAsync(int count)
    {
        var audit = new AuditLog(fixture.Connection, TimeProvider.System);
        for (var i = 0; i < count; i++)
        {
            await audit.WriteAsync(
                Actors[i % Actors.Length],
                Roles.Investigator,
                $"query Look{i} {{ person }}",
                [$"p_{i}"],
                "127.0.0.1",
                default);
        }
    }

    // The database owner: drops the append-only triggers and runs SQL.
    private async Task OwnerAsync(string sql)
    {
        await using var context = fixture.CreateContext();
        await context.Database.ExecuteSqlRawAsync(fixture.Provider == StoreProvider.Postgres
            ? "DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log"
            : "DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;");
        await context.Database.ExecuteSqlRawAsync(sql);
    }

    // The owner who knows the algorithm (it is public) recomputes every hash after his edit.
    private async Task RehashAsync()
    {
        await using var context = fixture.CreateContext();
        var previous = AuditChain.Genesis;
        foreach (var row in await context.AuditLog.OrderBy(r => r.Id).ToListAsync())
        {
            row.Hash = AuditChain.Hash(previous, row);
            previous = row.Hash;
        }

        await context.SaveChangesAsync();
    }

    private async Task<AuditBreak> BreakAsync(AuditHead? kept = null)
    {
        var result = await AuditVerifier.VerifyAsync(fixture.Connection, kept, default);
        Assert.False(result.Intact, "the verifier found nothing");
        return result.Break!;
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresAuditChainTests(PostgresFixture fixture) : AuditChainTests(fixture);

[Collection(SqliteCollection.Name)]
public sealed class SqliteAuditChainTests(SqliteFixture fixture) : AuditChainTests(fixture);
