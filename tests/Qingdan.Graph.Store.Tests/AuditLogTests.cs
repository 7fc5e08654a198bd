using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Store.Security;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Store.Tests;

/// <summary>The audit log is append-only on both databases, and keys verify only with their secret.</summary>
public abstract class AuditLogTests(StoreFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Update_and_delete_of_the_audit_log_are_refused_by_a_trigger()
    {
        await new AuditLog(fixture.Connection, TimeProvider.System).WriteAsync(
            "张检察",
            Roles.Investigator,
            "query { person }",
            ["p_1"],
            "127.0.0.1",
            CancellationToken.None);
        await using var context = fixture.CreateContext();

        var update = await Assert.ThrowsAnyAsync<Exception>(() => context.Database.ExecuteSqlRawAsync("UPDATE audit_log SET actor = 'x'"));
        var delete = await Assert.ThrowsAnyAsync<Exception>(() => context.Database.ExecuteSqlRawAsync("DELETE FROM audit_log"));

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        Assert.Equal("张检察", (await context.AuditLog.SingleAsync()).Actor);
    }

    [Fact]
    public async Task A_key_verifies_with_its_secret_only_and_not_after_revocation()
    {
        var keys = new ApiKeys(fixture.Connection, TimeProvider.System);
        var (row, token) = await keys.CreateAsync("analyst-1", Roles.Analyst, CancellationToken.None);

        Assert.Equal(row.Id, (await keys.VerifyAsync(token, CancellationToken.None))?.Id);
        Assert.Null(await keys.VerifyAsync(token[..^1] + (token[^1] == 'a' ? 'b' : 'a'), CancellationToken.None));
        Assert.DoesNotContain(token.Split('_')[2], (await keys.ListAsync(CancellationToken.None)).Single().Hash, StringComparison.Ordinal);
        Assert.True(await keys.RevokeAsync("analyst-1", CancellationToken.None));
        Assert.Null(await keys.VerifyAsync(token, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => keys.CreateAsync("x", "superuser", CancellationToken.None));
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresAuditLogTests(PostgresFixture fixture) : AuditLogTests(fixture);

[Collection(SqliteCollection.Name)]
public sealed class SqliteAuditLogTests(SqliteFixture fixture) : AuditLogTests(fixture);
