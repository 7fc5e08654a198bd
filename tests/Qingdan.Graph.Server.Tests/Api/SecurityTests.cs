using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Qingdan.Graph.Server.Tests.Api;

/// <summary>Keys, roles, masking and the audit log, through the live server.</summary>
public abstract class SecurityTests(ApiFixture api)
{
    [Theory]
    [InlineData(null, "An API key is needed")]
    [InlineData("qd_1_not-the-secret", "unknown, wrong or revoked")]
    [InlineData("Basic abc", "unknown, wrong or revoked")]
    [InlineData("revoked", "unknown, wrong or revoked")]
    public async Task No_key_a_wrong_key_or_a_revoked_key_is_401(string? key, string message)
    {
        using var client = api.ClientWith(key == "revoked" ? api.Keys["revoked"] : key);

        using var response = await client.PostAsync("/graphql", Json("""{"query":"{ __typename }"}"""));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyst_sees_identity_numbers_masked_everywhere_and_cannot_filter_or_search_on_them()
    {
        using var analyst = api.ClientWith(api.Keys["analyst"]);

        var text = await PostAsync(analyst, """{ person(id: "p_1") { idNumber } findings { nodes { official { idNumber } } } byNumber: search(text: "440802196803150017") { __typename } }""");
        using var filter = await analyst.PostAsync("/graphql", Json(
            JsonSerializer.Serialize(new { query = """{ people(where: { idNumber: { eq: "440802196803150017" } }) { totalCount } }""" })));

        Assert.DoesNotContain("440802196803150017", text, StringComparison.Ordinal);
        Assert.Contains("440802********0017", text, StringComparison.Ordinal);
        Assert.Contains("\"byNumber\":[]", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, filter.StatusCode);
        var body = await filter.Content.ReadAsStringAsync();
        Assert.Contains("investigator or admin", body, StringComparison.Ordinal);
        Assert.DoesNotContain("440802196803150017", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyst_triaging_is_403_naming_the_role_needed_and_admin_only_queries_are_refused_to_others()
    {
        using var analyst = api.ClientWith(api.Keys["analyst"]);
        using var investigator = api.ClientWith(api.Keys["investigator"]);

        using var triage = await analyst.PostAsync(
            "/graphql",
            Json("""{"query":"mutation { triageFinding(id: \"f_1\", status: DISMISSED) { id } }"}"""));
        using var sweep = await investigator.PostAsync("/graphql", Json("""{"query":"mutation { runSweep { id } }"}"""));
        using var audit = await investigator.PostAsync("/graphql", Json("""{"query":"{ auditLog { actor } }"}"""));
        using var allowed = await investigator.PostAsync(
            "/graphql",
            Json("""{"query":"mutation { commentFinding(id: \"f_1\", text: \"查\") { id } }"}"""));

        Assert.Equal(HttpStatusCode.Forbidden, triage.StatusCode);
        Assert.Contains(
            "'triageFinding' needs the role investigator or admin; this key is analyst",
            await triage.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, sweep.StatusCode);
        Assert.Contains("needs the role admin", await sweep.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, audit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task Reading_a_person_writes_an_audit_row_with_who_what_and_the_entity_id_that_admins_can_query()
    {
        using var investigator = api.ClientWith(api.Keys["investigator"]);
        await PostAsync(investigator, """query LookAtWang { person(id: "p_1") { name } }""");

        var text = await PostAsync(api.Client, """{ auditLog(where: { actor: { eq: "test-investigator" }, operation: { contains: "LookAtWang" } }) { actor role operation entities address } }""");

        using var json = JsonDocument.Parse(text);
        var row = json.RootElement.GetProperty("data").GetProperty("auditLog")[0];
        Assert.Equal(("test-investigator", "investigator"), (row.GetProperty("actor").GetString(), row.GetProperty("role").GetString()));
        Assert.Equal("query LookAtWang { person }", row.GetProperty("operation").GetString());
        Assert.Contains("p_1", row.GetProperty("entities").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("127.0.0.1", row.GetProperty("address").GetString());
    }

    [Theory]
    [InlineData("findings", "assignee")]
    [InlineData("findings", "variants")]
    [InlineData("findings", "relations")]
    [InlineData("people", "name")]
    [InlineData("people", "idNumber")]
    [InlineData("companies", "name")]
    [InlineData("companies", "creditCode")]
    [InlineData("companies", "industry")]
    [InlineData("companies", "regionCode")]
    [InlineData("companies", "status")]
    [InlineData("decisions", "kind")]
    [InlineData("decisions", "title")]
    [InlineData("decisions", "currency")]
    public async Task An_injection_attempt_in_every_string_filter_is_only_a_value(string connection, string field)
    {
        foreach (var op in new[] { "eq", "contains", "startsWith" })
        {
            var where = $$"""{ {{field}}: { {{op}}: "x' OR '1'='1'; DROP TABLE links; --" } }""";
            var text = await PostAsync(api.Client, $$"""{ r: {{connection}}(where: {{where}}) { totalCount } }""");
            Assert.Contains("\"totalCount\":0", text, StringComparison.Ordinal);
        }

        await using var context = api.Connection.CreateContext();
        Assert.True(await context.Links.CountAsync() > 0);
    }

    [Theory]
    [InlineData("rule")]
    [InlineData("severity")]
    [InlineData("triageStatus")]
    public async Task An_injection_attempt_in_a_vocabulary_filter_is_refused_before_the_store(string field)
    {
        var text = await PostAsync(
            api.Client,
            $$"""{ r: findings(where: { {{field}}: { eq: "x' OR '1'='1'; DROP TABLE links; --" } }) { totalCount } }""");

        Assert.DoesNotContain("\"data\"", text, StringComparison.Ordinal);
        Assert.Contains("Expected type", text, StringComparison.Ordinal);
        await using var context = api.Connection.CreateContext();
        Assert.True(await context.Links.CountAsync() > 0);
    }

    [Fact]
    public async Task The_audit_log_refuses_update_and_delete_in_the_database()
    {
        await PostAsync(api.Client, """{ person(id: "p_2") { name } }""");
        await using var context = api.Connection.CreateContext();

        var update = await Assert.ThrowsAnyAsync<Exception>(
            () => context.Database.ExecuteSqlRawAsync("UPDATE audit_log SET actor = 'someone else'"));
        var delete = await Assert.ThrowsAnyAsync<Exception>(() => context.Database.ExecuteSqlRawAsync("DELETE FROM audit_log"));

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        Assert.True(await context.AuditLog.CountAsync() > 0);
    }

    [Fact]
    public async Task A_body_of_50_MB_is_refused_with_413_without_being_read_and_the_server_keeps_answering()
    {
        // A raw socket: announce 50 MB, send the first kilobyte, read the answer.
        using var socket = new System.Net.Sockets.TcpClient();
        await socket.ConnectAsync(api.Address.Host, api.Address.Port);
        var stream = socket.GetStream();
        var head = $"POST /graphql HTTP/1.1\r\nHost: {api.Address.Authority}\r\nAuthorization: Bearer " +
            $"{api.Keys["admin"]}\r\nContent-Type: application/json\r\nContent-Length: {50 * 1024 * 1024}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head + "{\"query\":\"" + new string('x', 1024)));
        var buffer = new byte[4096];
        var read = await stream.ReadAsync(buffer);

        Assert.StartsWith("HTTP/1.1 413", Encoding.ASCII.GetString(buffer, 0, read), StringComparison.Ordinal);
        using var after = await api.Client.PostAsync("/graphql", Json("""{"query":"{ __typename }"}"""));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<string> PostAsync(HttpClient client, string query)
    {
        using var response = await client.PostAsync("/graphql", Json(JsonSerializer.Serialize(new { query })));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return text;
    }
}

[Collection(ApiCollection.Name)]
public sealed class SqliteSecurityTests(ApiFixture api) : SecurityTests(api);

[Collection(PostgresApiCollection.Name)]
public sealed class PostgresSecurityTests(PostgresApiFixture api) : SecurityTests(api);
