using System.Net;
using System.Text;
using System.Text.Json;

namespace Qingdan.Graph.Server.Tests.Api;

/// <summary>Scopes through the live server: a district-scoped investigator finds, reads and counts only the district's
/// officials on every read path, and sees the city's leader only redacted where a path passes through him.</summary>
public abstract class ScopeTests(ScopeFixture world)
{
    [Fact]
    public async Task Search_finds_only_officials_inside_and_the_people_and_companies_around_them()
    {
        using var county = world.ClientWith("county-investigator");
        Assert.Empty(Names(await AskAsync(county, """{ search(text: "李市长") { ... on Person { name } } }"""), "search"));
        Assert.Empty(Names(await AskAsync(county, """{ search(text: "440800196501010016") { ... on Person { name } } }"""), "search"));
        Assert.Equal(["王县长"], Names(await AskAsync(county, """{ search(text: "王县长") { ... on Person { name } } }"""), "search"));
        Assert.Equal(["孙调任"], Names(await AskAsync(county, """{ search(text: "孙调任") { ... on Person { name } } }"""), "search"));
        Assert.Empty(Names(await AskAsync(county, """{ search(text: "远洋贸易") { ... on Company { name } } }"""), "search"));

        using var unscoped = world.ClientWith("investigator");
        Assert.Equal(["李市长"], Names(await AskAsync(unscoped, """{ search(text: "李市长") { ... on Person { name } } }"""), "search"));
    }

    [Fact]
    public async Task Lists_and_aggregates_count_only_what_the_scope_sees()
    {
        using var county = world.ClientWith("county-investigator");
        var people = (await AskAsync(county, "{ people(first: 100) { totalCount nodes { name } } }")).GetProperty("people");
        var names = people.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()).ToHashSet();
        Assert.Equal(names.Count, people.GetProperty("totalCount").GetInt32());
        Assert.Superset(new HashSet<string?> { "王县长", "赵敏", "孙调任", "钱芳" }, names);
        Assert.DoesNotContain("李市长", names);
        Assert.DoesNotContain("李小龙", names);

        var companies = (await AskAsync(county, "{ companies { totalCount nodes { name } } }")).GetProperty("companies");
        Assert.Equal(["湛江市海滨建材有限公司"], companies.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
        Assert.Equal(1, (await AskAsync(county, "{ decisions { totalCount } }")).GetProperty("decisions").GetProperty("totalCount").GetInt32());

        var findings = (await AskAsync(county, "{ findings(first: 100) { totalCount nodes { officialId } } }")).GetProperty("findings");
        var officials = findings.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("officialId").GetString()).ToHashSet();
        Assert.NotEmpty(officials);
        Assert.DoesNotContain(world.Ids["李市长"], officials);
        Assert.Subset(new HashSet<string?> { world.Ids["王县长"], world.Ids["孙调任"] }, officials);

        using var analyst = world.ClientWith("county-analyst");
        var stats = (await AskAsync(analyst, "{ findingStats(groupBy: []) { count } }")).GetProperty("findingStats");
        Assert.Equal(findings.GetProperty("totalCount").GetInt32(), stats[0].GetProperty("count").GetInt32());
        var decisionStats = (await AskAsync(analyst, "{ decisionStats(groupBy: [BENEFICIARY]) { beneficiaryName count } }"))
            .GetProperty("decisionStats");
        Assert.Equal(["湛江市海滨建材有限公司"], decisionStats.EnumerateArray().Select(s => s.GetProperty("beneficiaryName").GetString()));

