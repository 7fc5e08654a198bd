using System.Net;
using System.Text;
using System.Text.Json;

namespace Qingdan.Graph.Server.Tests.Api;

/// <summary>Cases through the live server: who may write, the history and bulk triage, errors with codes, and scopes —
/// over the county and city world of <see cref="ScopeFixture"/>.</summary>
public abstract class CaseApiTests(ScopeFixture world)
{
    private const string Case = "id title status assignees findingCount triageCounts { status count } findings { id triageStatus } " +
        "entities { ... on Person { id name } ... on Company { id name } } history { kind actor text finding entity }";

    [Fact]
    public async Task An_investigator_opens_works_and_bulk_triages_a_case_and_each_finding_records_it()
    {
        using var investigator = world.ClientWith("investigator");
        var (wang, _) = await FindingsAsync();
        var opened = (await AskAsync(investigator, $$"""
            mutation { openCase(title: "王县长 配偶持股", findings: ["{{wang}}"], entities: ["{{world.Ids["赵敏"]}}"], assignees: ["张检察"]) { {{Case}} } }
            """)).GetProperty("openCase");
        var id = opened.GetProperty("id").GetString()!;
        Assert.Equal(("OPEN", 1), (opened.GetProperty("status").GetString(), opened.GetProperty("findingCount").GetInt32()));
        Assert.Equal("赵敏", opened.GetProperty("entities")[0].GetProperty("name").GetString());

        await AskAsync(investigator, $$"""mutation { updateCase(case: "{{id}}", title: "王县长案", status: IN_PROGRESS) { id } }""");
        await AskAsync(investigator, $$"""mutation { assignCase(case: "{{id}}", add: ["李审计"], remove: ["张检察"]) { id } }""");
        await AskAsync(investigator, $$"""mutation { addCaseNote(case: "{{id}}", text: "已调取工商档案") { id } }""");
        await AskAsync(investigator, $$"""mutation { addToCase(case: "{{id}}", entities: ["{{world.Ids["湛江市海滨建材有限公司"]}}"]) { id } }""");
        var triaged = (await AskAsync(investigator, $$"""
            mutation { triageCase(case: "{{id}}", status: CONFIRMED, note: "证据确凿") { {{Case}} } }
            """)).GetProperty("triageCase");

        Assert.Equal(["李审计"], triaged.GetProperty("assignees").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("CONFIRMED", triaged.GetProperty("findings")[0].GetProperty("triageStatus").GetString());
        Assert.Contains(triaged.GetProperty("triageCounts").EnumerateArray(), c => c.GetProperty("status").GetString() == "CONFIRMED"
            && c.GetProperty("count").GetInt32() == 1);
        Assert.Equal(
            ["OPENED", "FINDING_ADDED", "ENTITY_ADDED", "ASSIGNED", "RETITLED", "STATUS", "UNASSIGNED", "ASSIGNED", "NOTE", "ENTITY_ADDED", "TRIAGED"],
            triaged.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal("confirmed 1/1: 证据确凿", triaged.GetProperty("history")[10].GetProperty("text").GetString());

        var finding = (await AskAsync(investigator, $$"""{ finding(id: "{{wang}}") { history { kind actor toStatus text } cases { id title } } }"""))
            .GetProperty("finding");
        var status = finding.GetProperty("history").EnumerateArray().Last(e => e.GetProperty("kind").GetString() == "STATUS");
        Assert.Equal(("investigator", "CONFIRMED", "证据确凿"), (status.GetProperty("actor").GetString(),
            status.GetProperty("toStatus").GetString(), status.GetProperty("text").GetString()));
        Assert.Contains(finding.GetProperty("cases").EnumerateArray(), c => c.GetProperty("id").GetString() == id);

        using var admin = world.ClientWith("admin");
        var list = await AskAsync(admin, """{ cases(where: { title: "王县长案", status: [IN_PROGRESS] }) { totalCount nodes { id } } }""");
        Assert.Contains(list.GetProperty("cases").GetProperty("nodes").EnumerateArray(), n => n.GetProperty("id").GetString() == id);
        await AskAsync(investigator, $$"""mutation { triageCase(case: "{{id}}", status: OPEN) { id } }""");
    }

    [Fact]
    public async Task Analysts_read_cases_but_may_not_write_them()
    {
        using var analyst = world.ClientWith("county-analyst");
        using var response = await analyst.PostAsync("/graphql", Json("""mutation { openCase(title: "分析") { id } }"""));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("needs the role investigator or admin", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True((await AskAsync(analyst, "{ cases { totalCount } }")).GetProperty("cases").GetProperty("totalCount").GetInt32() >= 0);
    }

    [Fact]
    public async Task Bad_input_gets_an_error_with_a_code_and_changes_nothing()
    {
        using var investigator = world.ClientWith("investigator");
        var (wang, mayor) = await FindingsAsync();
        var id = (await AskAsync(investigator, $$"""mutation { openCase(title: "错误输入", findings: ["{{wang}}"]) { id } }"""))
            .GetProperty("openCase").GetProperty("id").GetString();
        var many = string.Join(",", Enumerable.Range(1, 501).Select(i => $"\"f_{i}\""));
        foreach (var (mutation, code) in new[]
        {
            ("""mutation { addCaseNote(case: "f_1", text: "x") { id } }""", "BAD_ARGUMENT"),
            ("""mutation { addCaseNote(case: "k_999999", text: "x") { id } }""", "NOT_FOUND"),
            ($$"""mutation { addToCase(case: "{{id}}", findings: ["f_999999"]) { id } }""", "NOT_FOUND"),
            ($$"""mutation { addToCase(case: "{{id}}", entities: ["p_999999"]) { id } }""", "NOT_FOUND"),
            ($$"""mutation { addToCase(case: "{{id}}", entities: ["d_1"]) { id } }""", "BAD_ARGUMENT"),
            ($$"""mutation { removeFromCase(case: "{{id}}", findings: ["{{mayor}}"]) { id } }""", "BAD_ARGUMENT"),
            ($$"""mutation { triageCase(case: "{{id}}", status: DISMISSED, findings: ["{{mayor}}"]) { id } }""", "BAD_ARGUMENT"),
            ($$"""mutation { updateCase(case: "{{id}}", title: "{{new string('长', 201)}}") { id } }""", "BAD_ARGUMENT"),
            ($$"""mutation { updateCase(case: "{{id}}", title: " ") { id } }""", "BAD_ARGUMENT"),
            ($$"""mutation { addToCase(case: "{{id}}", findings: [{{many}}]) { id } }""", "LIMIT"),
            ("""{ cases(where: { finding: "k_1" }) { totalCount } }""", "BAD_ARGUMENT"),
        })
        {
            var answer = await PostAsync(investigator, mutation);
            Assert.True(answer.TryGetProperty("errors", out var errors), mutation);
            Assert.Equal(code, errors[0].GetProperty("extensions").GetProperty("code").GetString());
        }

        var after = (await AskAsync(investigator, $$"""{ case(id: "{{id}}") { title findings { id triageStatus } history { kind } } }""")).GetProperty("case");
        Assert.Equal("错误输入", after.GetProperty("title").GetString());
        Assert.Equal(2, after.GetProperty("history").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, (await AskAsync(investigator, """{ case(id: "k_999999") { id } }""")).GetProperty("case").ValueKind);
    }

    [Fact]
    public async Task A_scoped_investigator_sees_only_covered_or_assigned_cases_and_nothing_outside_through_them()
    {
        using var investigator = world.ClientWith("investigator");
        using var county = world.ClientWith("county-investigator");
        var (wang, mayor) = await FindingsAsync();
        var id = (await AskAsync(investigator, $$"""
            mutation { openCase(title: "市县联办", findings: ["{{wang}}", "{{mayor}}"], entities: ["{{world.Ids["李市长"]}}", "{{world.Ids["王县长"]}}"]) { id } }
            """)).GetProperty("openCase").GetProperty("id").GetString()!;

        var refused = await PostAsync(county, $$"""{ case(id: "{{id}}") { id } }""");
        Assert.Equal("FORBIDDEN_SCOPE", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.DoesNotContain(
            (await AskAsync(county, "{ cases(first: 500) { nodes { id } } }")).GetProperty("cases").GetProperty("nodes").EnumerateArray(),
            n => n.GetProperty("id").GetString() == id);
        var write = await PostAsync(county, $$"""mutation { addCaseNote(case: "{{id}}", text: "看看") { id } }""");
        Assert.Equal("FORBIDDEN_SCOPE", write.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        await AskAsync(investigator, $$"""mutation { assignCase(case: "{{id}}", add: ["county-investigator"]) { id } }""");
        var text = (await PostAsync(county, $$"""{ case(id: "{{id}}") { {{Case}} } }""")).GetRawText();
        foreach (var secret in new[] { mayor, world.Ids["李市长"], "李市长" })
        {
            Assert.DoesNotContain($"\"{secret}\"", text, StringComparison.Ordinal);
        }

        var seen = JsonDocument.Parse(text).RootElement.GetProperty("data").GetProperty("case");
        Assert.Equal([wang], seen.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()));
        Assert.Equal(1, seen.GetProperty("findingCount").GetInt32());
        Assert.Equal(["王县长"], seen.GetProperty("entities").EnumerateArray().Select(f => f.GetProperty("name").GetString()));

        var triaged = (await AskAsync(county, $$"""mutation { triageCase(case: "{{id}}", status: IN_PROGRESS) { id } }""")).GetProperty("triageCase");
        Assert.Equal(id, triaged.GetProperty("id").GetString());
        using var admin = world.ClientWith("admin");
        var statuses = (await AskAsync(admin, $$"""{ case(id: "{{id}}") { findings { id triageStatus } } }""")).GetProperty("case")
            .GetProperty("findings").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!, f => f.GetProperty("triageStatus").GetString());
        Assert.Equal(("IN_PROGRESS", "OPEN"), (statuses[wang], statuses[mayor]));
        await AskAsync(investigator, $$"""mutation { triageCase(case: "{{id}}", status: OPEN) { id } }""");

        var adding = await PostAsync(county, $$"""mutation { addToCase(case: "{{id}}", findings: ["{{mayor}}"]) { id } }""");
        Assert.Equal("FORBIDDEN_SCOPE", adding.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var opening = await PostAsync(county, $$"""mutation { openCase(title: "越权", entities: ["{{world.Ids["李市长"]}}"]) { id } }""");
        Assert.Equal("FORBIDDEN_SCOPE", opening.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        var own = (await AskAsync(county, $$"""mutation { openCase(title: "区里自己的", findings: ["{{wang}}"]) { id } }"""))
            .GetProperty("openCase").GetProperty("id").GetString();
        using var city = world.ClientWith("city-bureau");
        var cityList = (await AskAsync(city, "{ cases(first: 500) { nodes { id } } }")).GetProperty("cases").GetProperty("nodes");
        Assert.DoesNotContain(cityList.EnumerateArray(), n => n.GetProperty("id").GetString() == own);
        var all = (await AskAsync(investigator, "{ cases(first: 500) { nodes { id } } }")).GetProperty("cases").GetProperty("nodes");
        Assert.Contains(all.EnumerateArray(), n => n.GetProperty("id").GetString() == own);
    }

    /// <summary>An NL5 finding of the district's 王县长 and one of the city's 李市长.</summary>
    private async Task<(string Wang, string Mayor)> FindingsAsync()
    {
        using var admin = world.ClientWith("admin");
        var data = await AskAsync(admin, $$"""
            { wang: person(id: "{{world.Ids["王县长"]}}") { findings { id } } mayor: person(id: "{{world.Ids["李市长"]}}") { findings { id } } }
            """);
        return (data.GetProperty("wang").GetProperty("findings")[0].GetProperty("id").GetString()!,
            data.GetProperty("mayor").GetProperty("findings")[0].GetProperty("id").GetString()!);
    }

    internal static StringContent Json(string query) => new(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");

    internal static async Task<JsonElement> PostAsync(HttpClient client, string query)
    {
        using var response = await client.PostAsync("/graphql", Json(query));
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);
        return json.RootElement.Clone();
    }

    internal static async Task<JsonElement> AskAsync(HttpClient client, string query)
    {
        var answer = await PostAsync(client, query);
        Assert.False(answer.TryGetProperty("errors", out _), answer.GetRawText());
        return answer.GetProperty("data");
    }
}

[Collection(ScopeCollection.Name)]
public sealed class SqliteCaseApiTests(ScopeFixture world) : CaseApiTests(world);

[Collection(PostgresScopeCollection.Name)]
public sealed class PostgresCaseApiTests(PostgresScopeFixture world) : CaseApiTests(world);
