using System.Text;
using System.Text.Json;

namespace Qingdan.Graph.Server.Tests.Api;

/// <summary>Ranked search through the live server: tiers, findings and officials first, phones, addresses, reasons, roles and
/// scopes; and the review of a near match with its two records side by side.</summary>
public abstract class SearchTests(SearchFixture world)
{
    private const string Hit = "entity { __typename ... on Person { id name } ... on Company { id name } } field match text official withFindings";

    [Fact]
    public async Task Exact_names_rank_before_prefixes_and_those_before_substrings_with_findings_then_officials_first_in_a_tier()
    {
        using var investigator = world.ClientWith("investigator");
        var hits = await HitsAsync(investigator, "王伟");

        Assert.Equal(
            [
                (world.Ids["440802196803150017"], "NAME", "EXACT", true, true),
                (world.Ids["440800196501010016"], "NAME", "EXACT", true, false),
                (world.Ids["440803199001010012"], "NAME", "EXACT", false, false),
                (world.Ids["440802198505050017"], "NAME", "PREFIX", false, false),
                (world.Ids["湛江王伟贸易有限公司"], "NAME", "SUBSTRING", false, false),
            ],
            hits.Select(h => (Id(h), h.GetProperty("field").GetString(), h.GetProperty("match").GetString(),
                h.GetProperty("official").GetBoolean(), h.GetProperty("withFindings").GetBoolean())));
        Assert.Equal(["王伟", "王伟", "王伟", "王伟东", "湛江王伟贸易有限公司"], hits.Select(h => h.GetProperty("text").GetString()));

        var search = (await AskAsync(investigator, """{ search(text: "王伟", first: 2) { ... on Person { id } } }""")).GetProperty("search");
        Assert.Equal(hits.Take(2).Select(Id), search.EnumerateArray().Select(e => e.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Phones_match_digit_for_digit_exactly_by_prefix_and_by_their_last_digits_with_the_number_as_stated()
    {
        using var investigator = world.ClientWith("investigator");

        var exact = Assert.Single(await HitsAsync(investigator, "13800138000"));
        Assert.Equal((world.Ids["440802196803150017"], "PHONE", "EXACT", "138-0013-8000"), Reason(exact));
        var prefix = Assert.Single(await HitsAsync(investigator, "0759 228"));
        Assert.Equal((world.Ids["湛江市海滨建材有限公司"], "PHONE", "PREFIX", "0759-2281234"), Reason(prefix));
        var tail = Assert.Single(await HitsAsync(investigator, "1234"));
        Assert.Equal((world.Ids["湛江市海滨建材有限公司"], "PHONE", "SUBSTRING", "0759-2281234"), Reason(tail));
    }

    [Fact]
    public async Task Addresses_match_by_part_and_identifiers_by_prefix()
    {
        using var investigator = world.ClientWith("investigator");

        Assert.Equal(
            [
                (world.Ids["440802196803150017"], "ADDRESS", "SUBSTRING", "湛江市霞山区人民大道南88号"),
                (world.Ids["湛江市海滨建材有限公司"], "ADDRESS", "SUBSTRING", "湛江市霞山区人民大道南90号"),
            ],
            (await HitsAsync(investigator, "人民大道")).Select(Reason));
        Assert.Equal(
            (world.Ids["湛江市海滨建材有限公司"], "CREDIT_CODE", "PREFIX", "91440802MA4UJ0XX1P"),
            Reason(Assert.Single(await HitsAsync(investigator, "91440802ma4u"))));
        Assert.Equal(
            (world.Ids["440802196803150017"], "IDENTITY_NUMBER", "EXACT", "440802196803150017"),
            Reason(Assert.Single(await HitsAsync(investigator, "440802196803150017"))));
    }

    [Fact]
    public async Task Analysts_search_names_and_credit_codes_but_not_identity_numbers_nor_peoples_phones_and_addresses()
    {
        using var analyst = world.ClientWith("analyst");

        Assert.Empty(await HitsAsync(analyst, "440802196803150017"));
        Assert.Empty(await HitsAsync(analyst, "13800138000"));
        Assert.Equal(
            [world.Ids["湛江市海滨建材有限公司"]],
            (await HitsAsync(analyst, "人民大道")).Select(Id));
        Assert.Equal("CREDIT_CODE", Assert.Single(await HitsAsync(analyst, "91440802MA4UJ0XX1P")).GetProperty("field").GetString());
        Assert.Equal(5, (await HitsAsync(analyst, "王伟")).Count);
    }

    [Fact]
    public async Task A_scoped_investigator_finds_only_what_the_scope_sees()
    {
        using var county = world.ClientWith("county-investigator");

        var hits = await HitsAsync(county, "王伟");
        Assert.Contains(world.Ids["440802196803150017"], hits.Select(Id));
        Assert.DoesNotContain(world.Ids["440800196501010016"], hits.Select(Id));
        Assert.DoesNotContain(world.Ids["440803199001010012"], hits.Select(Id));
        Assert.Empty(await HitsAsync(county, "440800196501010016"));
    }

    [Fact]
    public async Task Admins_review_a_near_match_side_by_side_and_once_decided_it_leaves_the_list()
    {
        using var admin = world.ClientWith("admin");
        const string Review = """
            { resolutionCandidates { id reason recordA recordB differences
                a { id name registry file line ref links phone entity kind }
                b { id name registry file line ref links phone entity kind } } }
            """;
        var candidate = (await AskAsync(admin, Review)).GetProperty("resolutionCandidates").EnumerateArray()
            .Single(c => c.GetProperty("a").GetProperty("name").GetString() == "陈志强");
        var records = new[] { candidate.GetProperty("a"), candidate.GetProperty("b") }.OrderBy(r => r.GetProperty("registry").GetString()).ToList();

        Assert.Equal(
            [("cadre", "people.csv", 5, "p4", 0, "13900000001", "PERSON"), ("company", "people.csv", 5, "c-p10", 2, null, "PERSON")],
            records.Select(r => (r.GetProperty("registry").GetString(), r.GetProperty("file").GetString(), r.GetProperty("line").GetInt32(),
                r.GetProperty("ref").GetString(), r.GetProperty("links").GetInt32(), r.GetProperty("phone").GetString(),
                r.GetProperty("kind").GetString())));
        Assert.Equal(candidate.GetProperty("recordA").GetString(), candidate.GetProperty("a").GetProperty("id").GetString());
        Assert.Equal(["phone"], candidate.GetProperty("differences").EnumerateArray().Select(d => d.GetString()));

        using var investigator = world.ClientWith("investigator");
        var refused = await PostAsync(investigator, "{ resolutionCandidates { a { name } } }");
        Assert.Equal("FORBIDDEN", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        var decided = await PostAsync(admin, $$"""
            mutation { decideMatch(recordA: "{{candidate.GetProperty("recordA").GetString()}}", recordB: "{{candidate.GetProperty("recordB").GetString()}}", same: false, note: "两人") { openCandidates } }
            """);
        Assert.False(decided.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.DoesNotContain(
            (await AskAsync(admin, "{ resolutionCandidates { id } }")).GetProperty("resolutionCandidates").EnumerateArray(),
            c => c.GetProperty("id").GetString() == candidate.GetProperty("id").GetString());
    }

    private static string? Id(JsonElement hit) => hit.GetProperty("entity").GetProperty("id").GetString();

    private static (string?, string?, string?, string?) Reason(JsonElement hit) =>
        (Id(hit), hit.GetProperty("field").GetString(), hit.GetProperty("match").GetString(), hit.GetProperty("text").GetString());

    private static async Task<List<JsonElement>> HitsAsync(HttpClient client, string text) =>
        [.. (await AskAsync(client, $$"""{ searchHits(text: "{{text}}") { {{Hit}} } }""")).GetProperty("searchHits").EnumerateArray()];

    private static async Task<JsonElement> AskAsync(HttpClient client, string query)
    {
        var json = await PostAsync(client, query);
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json.GetProperty("data");
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string query)
    {
        using var content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), content);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}

[Collection(SearchCollection.Name)]
public sealed class SqliteSearchTests(SearchFixture world) : SearchTests(world);

[Collection(PostgresSearchCollection.Name)]
public sealed class PostgresSearchTests(PostgresSearchFixture world) : SearchTests(world);