        using var unscoped = world.ClientWith("investigator");
        var all = (await AskAsync(unscoped, "{ findings(first: 100) { totalCount nodes { officialId } } }")).GetProperty("findings");
        Assert.Contains(world.Ids["李市长"], all.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("officialId").GetString()));
        Assert.True(all.GetProperty("totalCount").GetInt32() > findings.GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("person", "{{ person(id: \"{0}\") {{ name }} }}", "李市长")]
    [InlineData("entity", "{{ entity(id: \"{0}\") {{ ... on Person {{ name }} }} }}", "李小龙")]
    [InlineData("company", "{{ company(id: \"{0}\") {{ name }} }}", "湛江市远洋贸易有限公司")]
    [InlineData("decision", "{{ decision(id: \"{0}\") {{ kind }} }}", "办公用品")]
    [InlineData("relatives", "{{ relatives(person: \"{0}\") {{ relation }} }}", "李市长")]
    [InlineData("network", "{{ network(id: \"{0}\", hops: 2) {{ nodes {{ __typename }} }} }}", "李市长")]
    [InlineData("paths", "{{ paths(from: \"{1}\", to: \"{0}\") {{ paths {{ nodes {{ __typename }} }} }} }}", "湛江市远洋贸易有限公司")]
    [InlineData("ultimateOwners", "{{ ultimateOwners(company: \"{0}\", minShare: 0.1) {{ share }} }}", "湛江市远洋贸易有限公司")]
    public async Task A_direct_read_outside_is_null_with_FORBIDDEN_SCOPE_and_the_denial_is_audited(string field, string query, string name)
    {
        using var county = world.ClientWith("county-investigator");
        var id = world.Ids[name];
        var text = await PostAsync(county, string.Format(System.Globalization.CultureInfo.InvariantCulture, query, id, world.Ids["王县长"]));

        using var json = JsonDocument.Parse(text);
        var data = json.RootElement.GetProperty("data");
        Assert.True(data.ValueKind == JsonValueKind.Null || data.GetProperty(field).ValueKind == JsonValueKind.Null, text);
        var error = json.RootElement.GetProperty("errors")[0];
        Assert.Equal("FORBIDDEN_SCOPE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.DoesNotContain(name, text, StringComparison.Ordinal);

        using var admin = world.ClientWith("admin");
        var audit = await AskAsync(admin, $$"""{ auditLog(where: { actor: { eq: "county-investigator" }, operation: { startsWith: "denied {{field}}(" } }) { entities } }""");
        Assert.Contains(audit.GetProperty("auditLog").EnumerateArray(), row => row.GetProperty("entities").EnumerateArray().Any(e => e.GetString() == id));
    }

    [Fact]
    public async Task A_finding_outside_is_null_and_cannot_be_triaged_assigned_or_commented()
    {
        using var admin = world.ClientWith("admin");
        var mayor = await AskAsync(admin, $$"""{ person(id: "{{world.Ids["李市长"]}}") { findings { id triageStatus } } }""");
        var finding = mayor.GetProperty("person").GetProperty("findings")[0].GetProperty("id").GetString()!;

        using var county = world.ClientWith("county-investigator");
        var read = JsonDocument.Parse(await PostAsync(county, $$"""{ finding(id: "{{finding}}") { rule } }""")).RootElement;
        Assert.Equal(JsonValueKind.Null, read.GetProperty("data").GetProperty("finding").ValueKind);
        Assert.Equal("FORBIDDEN_SCOPE", read.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        foreach (var mutation in new[]
        {
            $$"""mutation { triageFinding(id: "{{finding}}", status: DISMISSED, note: "not ours") { id } }""",
            $$"""mutation { assignFinding(id: "{{finding}}", assignee: "张三") { id } }""",
            $$"""mutation { commentFinding(id: "{{finding}}", text: "看看") { id } }""",
        })
        {
            var answer = JsonDocument.Parse(await PostAsync(county, mutation)).RootElement;
            Assert.Equal("FORBIDDEN_SCOPE", answer.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }

        var after = await AskAsync(admin, $$"""{ finding(id: "{{finding}}") { triageStatus assignee history { kind } } }""");
        Assert.Equal("OPEN", after.GetProperty("finding").GetProperty("triageStatus").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("finding").GetProperty("assignee").ValueKind);
        Assert.DoesNotContain(after.GetProperty("finding").GetProperty("history").EnumerateArray(), e => e.GetProperty("kind").GetString() == "COMMENT");
    }

    [Fact]
    public async Task A_path_or_network_through_an_official_outside_draws_him_redacted_with_no_name_or_id()
    {
        using var county = world.ClientWith("county-investigator");
        const string Node = "... on Person { id name redacted idNumber positions { title } } ... on Company { id name redacted } ... on Agency { id name }";
        var text = await PostAsync(county, $$"""
            { paths(from: "{{world.Ids["钱芳"]}}", to: "{{world.Ids["湛江市财政局"]}}", maxHops: 2) { paths { nodes { {{Node}} } links { from { {{Node}} } to { {{Node}} } } } }
              network(id: "{{world.Ids["王县长"]}}", hops: 4) { nodes { {{Node}} } links { from { {{Node}} } to { {{Node}} } } }
              agency(id: "{{world.Ids["湛江市财政局"]}}") { staff { from { {{Node}} } } } }
            """);

        foreach (var secret in new[] { "李市长", world.Ids["李市长"], "440800196501010016", "李小龙", world.Ids["李小龙"], "远洋贸易" })
        {
            Assert.DoesNotContain($"\"{secret}", text, StringComparison.Ordinal);
        }

        using var json = JsonDocument.Parse(text);
        var data = json.RootElement.GetProperty("data");
        var path = data.GetProperty("paths").GetProperty("paths")[0].GetProperty("nodes");
        Assert.Equal(3, path.GetArrayLength());
        var mayor = path[1];
        Assert.True(mayor.GetProperty("redacted").GetBoolean());
        Assert.Equal("an official outside your scope", mayor.GetProperty("name").GetString());
        Assert.StartsWith("hidden_", mayor.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, mayor.GetProperty("idNumber").ValueKind);
        Assert.Equal(0, mayor.GetProperty("positions").GetArrayLength());

        var network = data.GetProperty("network").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Contains(network, n => n.TryGetProperty("redacted", out var r) && r.GetBoolean());
        Assert.Contains(network, n => n.TryGetProperty("name", out var name) && name.GetString() == "钱芳");
        var staff = data.GetProperty("agency").GetProperty("staff").EnumerateArray().Select(s => s.GetProperty("from")).ToList();
        Assert.Contains(staff, s => s.GetProperty("name").GetString() == "孙调任");
        Assert.Contains(staff, s => s.GetProperty("redacted").GetBoolean());
    }

    [Fact]
    public async Task Whole_hub_records_are_refused_to_a_scoped_key_with_403()
    {
        using var county = world.ClientWith("county-investigator");
        using var response = await county.PostAsync("/graphql", Json("{ sweeps { id findings } }"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("FORBIDDEN_SCOPE", text, StringComparison.Ordinal);

        using var admin = world.ClientWith("admin");
        var audit = await AskAsync(admin, """{ auditLog(where: { actor: { eq: "county-investigator" }, operation: { contains: "'sweeps' reads the whole hub" } }) { operation } }""");
        Assert.NotEqual(0, audit.GetProperty("auditLog").GetArrayLength());
    }

    [Fact]
    public async Task An_agency_scope_sees_who_holds_or_held_a_post_there_and_not_the_district()
    {
        using var bureau = world.ClientWith("city-bureau");
        Assert.Equal(["李市长"], Names(await AskAsync(bureau, """{ search(text: "李市长") { ... on Person { name } } }"""), "search"));
        Assert.Equal(["孙调任"], Names(await AskAsync(bureau, """{ search(text: "孙调任") { ... on Person { name } } }"""), "search"));
        Assert.Empty(Names(await AskAsync(bureau, """{ search(text: "王县长") { ... on Person { name } } }"""), "search"));
    }

    private static List<string?> Names(JsonElement data, string field) =>
        data.GetProperty(field).EnumerateArray().Where(e => e.TryGetProperty("name", out _)).Select(e => e.GetProperty("name").GetString()).ToList();

    private static StringContent Json(string query) => new(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");

    private static async Task<string> PostAsync(HttpClient client, string query)
    {
        using var response = await client.PostAsync("/graphql", Json(query));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return text;
    }

    private static async Task<JsonElement> AskAsync(HttpClient client, string query)
    {
        var text = await PostAsync(client, query);
        using var json = JsonDocument.Parse(text);
        Assert.False(json.RootElement.TryGetProperty("errors", out _), text);
        return json.RootElement.GetProperty("data").Clone();
    }
}

[Collection(ScopeCollection.Name)]
public sealed class SqliteScopeTests(ScopeFixture world) : ScopeTests(world);

[Collection(PostgresScopeCollection.Name)]
public sealed class PostgresScopeTests(PostgresScopeFixture world) : ScopeTests(world);
