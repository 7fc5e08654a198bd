using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Qingdan.Graph.Store.Findings;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Store.Tests;

/// <summary>SQLite's sweep lease: a killed sweep's lease lapses, a live one is renewed and refuses others.</summary>
[Collection(SqliteCollection.Name)]
public sealed class SqliteSweepLeaseTests(SqliteFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_lease_left_by_a_killed_sweep_lapses_and_a_live_one_refuses_naming_its_holder()
    {
        var now = DateTime.UtcNow;
        await using (var context = fixture.CreateContext())
        {
            context.Leases.Add(new LeaseRow
            {
                Name = SweepLock.LeaseName,
                Holder = "host:4242:killed",
                AcquiredAt = now.AddMinutes(-5),
                ExpiresAt = now.AddMinutes(-4)
            });
            await context.SaveChangesAsync();
        }

        await using (await SweepLock.AcquireAsync(fixture.Connection, "host:1:next", TimeProvider.System, CancellationToken.None))
        {
            var busy = await Assert.ThrowsAsync<SweepBusyException>(
                () => SweepLock.AcquireAsync(fixture.Connection, "host:2:third", TimeProvider.System, CancellationToken.None));
            Assert.Contains("host:1:next", busy.Message, StringComparison.Ordinal);
        }

        await using var after = fixture.CreateContext();
        Assert.Equal(0, await after.Leases.CountAsync());
    }

    [Fact]
    public async Task A_held_lease_is_renewed_before_it_lapses()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var held = await SweepLock.AcquireAsync(fixture.Connection, "host:1:long", time, CancellationToken.None);
        var first = await ExpiryAsync();

        time.Advance((SweepLock.LeaseTime / 3) + TimeSpan.FromSeconds(1));
        var renewed = first;
        for (var attempt = 0; attempt < 50 && renewed == first; attempt++)
        {
            await Task.Delay(100);
            renewed = await ExpiryAsync();
        }

        Assert.True(renewed > first, $"lease still expires at {first:O}");
    }

    private async Task<DateTime> ExpiryAsync()
    {
        await using var context = fixture.CreateContext();
        return (await context.Leases.AsNoTracking().SingleAsync()).ExpiresAt;
    }
}

/// <summary>PostgreSQL's sweep lock is a session advisory lock: it goes with the connection of a killed sweep.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSweepLockTests(PostgresFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_advisory_lock_of_a_killed_sweep_goes_with_its_connection()
    {
        var killed = new NpgsqlConnection(fixture.Connection.ConnectionString);
        await killed.OpenAsync();
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({SweepLock.Key})", killed))
        {
            await take.ExecuteScalarAsync();
        }

        await Assert.ThrowsAsync<SweepBusyException>(
            () => SweepLock.AcquireAsync(fixture.Connection, "next", TimeProvider.System, CancellationToken.None));

        // The process dies: its connection closes (not returned to a pool).
        await using (var terminate = new NpgsqlCommand("SELECT pg_terminate_backend(pg_backend_pid())", killed))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => terminate.ExecuteScalarAsync());
        }

        await killed.DisposeAsync();
        await using var next = await SweepLock.AcquireAsync(fixture.Connection, "next", TimeProvider.System, CancellationToken.None);
        Assert.NotNull(next);
    }
}
