using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Server.Tests.Api;

/// <summary>A key's expiry, rotation, last use and scope, through the live server.</summary>
public abstract class KeyLifecycleTests(ApiFixture api)
{
    private const string Viewer = """{"query":"{ viewer { name role scope } }"}""";

    [Fact]
    public async Task An_expired_key_is_401_saying_it_has_expired_and_a_wrong_secret_for_it_is_not_told_so()
    {
        // Created as of two hours ago, to expire an hour ago.
        var then = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-2));
        var (_, token) = await new ApiKeys(api.Connection, then).CreateAsync(
            Unique("expired"),
            Roles.Investigator,
            null,
            then.GetUtcNow().AddHours(1),
            CancellationToken.None);

        var (status, body, challenge) = await PostAsync(token);
        var (wrongStatus, wrongBody, _) = await PostAsync(token[..^2] + (token[^2..] == "xx" ? "yy" : "xx"));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("The API key has expired (at ", body, StringComparison.Ordinal);
        Assert.Contains("Bearer", challenge, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongStatus);
        Assert.Contains("unknown, wrong or revoked", wrongBody, StringComparison.Ordinal);
        Assert.DoesNotContain("expired", wrongBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rotated_keys_old_secret_works_during_its_grace_period_and_not_after_a_rotation_without_grace()
    {
        var keys = new ApiKeys(api.Connection, TimeProvider.System);
        var name = Unique("rotated");
        var (_, original) = await keys.CreateAsync(name, Roles.Analyst, CancellationToken.None);
        var (_, second) = (await keys.RotateAsync(name, TimeSpan.FromHours(1), CancellationToken.None))!.Value;

        var originalDuringGrace = (await PostAsync(original)).Status;
        var secondAfterFirstRotation = (await PostAsync(second)).Status;
        var (_, third) = (await keys.RotateAsync(name, TimeSpan.Zero, CancellationToken.None))!.Value;

        Assert.Equal(HttpStatusCode.OK, originalDuringGrace);
        Assert.Equal(HttpStatusCode.OK, secondAfterFirstRotation);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(original)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(second)).Status);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(third)).Status);
    }

    [Fact]
    public async Task A_request_leaves_the_keys_last_use_with_the_clients_address()
    {
        var keys = new ApiKeys(api.Connection, TimeProvider.System);
        var (row, token) = await keys.CreateAsync(Unique("used"), Roles.Analyst, CancellationToken.None);
        var before = DateTime.UtcNow;

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(token)).Status);

        // Written in the background, off the request's path: wait for it, a few seconds at most.
        ApiKeyRow? used = null;
        for (var attempt = 0; attempt < 100 && used?.LastUsedAddress is null; attempt++)
        {
            await Task.Delay(50);
            used = (await keys.ListAsync(CancellationToken.None)).Single(k => k.Id == row.Id);
        }

        Assert.Equal("127.0.0.1", used?.LastUsedAddress);
        Assert.InRange(used!.LastUsedAt!.Value, before.AddMinutes(-1), DateTime.UtcNow);
        Assert.Equal(0, used.LastUsedAt.Value.Second);
    }

    [Fact]
    public async Task A_scoped_keys_principal_carries_its_scope_and_an_unscoped_one_none()
    {
        var keys = new ApiKeys(api.Connection, TimeProvider.System);
        var name = Unique("county");
        var (_, scoped) = await keys.CreateAsync(name, Roles.Investigator, AccessScope.Parse("a_12 440802"), null, CancellationToken.None);

        var (status, body, _) = await PostAsync(scoped);
        var (_, unscoped, _) = await PostAsync(api.Keys["investigator"]);

        Assert.Equal(HttpStatusCode.OK, status);
        using var viewer = JsonDocument.Parse(body);
        var fields = viewer.RootElement.GetProperty("data").GetProperty("viewer");
        Assert.Equal(name, fields.GetProperty("name").GetString());
        Assert.Equal("440802,a_12", fields.GetProperty("scope").GetString());
        Assert.Contains("\"scope\":null", unscoped, StringComparison.Ordinal);
    }

    private static string Unique(string name) => $"{name}-{Guid.NewGuid():N}";

    private async Task<(HttpStatusCode Status, string Body, string Challenge)> PostAsync(string token)
    {
        using var client = api.ClientWith(token);
        using var response = await client.PostAsync("/graphql", new StringContent(Viewer, Encoding.UTF8, "application/json"));
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.WwwAuthenticate.ToString());
    }
}

[Collection(ApiCollection.Name)]
public sealed class SqliteKeyLifecycleTests(ApiFixture api) : KeyLifecycleTests(api);

[Collection(PostgresApiCollection.Name)]
public sealed class PostgresKeyLifecycleTests(PostgresApiFixture api) : KeyLifecycleTests(api);
