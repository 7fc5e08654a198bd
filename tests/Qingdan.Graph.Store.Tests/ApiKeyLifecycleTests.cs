using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Qingdan.Graph.Store.Security;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Store.Tests;

/// <summary>A key's life on both databases: scope, expiry, rotation with a grace period, revocation, last use.</summary>
public abstract class ApiKeyLifecycleTests(StoreFixture fixture) : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 5, 1, 10, 0, 10, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Start);

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_key_works_until_its_expiry_and_is_then_told_expired_only_to_a_holder_of_its_secret()
    {
        var keys = new ApiKeys(fixture.Connection, _time);
        var (row, token) = await keys.CreateAsync("张检察", Roles.Investigator, null, Start.AddHours(1), CancellationToken.None);

        var before = await keys.CheckAsync(token, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(59));
        var justBefore = await keys.VerifyAsync(token, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1));
        var after = await keys.CheckAsync(token, CancellationToken.None);

        Assert.False(before!.Expired);
        Assert.Equal(row.Id, justBefore?.Id);
        Assert.True(after!.Expired);
        Assert.Equal(Start.AddHours(1).UtcDateTime, after.Key.ExpiresAt);
        Assert.Null(await keys.VerifyAsync(token, CancellationToken.None));
        Assert.Null(await keys.CheckAsync(token[..^2] + "xx", CancellationToken.None));
    }

    [Fact]
    public async Task An_expiry_in_the_past_is_refused_and_no_key_is_written()
    {
        var keys = new ApiKeys(fixture.Connection, _time);

        var refused = await Assert.ThrowsAsync<ArgumentException>(
            () => keys.CreateAsync("late", Roles.Analyst, null, Start.AddSeconds(-1), CancellationToken.None));

        Assert.Contains("not in the future", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await keys.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_scope_is_stored_in_its_canonical_form()
    {
        var keys = new ApiKeys(fixture.Connection, _time);

        await keys.CreateAsync("county", Roles.Investigator, AccessScope.Parse("a_12, 440802 4408000000"), null, CancellationToken.None);
        await keys.CreateAsync("everything", Roles.Admin, CancellationToken.None);

        var listed = await keys.ListAsync(CancellationToken.None);
        Assert.Equal("4408,440802,a_12", listed[0].Scope);
        Assert.Null(listed[1].Scope);
        Assert.Null(listed[1].ExpiresAt);
    }

    [Fact]
    public async Task A_rotated_key_takes_its_new_secret_and_its_old_one_until_the_grace_period_ends()
    {
        var keys = new ApiKeys(fixture.Connection, _time);
        var (row, original) = await keys.CreateAsync("robot", Roles.Analyst, CancellationToken.None);

        var id = row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (rotated, fresh) = (await keys.RotateAsync(id, TimeSpan.FromHours(2), CancellationToken.None))!.Value;

        Assert.StartsWith($"qd_{row.Id}_", fresh, StringComparison.Ordinal);
        Assert.NotEqual(original, fresh);
        Assert.Equal(Start.AddHours(2).UtcDateTime, rotated.PreviousValidUntil);
        Assert.Equal(row.Id, (await keys.VerifyAsync(fresh, CancellationToken.None))?.Id);
        _time.Advance(TimeSpan.FromHours(2) - TimeSpan.FromSeconds(1));
        Assert.Equal(row.Id, (await keys.VerifyAsync(original, CancellationToken.None))?.Id);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(await keys.CheckAsync(original, CancellationToken.None));
        Assert.Equal(row.Id, (await keys.VerifyAsync(fresh, CancellationToken.None))?.Id);
    }

    [Fact]
    public async Task A_second_rotation_replaces_the_kept_secret_and_revocation_ends_both()
    {
        var keys = new ApiKeys(fixture.Connection, _time);
        var (_, first) = await keys.CreateAsync("robot", Roles.Analyst, CancellationToken.None);
        var (_, second) = (await keys.RotateAsync("robot", TimeSpan.FromDays(7), CancellationToken.None))!.Value;
        var (_, third) = (await keys.RotateAsync("robot", TimeSpan.FromDays(7), CancellationToken.None))!.Value;

        Assert.Null(await keys.VerifyAsync(first, CancellationToken.None));
        Assert.NotNull(await keys.VerifyAsync(second, CancellationToken.None));
        Assert.NotNull(await keys.VerifyAsync(third, CancellationToken.None));

        Assert.True(await keys.RevokeAsync("robot", CancellationToken.None));

        Assert.Null(await keys.VerifyAsync(second, CancellationToken.None));
        Assert.Null(await keys.VerifyAsync(third, CancellationToken.None));
        Assert.Null(await keys.RotateAsync("robot", TimeSpan.FromDays(1), CancellationToken.None));
    }

    [Fact]
    public async Task A_rotation_without_grace_ends_the_old_secret_at_once_and_an_ambiguous_name_is_refused()
    {
        var keys = new ApiKeys(fixture.Connection, _time);
        var (_, old) = await keys.CreateAsync("robot", Roles.Analyst, CancellationToken.None);
        await keys.CreateAsync("twin", Roles.Analyst, CancellationToken.None);
        await keys.CreateAsync("twin", Roles.Analyst, CancellationToken.None);

        var (row, fresh) = (await keys.RotateAsync("robot", TimeSpan.Zero, CancellationToken.None))!.Value;
        var ambiguous = await Assert.ThrowsAsync<ArgumentException>(() => keys.RotateAsync("twin", TimeSpan.Zero, CancellationToken.None));

        Assert.Null(await keys.VerifyAsync(old, CancellationToken.None));
        Assert.NotNull(await keys.VerifyAsync(fresh, CancellationToken.None));
        Assert.Null(row.PreviousHash);
        Assert.Contains("names 2 live keys", ambiguous.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Last_use_is_written_to_the_minute_once_a_minute_not_once_a_request()
    {
        var keys = new ApiKeys(fixture.Connection, _time);
        var (_, token) = await keys.CreateAsync("robot", Roles.Analyst, CancellationToken.None);
        var key = (await keys.VerifyAsync(token, CancellationToken.None))!;

        var first = await keys.RecordUseAsync(key, "10.0.0.7", CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(40));
        var sameMinute = await keys.RecordUseAsync(key, "10.0.0.8", CancellationToken.None);
        var otherProcess = await new ApiKeys(fixture.Connection, _time).RecordUseAsync(
            (await keys.VerifyAsync(token, CancellationToken.None))!,
            "10.0.0.9",
            CancellationToken.None);
        var written = await UseOfAsync(key.Id);
        _time.Advance(TimeSpan.FromSeconds(20));
        var nextMinute = await keys.RecordUseAsync(key, "10.0.0.8", CancellationToken.None);

        Assert.True(first);
        Assert.False(sameMinute);
        Assert.False(otherProcess);
        Assert.Equal((new DateTime(2026, 5, 1, 10, 0, 0, DateTimeKind.Utc), "10.0.0.7"), written);
        Assert.True(nextMinute);
        Assert.Equal((new DateTime(2026, 5, 1, 10, 1, 0, DateTimeKind.Utc), "10.0.0.8"), await UseOfAsync(key.Id));
    }

    private async Task<(DateTime?, string?)> UseOfAsync(long id)
    {
        await using var context = fixture.CreateContext();
        var row = await context.ApiKeys.AsNoTracking().SingleAsync(k => k.Id == id);
        return (row.LastUsedAt is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null, row.LastUsedAddress);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresApiKeyLifecycleTests(PostgresFixture fixture) : ApiKeyLifecycleTests(fixture);

[Collection(SqliteCollection.Name)]
public sealed class SqliteApiKeyLifecycleTests(SqliteFixture fixture) : ApiKeyLifecycleTests(fixture);
