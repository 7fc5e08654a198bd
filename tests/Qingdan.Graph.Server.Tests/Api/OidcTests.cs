using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qingdan.Graph.Server.Api;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Server.Tests.Api;

/// <summary>Single sign-on through the live server, against an OpenID Connect provider the test serves on loopback.</summary>
public sealed class OidcTests(OidcFixture api) : IClassFixture<OidcFixture>
{
    private const string Viewer = """{"query":"{ viewer { name role scope } }"}""";

    [Fact]
    public async Task An_analysts_token_is_200_with_its_name_role_and_scope_and_sees_identity_numbers_masked()
    {
        using var client = api.ClientWith(api.Token("analyst", "4408 a_1"));

        var viewer = await PostAsync(client, Viewer);
        var person = await PostAsync(client, """{"query":"{ person(id: \"p_1\") { idNumber } }"}""");

        Assert.Equal("""{"data":{"viewer":{"name":"oidc:zhang","role":"ANALYST","scope":"4408,a_1"}}}""", viewer);
        Assert.Contains("440802********0017", person, StringComparison.Ordinal);
        Assert.DoesNotContain("440802196803150017", person, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tokens_scope_is_applied_an_official_outside_it_is_FORBIDDEN_SCOPE()
    {
        // p_1 heads a city bureau (440800): outside a district scope.
        using var client = api.ClientWith(api.Token("investigator", "440802"));

        var person = await PostAsync(client, """{"query":"{ person(id: \"p_1\") { name } }"}""");

        Assert.Contains("FORBIDDEN_SCOPE", person, StringComparison.Ordinal);
        Assert.DoesNotContain("王建国", person, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("admin", HttpStatusCode.Created)]
    [InlineData("investigator", HttpStatusCode.Forbidden)]
    [InlineData(null, HttpStatusCode.Forbidden)]
    public async Task Uploads_sign_in_as_graphql_does_an_admins_token_may_upload_and_others_may_not(string? role, HttpStatusCode expected)
    {
        using var client = api.ClientWith(api.Token(role, user: "uploader"));
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent("ref,name\np1,王\n"u8.ToArray()), "file", "people.csv");

        using var response = await client.PostAsync("/ingest/uploads", form);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task An_investigators_token_reads_identity_numbers_whole_and_its_read_is_audited_as_the_oidc_actor()
    {
        using var client = api.ClientWith(api.Token("investigator", user: "li"));

        var person = await PostAsync(client, """{"query":"query LiReadsWang { person(id: \"p_1\") { idNumber } }"}""");

        Assert.Contains("440802196803150017", person, StringComparison.Ordinal);
        await using var context = api.Connection.CreateContext();
        var row = await context.AuditLog.SingleAsync(r => r.Operation.Contains("LiReadsWang"));
        Assert.Equal(("oidc:li", "investigator"), (row.Actor, row.Role));
    }

    [Fact]
    public async Task A_scope_claim_given_as_a_JSON_array_reaches_the_principal_in_canonical_form()
    {
        using var client = api.ClientWith(api.Token("investigator", new[] { "a_3", "44080200" }));

        Assert.Contains("\"scope\":\"440802,a_3\"", await PostAsync(client, Viewer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_without_a_scope_claim_is_unscoped()
        => Assert.Contains("\"scope\":null", await PostAsync(api.ClientWith(api.Token("admin")), Viewer), StringComparison.Ordinal);

    [Fact]
    public async Task A_token_signed_with_another_key_is_401_even_under_the_providers_key_id()
    {
        var forger = OidcProvider.NewKey(api.Provider.Key.KeyId!);
        var stranger = OidcProvider.NewKey("stranger");

        foreach (var key in new[] { forger, stranger })
        {
            var token = api.Provider.Issue(OidcFixture.Claims("admin"), OidcFixture.Audience, key: key);
            await AssertInvalidAsync(token, "its signature does not verify");
        }
    }

    [Fact]
    public async Task An_expired_token_is_401()
        => await AssertInvalidAsync(
            api.Provider.Issue(OidcFixture.Claims("admin"), OidcFixture.Audience, expires: DateTimeOffset.UtcNow.AddMinutes(-2)),
            "it expired at");

    [Fact]
    public async Task A_token_of_another_issuer_is_401()
        => await AssertInvalidAsync(
            api.Provider.Issue(OidcFixture.Claims("admin"), OidcFixture.Audience, issuer: "https://idp.elsewhere.example"),
            "its issuer (iss) is not the provider's");

    [Fact]
    public async Task A_token_for_another_audience_is_401()
        => await AssertInvalidAsync(
            api.Provider.Issue(OidcFixture.Claims("admin"), "another-app"),
            "its audience (aud) is not qingdan-test");

    [Theory]
    [InlineData(null, null, "The token carries no Qingdan role: its 'role' claim is missing")]
    [InlineData("superuser", null, "The token carries no Qingdan role: its 'role' claim holds 'superuser'")]
    [InlineData("analyst", "4408,county-7", "The token's 'qingdan_scope' claim is not a scope: 'county-7' is neither")]
    [InlineData("analyst", " ", "The token's 'qingdan_scope' claim is empty")]
    public async Task A_valid_token_without_a_role_or_with_a_bad_scope_is_403_and_audited(string? role, string? scope, string message)
    {
        var user = "denied-" + Guid.NewGuid().ToString("N")[..8];
        using var client = api.ClientWith(api.Token(role, scope, user));

        using var response = await client.PostAsync("/graphql", Json(Viewer));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, body, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"FORBIDDEN\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", body, StringComparison.Ordinal);
        await using var context = api.Connection.CreateContext();
        var row = await context.AuditLog.SingleAsync(r => r.Actor == "oidc:" + user);
        Assert.StartsWith("sign-in refused: " + message, row.Operation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_key_rotation_at_the_provider_a_token_with_the_new_key_works_and_one_with_the_old_key_does_not()
    {
        var before = api.Provider.Key;
        using (var old = api.ClientWith(api.Token("admin")))
        {
            Assert.Contains("oidc:zhang", await PostAsync(old, Viewer), StringComparison.Ordinal);
        }

        var fetches = api.Provider.KeyFetches;
        api.Provider.Rotate("key-" + Guid.NewGuid().ToString("N")[..8]);
        using var rotated = api.ClientWith(api.Token("admin"));

        // The unknown key id makes the handler refetch the keys, at most once a second (RefreshIntervalSeconds): within a few
        // tries, without a restart.
        var status = HttpStatusCode.Unauthorized;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        for (var attempt = 0; attempt < 50 && status != HttpStatusCode.OK; attempt++)
        {
            using var response = await rotated.PostAsync("/graphql", Json(Viewer));
            status = response.StatusCode;
            if (status != HttpStatusCode.OK)
            {
                await Task.Delay(200);
            }
        }

        Assert.True(status == HttpStatusCode.OK, $"still {status} after {waited.Elapsed}");
        Assert.True(api.Provider.KeyFetches > fetches);
        await AssertInvalidAsync(
            api.Provider.Issue(OidcFixture.Claims("admin"), OidcFixture.Audience, key: before),
            "its signature does not verify");
    }

    [Fact]
    public async Task API_keys_work_beside_tokens()
    {
        using var client = api.ClientWith(api.Keys["analyst"]);

        Assert.Equal(
            """{"data":{"viewer":{"name":"test-analyst","role":"ANALYST","scope":null}}}""",
            await PostAsync(client, Viewer));
        using var revoked = await api.ClientWith(api.Keys["revoked"]).PostAsync("/graphql", Json(Viewer));
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        Assert.Contains("The API key is unknown, wrong or revoked.", await revoked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_that_is_not_a_JWT_is_taken_for_a_key_and_refused_as_one()
    {
        using var response = await api.ClientWith("not-a-token").PostAsync("/graphql", Json(Viewer));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("The API key is unknown, wrong or revoked.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://idp.example.org", "false", "is not a loopback address")]
    [InlineData("http://10.1.2.3:8080", "false", "is not a loopback address")]
    [InlineData("http://idp.example.org", "true", "is not https://")]
    [InlineData("https://idp.example.org", null, "Auth:Oidc:Audience is needed")]
    public void Settings_that_cannot_be_used_stop_the_server_from_starting(string authority, string? requireHttps, string message)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Auth:Oidc:Authority"] = authority,
            ["Auth:Oidc:Audience"] = requireHttps is null ? null : "qingdan",
            ["Auth:Oidc:RequireHttpsMetadata"] = requireHttps,
        };

        var refused = Assert.Throws<ArgumentException>(() => ApiHost.Build(api.Connection, "http://127.0.0.1:0", settings));

        Assert.Contains(message, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_provider_that_cannot_be_reached_is_503_and_a_server_without_OIDC_takes_a_JWT_for_a_wrong_key()
    {
        var dead = "http://127.0.0.1:" + FreePort();
        var token = api.Provider.Issue(OidcFixture.Claims("admin"), OidcFixture.Audience, issuer: dead);
        var unreachable = new Dictionary<string, string?>
        {
            ["Auth:Oidc:Authority"] = dead,
            ["Auth:Oidc:Audience"] = OidcFixture.Audience,
            ["Auth:Oidc:RequireHttpsMetadata"] = "false",
        };

        using var down = await SendToAnotherServerAsync(unreachable, token);
        using var off = await SendToAnotherServerAsync(null, token);

        Assert.True(down.StatusCode == HttpStatusCode.ServiceUnavailable, await down.Content.ReadAsStringAsync());
        var body = await down.Content.ReadAsStringAsync();
        Assert.Contains("PROVIDER_UNAVAILABLE", body, StringComparison.Ordinal);
        Assert.Contains($"The identity provider {dead} did not give its keys", body, StringComparison.Ordinal);
        Assert.Equal("5", down.Headers.RetryAfter?.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, off.StatusCode);
        Assert.Equal("Bearer", off.Headers.WwwAuthenticate.ToString());
        Assert.Contains("The API key is unknown, wrong or revoked.", await off.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<string> PostAsync(HttpClient client, string body)
    {
        using var response = await client.PostAsync("/graphql", Json(body));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return text;
    }

    private async Task AssertInvalidAsync(string token, string reason)
    {
        using var response = await api.ClientWith(token).PostAsync("/graphql", Json(Viewer));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith("Bearer error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(body.Contains("The token is not accepted: " + reason, StringComparison.Ordinal), body);
        Assert.DoesNotContain("\"data\"", body, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> SendToAnotherServerAsync(IDictionary<string, string?>? settings, string token)
    {
        await using var app = ApiHost.Build(api.Connection, "http://127.0.0.1:0", settings);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        var response = await client.PostAsync("/graphql", Json(Viewer));
        await response.Content.LoadIntoBufferAsync();
        await app.StopAsync();
        return response;
    }
}
