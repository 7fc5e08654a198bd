using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Server.Api;

namespace Qingdan.Graph.Server.Tests.Api;

/// <summary>What investigators and analysts ask, posted as raw GraphQL and checked as JSON.</summary>
public abstract class ApiQueryTests(ApiFixture api)
{
    [Fact]
    public async Task Schema_file_is_the_served_schema()
    {
        var file = await File.ReadAllTextAsync(Path.Combine(Qingdan.Graph.Testing.RepositoryRoot.Path, "schema", "qingdan.graphql"));

        Assert.True(
            file == ApiHost.PrintSchema(api.Connection),
            "schema/qingdan.graphql differs from the served schema: run ./qingdan schema --out schema/qingdan.graphql");
    }

    [Fact]
    public async Task Investigator_sees_a_person_with_relatives_holdings_and_the_sources_of_each_fact()
    {
        var data = await DataAsync("""
            { person(id: "p_1") { name idNumber relatives { relation validFrom person { name holdings { share validFrom to { ... on Company { name } } sources { bundle file line } } } } positions { to { ... on Agency { name } } } } }
            """);

        var person = data.GetProperty("person");
        Assert.Equal("王建国", person.GetProperty("name").GetString());
        var spouse = person.GetProperty("relatives")[0];
        Assert.Equal(("spouse", "1995-10-01"), (spouse.GetProperty("relation").GetString(), spouse.GetProperty("validFrom").GetString()));
        var holding = spouse.GetProperty("person").GetProperty("holdings")[0];
        Assert.Equal(0.35, holding.GetProperty("share").GetDouble());
        Assert.Equal("湛江市海滨建材有限公司", holding.GetProperty("to").GetProperty("name").GetString());
        Assert.Equal(("company-1", "shareholdings.csv", 2), (
            holding.GetProperty("sources")[0].GetProperty("bundle").GetString(),
            holding.GetProperty("sources")[0].GetProperty("file").GetString(),
            holding.GetProperty("sources")[0].GetProperty("line").GetInt32()));
        Assert.Equal("湛江市住房和城乡建设局", person.GetProperty("positions")[0].GetProperty("to").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Search_finds_by_normalised_name_and_by_identity_number()
    {
        var data = await DataAsync("""
            { byName: search(text: "海滨建材") { ... on Company { id name } } byNumber: search(text: "440802196803150017") { ... on Person { id } } }
            """);

        Assert.Equal("湛江市海滨建材有限公司", data.GetProperty("byName")[0].GetProperty("name").GetString());
        Assert.Equal("p_1", data.GetProperty("byNumber")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Paths_between_the_official_and_the_company_as_of_a_day_and_none_before_the_holding()
    {
        var company = await CompanyIdAsync("湛江市海滨建材有限公司");
        var data = await DataAsync($$"""
            { now: paths(from: "p_1", to: "{{company}}", maxHops: 3, asOf: "2020-01-01") { truncated paths { nodes { __typename } links { kind detail validFrom } } }
              before: paths(from: "p_1", to: "{{company}}", maxHops: 3, asOf: "2015-06-01", via: [FAMILY, OWNERSHIP]) { paths { links { kind } } } }
            """);

        var path = data.GetProperty("now").GetProperty("paths")[0];
        Assert.Equal(["FAMILY", "OWNERSHIP"], path.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("kind").GetString()));
        Assert.Equal(
            ["Person", "Person", "Company"],
            path.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("__typename").GetString()));
        Assert.Empty(data.GetProperty("before").GetProperty("paths").EnumerateArray());
    }

    [Fact]
    public async Task Network_and_ultimate_owners_answer_with_counts_and_chains()
    {
        var company = await CompanyIdAsync("湛江市海滨建材有限公司");
        var data = await DataAsync($$"""
            { network(id: "p_2", hops: 1) { nodes { __typename } links { kind } more { count } }
              ultimateOwners(company: "{{company}}", asOf: "2024-01-01", minShare: 0.3) { share person { name } chains { share } } }
            """);

        Assert.Contains(
            data.GetProperty("network").GetProperty("links").EnumerateArray(),
            l => l.GetProperty("kind").GetString() == "OWNERSHIP");
        var owner = data.GetProperty("ultimateOwners")[0];
        Assert.Equal(("李秀英", 0.35), (owner.GetProperty("person").GetProperty("name").GetString(), owner.GetProperty("share").GetDouble()));
    }

    [Fact]
    public async Task Findings_are_filtered_ordered_paged_and_carry_their_evidence()
    {
        var data = await DataAsync("""
            { all: findings(first: 1, order: [{ field: RULE, direction: DESC }]) { totalCount pageInfo { hasNextPage endCursor } nodes { rule } }
              nl5: findings(where: { rule: { in: [NL5] }, severity: { neq: HIGH }, official: { name: { startsWith: "王" } } }) { totalCount nodes { id variants relations clause { item zh } evidence { shows nodes { name } links { kind sources { bundle file line } } } history { kind actor } } }
              large: findings(where: { or: [{ rule: { eq: NL4 } }, { amount: { gt: 1000000 } }] }) { totalCount nodes { rule } }
              notNl5: findings(where: { not: { rule: { eq: NL5 } }, company: { name: { contains: "山海" } } }) { totalCount nodes { rule amount } } }
            """);

        var all = data.GetProperty("all");
        Assert.Equal(3, all.GetProperty("totalCount").GetInt32());
        Assert.True(all.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal("NL9", all.GetProperty("nodes")[0].GetProperty("rule").GetString());
        var nl5 = data.GetProperty("nl5").GetProperty("nodes")[0];
        Assert.Equal(["shares"], nl5.GetProperty("variants").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(5, nl5.GetProperty("clause").GetProperty("item").GetInt32());
        Assert.Equal(
            ["王建国", "李秀英", "湛江市海滨建材有限公司"],
            nl5.GetProperty("evidence")[0].GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
        Assert.All(
            nl5.GetProperty("evidence")[0].GetProperty("links").EnumerateArray(),
            l => Assert.NotEmpty(l.GetProperty("sources").EnumerateArray()));
        Assert.Equal("DETECTED", nl5.GetProperty("history")[0].GetProperty("kind").GetString());
        Assert.Equal("NL9", Assert.Single(data.GetProperty("large").GetProperty("nodes").EnumerateArray()).GetProperty("rule").GetString());
        Assert.Equal(("NL3", 300000m), (data.GetProperty("notNl5").GetProperty("nodes")[0].GetProperty("rule").GetString(), data
            .GetProperty("notNl5")
            .GetProperty("nodes")[0]
            .GetProperty("amount")
            .GetDecimal()));

        var next = await DataAsync($$"""{ findings(first: 1, after: "{{all.GetProperty("pageInfo").GetProperty("endCursor").GetString()}}", order: [{ field: RULE, direction: DESC }]) { nodes { rule } pageInfo { hasNextPage } } }""");
        Assert.Equal("NL5", next.GetProperty("findings").GetProperty("nodes")[0].GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Report_findings_per_agency_and_rule_with_total_amount_is_one_query()
    {
        var data = await DataAsync("""{ findingStats(groupBy: [AGENCY, RULE]) { agency agencyName rule count amount decisionAmount } }""");

        var rows = data.GetProperty("findingStats").EnumerateArray().ToList();
        Assert.Equal(["NL3", "NL5", "NL9"], rows.Select(r => r.GetProperty("rule").GetString()));
        Assert.All(rows, r => Assert.Equal("湛江市住房和城乡建设局", r.GetProperty("agencyName").GetString()));
        Assert.Equal(300000m, rows[0].GetProperty("amount").GetDecimal());
        Assert.Equal(
            (0m, 2000000m),
            (rows[0].GetProperty("decisionAmount").GetDecimal(), rows[2].GetProperty("decisionAmount").GetDecimal()));
    }

    [Fact]
    public async Task An_injection_attempt_in_a_string_filter_is_only_a_value()
    {
        var data = await DataAsync("""{ findings(where: { official: { name: { contains: "'; DROP TABLE findings; --" } }, assignee: { eq: "x' OR '1'='1" } }) { totalCount } }""");

        Assert.Equal(0, data.GetProperty("findings").GetProperty("totalCount").GetInt32());
        await using var context = api.Connection.CreateContext();
        Assert.True(await context.Findings.CountAsync() >= 2);
    }

    [Fact]
    public async Task Triage_mutations_change_the_finding_and_write_its_history()
    {
        var id = (await DataAsync("""{ findings(where: { rule: { eq: NL3 } }) { nodes { id } } }""")).GetProperty("findings")
            .GetProperty("nodes")[0]
            .GetProperty("id")
            .GetString();

        var data = await DataAsync($$"""
            mutation { a: assignFinding(id: "{{id}}", assignee: "张检察") { assignee }
                       c: commentFinding(id: "{{id}}", text: "查银行流水") { id }
                       t: triageFinding(id: "{{id}}", status: IN_PROGRESS, note: "开始核查") { triageStatus history { kind toStatus } } }
            """);
        var bad = await PostAsync($$"""mutation { triageFinding(id: "{{id}}", status: CLOSED) { id } }""");

        Assert.Equal("张检察", data.GetProperty("a").GetProperty("assignee").GetString());
        Assert.Equal("IN_PROGRESS", data.GetProperty("t").GetProperty("triageStatus").GetString());
        Assert.Contains(data.GetProperty("t").GetProperty("history").EnumerateArray(), e => e.GetProperty("kind").GetString() == "COMMENT");
        Assert.Equal(
            "Argument 'status' has invalid value. Expected type 'TriageStatus', found CLOSED.",
            bad.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Run_sweep_on_request_records_it_and_the_hub_records_are_queryable()
    {
        var data = await DataAsync(
            """mutation { runSweep(rules: [NL5], set: ["indirect_share=0.1"]) { id trigger rules parameters persisting } }""");
        var hub = await DataAsync("""{ sweeps(first: 5) { id trigger } ingestBatches { bundleId status rowsRead rejectedRows { line } } resolutionCandidates { id } }""");
        var bad = await PostAsync("""mutation { runSweep(rules: [NL7]) { id } }""");

        var sweep = data.GetProperty("runSweep");
        Assert.Equal(("API", 1), (sweep.GetProperty("trigger").GetString(), sweep.GetProperty("persisting").GetInt32()));
        Assert.Contains("\"indirect_share\":0.1", sweep.GetProperty("parameters").GetString(), StringComparison.Ordinal);
        Assert.Equal(sweep.GetProperty("id").GetString(), hub.GetProperty("sweeps")[0].GetProperty("id").GetString());
        Assert.Equal(4, hub.GetProperty("ingestBatches").GetArrayLength());
        Assert.Contains(
            "Expected type 'RuleCode', found NL7.",
            bad.GetProperty("errors")[0].GetProperty("message").GetString(),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ paths(from: "p_1", to: "p_2", maxHops: 7) { truncated } }""", "Api:MaxHops")]
    [InlineData("""{ network(id: "p_1", hops: 0) { nodes { __typename } } }""", "Api:MaxHops")]
    [InlineData("""{ findings(first: 501) { totalCount } }""", "Api:MaxPageSize")]
    [InlineData("deep", "too nested")]
    [InlineData("wide", "too complex")]
    public async Task Every_limit_exceeded_gets_an_error_naming_it(string query, string named)
    {
        query = query switch
        {
            // Nine levels of relatives: deeper than Api:MaxDepth (15).
            "deep" => "{ person(id: \"p_1\") { " + string.Concat(Enumerable.Repeat("relatives { person { ", 9)) + "name"
                + new string('}', 19)
                + " }",
            // 1,500 aliased searches with nested lists: far past Api:MaxComplexity.
            "wide" => "{ " + string.Concat(Enumerable.Range(0, 1500)
                .Select(i => $"a{i}: search(text: \"x\") {{ ... on Person {{ facts {{ kind from {{ __typename }} }} }} }} ")) + "}",
            _ => query,
        };
        var json = await PostAsync(query);

        var messages = string.Join(" | ", json.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()));
        Assert.Contains(named, messages, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphiQLs_introspection_query_is_answered_within_the_limits_though_it_scores_past_MaxComplexity()
    {
        // The query GraphiQL 5 sends on load (graphql-js getIntrospectionQuery, nine levels of ofType).
        const string TypeRef = "fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { " +
            "kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } } }";
        const string Introspection = "query IntrospectionQuery { __schema { queryType { name kind } mutationType { name kind } " +
            "subscriptionType { name kind } types { ...FullType } directives { name description locations args { ...InputValue } } } } " +
            "fragment FullType on __Type { kind name description fields(includeDeprecated: true) { name description args { ...InputValue " +
                "} type { ...TypeRef } isDeprecated deprecationReason } inputFields { ...InputValue } interfaces { ...TypeRef } " +
                    "enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } possibleTypes { ...TypeRef " +
                        "} } " +
            "fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue } " + TypeRef;

        var data = await DataAsync(Introspection);

        var types = data.GetProperty("__schema").GetProperty("types").EnumerateArray().Select(t => t.GetProperty("name").GetString())
            .ToList();
        Assert.Contains("Finding", types);
        Assert.Contains("FindingFilter", types);
    }

    private async Task<string> CompanyIdAsync(string name) =>
        (await DataAsync($$"""{ search(text: "{{name}}") { ... on Company { id } } }""")).GetProperty("search")[0].GetProperty("id")
            .GetString()!;

    private async Task<JsonElement> DataAsync(string query)
    {
        var json = await PostAsync(query);
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json.GetProperty("data");
    }

    private async Task<JsonElement> PostAsync(string query)
    {
        using var response = await new GraphQLHttpTests(api).PostAsync(JsonSerializer.Serialize(new { query }), "application/json");
        return await GraphQLHttpTests.JsonAsync(response);
    }
}

[Collection(ApiCollection.Name)]
public sealed class SqliteApiQueryTests(ApiFixture api) : ApiQueryTests(api);

[Collection(PostgresApiCollection.Name)]
public sealed class PostgresApiQueryTests(PostgresApiFixture api) : ApiQueryTests(api);

/// <summary>A page of findings with their officials, companies and history costs the same few store round trips whatever its
/// size.</summary>
public abstract class BatchingTests(ApiFixture api)
{
    [Fact]
    public async Task Store_round_trips_of_a_findings_page_do_not_grow_with_the_page()
    {
        var one = await TripsAsync(1);
        var all = await TripsAsync(100);

        Assert.Equal(one, all);
        Assert.InRange(all, 1, 4);
    }

    private async Task<int> TripsAsync(int first)
    {
        var body = JsonSerializer.Serialize(new
        {
            query = $"{{ findings(first: {first}) {{ totalCount nodes {{ id official {{ name relatives {{ relation }} }} company {{ name " +
                "shareholders { share } } history { kind } } } }",
            extensions = new { storeRoundTrips = true },
        });
        using var response = await new GraphQLHttpTests(api).PostAsync(body, "application/json");
        var json = await GraphQLHttpTests.JsonAsync(response);
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json.GetProperty("extensions").GetProperty("storeRoundTrips").GetInt32();
    }
}

[Collection(ApiCollection.Name)]
public sealed class SqliteBatchingTests(ApiFixture api) : BatchingTests(api);

[Collection(PostgresApiCollection.Name)]
public sealed class PostgresBatchingTests(PostgresApiFixture api) : BatchingTests(api);

/// <summary>Resolution decisions through the API: remembered, and refused with the reason when they cannot be.</summary>
public abstract class DecideMatchTests(ApiFixture api)
{
    [Fact]
    public async Task Deciding_two_namesakes_are_different_people_is_remembered_and_a_bad_pair_is_refused()
    {
        long[] records;
        await using (var context = api.Connection.CreateContext())
        {
            records = await context.SourceRecords.Where(r => r.Name == "陈志强").OrderBy(r => r.Id).Select(r => r.Id).ToArrayAsync();
        }

        Assert.Equal(2, records.Length);
        var ok = await PostAsync($$"""mutation { decideMatch(recordA: "r_{{records[0]}}", recordB: "r_{{records[1]}}", same: false, note: "不同的人") { entities openCandidates } }""");
        var same = await PostAsync(
            $$"""mutation { decideMatch(recordA: "r_{{records[0]}}", recordB: "r_{{records[0]}}", same: true) { entities } }""");

        Assert.False(ok.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(0, ok.GetProperty("data").GetProperty("decideMatch").GetProperty("openCandidates").GetInt32());
        await using (var context = api.Connection.CreateContext())
        {
            var decision = await context.MatchDecisions.SingleAsync();
            Assert.Equal(("test-admin", false, "不同的人"), (decision.DecidedBy, decision.Same, decision.Note));
        }

        Assert.Contains(
            "two different records",
            same.GetProperty("errors")[0].GetProperty("message").GetString(),
            StringComparison.Ordinal);
    }

    private async Task<JsonElement> PostAsync(string query)
    {
        using var response = await new GraphQLHttpTests(api).PostAsync(JsonSerializer.Serialize(new { query }), "application/json");
        return await GraphQLHttpTests.JsonAsync(response);
    }
}

[Collection(ApiCollection.Name)]
public sealed class SqliteDecideMatchTests(ApiFixture api) : DecideMatchTests(api);

[Collection(PostgresApiCollection.Name)]
public sealed class PostgresDecideMatchTests(PostgresApiFixture api) : DecideMatchTests(api);
