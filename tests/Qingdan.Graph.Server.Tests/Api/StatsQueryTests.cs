using System.Text.Json;

namespace Qingdan.Graph.Server.Tests.Api;

/// <summary>
/// The stats engine through <c>findingStats</c> and <c>decisionStats</c> on the fixture's city (two awards by one agency: 2,000,000
/// direct to one bidder, 500,000 open to three; an NL3, an NL5 and an NL9 finding): aggregates, multi-valued and null groups,
/// having, order, first, and the errors a wrong question gets.
/// </summary>
public abstract class StatsQueryTests(ApiFixture api)
{
    [Fact]
    public async Task No_grouping_makes_one_group_with_every_aggregate()
    {
        var row = Single(await DataAsync("""
            { decisionStats(groupBy: []) { count agencies: distinct(of: AGENCY) total: sum(of: AMOUNT) mean: avg(of: AMOUNT)
                least: min(of: AMOUNT) most: max(of: AMOUNT) bidders: sum(of: BIDDERS) } }
            """));

        Assert.Equal(
            (2, 1, 2500000m, 1250000m, 500000m, 2000000m, 4m),
            (Int(row, "count"), Int(row, "agencies"), Dec(row, "total"), Dec(row, "mean"), Dec(row, "least"), Dec(row, "most"),
                Dec(row, "bidders")));
    }

    [Fact]
    public async Task A_row_without_a_value_is_in_the_null_group()
    {
        var row = Single(await DataAsync("""{ decisionStats(groupBy: [CURRENCY]) { currency count } }"""));

        Assert.Equal(JsonValueKind.Null, row.GetProperty("currency").ValueKind);
        Assert.Equal(2, Int(row, "count"));
    }

    [Fact]
    public async Task A_multi_valued_dimension_counts_a_row_in_each_of_its_values()
    {
        var data = await DataAsync("""
            { all: findingStats(groupBy: []) { count }
              nl9: decisionStats(groupBy: [NL9_FINDING]) { nl9Finding count }
              behind: decisionStats(groupBy: [NL9]) { nl9 count findings: distinct(of: NL9_FINDING) } }
            """);

        Assert.Equal(3, Int(Single(data, "all"), "count"));
        var groups = data.GetProperty("nl9").EnumerateArray().ToList();
        // One decision has the NL9 finding behind it, the other none: a group of the finding, and the null group last.
        Assert.Equal(2, groups.Count);
        Assert.StartsWith("f_", groups[0].GetProperty("nl9Finding").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, groups[1].GetProperty("nl9Finding").ValueKind);
        Assert.Equal(
            [(false, 1, 0), (true, 1, 1)],
            data.GetProperty("behind").EnumerateArray().Select(r => (r.GetProperty("nl9").GetBoolean(), Int(r, "count"), Int(r, "findings"))));
    }

    [Theory]
    [InlineData("""[{ aggregate: SUM, measure: AMOUNT, gt: 1000000 }]""", "DIRECT")]
    [InlineData("""[{ aggregate: SUM, measure: AMOUNT, lte: 1000000 }, { aggregate: COUNT, eq: 1 }]""", "OPEN")]
    [InlineData("""[{ aggregate: MAX, measure: BIDDERS, gte: 3 }]""", "OPEN")]
    [InlineData("""[{ aggregate: DISTINCT, dimension: AGENCY, ne: 1 }]""", "")]
    public async Task Having_keeps_the_groups_every_condition_holds_for(string having, string methods)
    {
        var data = await DataAsync($$"""{ decisionStats(groupBy: [METHOD], having: {{having}}) { method } }""");

        Assert.Equal(methods, string.Join(",", data.GetProperty("decisionStats").EnumerateArray().Select(r => r.GetProperty("method").GetString())));
    }

    [Theory]
    [InlineData("""[{ aggregate: SUM, measure: AMOUNT, direction: DESC }]""", null, "DIRECT,OPEN")]
    [InlineData("""[{ aggregate: SUM, measure: AMOUNT, direction: ASC }]""", null, "OPEN,DIRECT")]
    [InlineData("""[{ group: METHOD, direction: DESC }]""", null, "OPEN,DIRECT")]
    [InlineData("""[{ aggregate: MIN, measure: BIDDERS, direction: DESC }]""", 1, "OPEN")]
    [InlineData(null, 1, "DIRECT")]
    public async Task Order_and_first_pick_the_groups_and_their_order(string? order, int? first, string methods)
    {
        var arguments = (order is null ? "" : $", order: {order}") + (first is null ? "" : $", first: {first}");
        var data = await DataAsync($$"""{ decisionStats(groupBy: [METHOD]{{arguments}}) { method } }""");

        Assert.Equal(methods, string.Join(",", data.GetProperty("decisionStats").EnumerateArray().Select(r => r.GetProperty("method").GetString())));
    }

    [Fact]
    public async Task Findings_group_by_their_neighbours()
    {
        var data = await DataAsync("""
            { findingStats(groupBy: [COMPANY_INDUSTRY, AGENCY_REGION], where: { rule: { in: [NL5, NL9] } }) {
                companyIndustry agencyRegion count companies: distinct(of: COMPANY) } }
            """);

        // Both findings are about the building firm (industry E48: section E), their agency in region 440800.
        var row = Single(data);
        Assert.Equal(("E", "440800", 2, 1), (row.GetProperty("companyIndustry").GetString(), row.GetProperty("agencyRegion").GetString(),
            Int(row, "count"), Int(row, "companies")));
    }

    [Fact]
    public async Task A_measure_drawn_from_the_evidence_is_read_however_the_query_names_it()
    {
        // The evidence is read only for the measures drawn from it: named literally, in a fragment, in a variable or in having,
        // each answers alike; a query that names none of them still counts.
        var data = await DataAsync(
            """
            query($m: FindingMeasure!) {
              literal: findingStats(groupBy: []) { relatives: sum(of: RELATIVES) decisions: sum(of: DECISIONS) }
              fragment: findingStats(groupBy: []) { ...sums }
              variable: findingStats(groupBy: []) { relatives: sum(of: $m) }
              having: findingStats(groupBy: [RULE], having: [{ aggregate: SUM, measure: DECISIONS, gte: 1 }]) { rule }
              plain: findingStats(groupBy: []) { count } }
            fragment sums on FindingStat { relatives: sum(of: RELATIVES) decisions: sum(of: DECISIONS) }
            """,
            new { m = "RELATIVES" });

        var literal = Single(data, "literal");
        Assert.True(Dec(literal, "relatives") > 0 && Dec(literal, "decisions") > 0, literal.ToString());
        Assert.Equal((Dec(literal, "relatives"), Dec(literal, "decisions")),
            (Dec(Single(data, "fragment"), "relatives"), Dec(Single(data, "fragment"), "decisions")));
        Assert.Equal(Dec(literal, "relatives"), Dec(Single(data, "variable"), "relatives"));
        Assert.Equal("NL9", Single(data, "having").GetProperty("rule").GetString());
        Assert.Equal(3, Int(Single(data, "plain"), "count"));
    }

    [Theory]
    [InlineData("""decisionStats(groupBy: [AGENCY], order: [{ group: KIND }]) { count }""", "order[0]: KIND is not in groupBy.")]
    [InlineData("""decisionStats(groupBy: [], having: [{ aggregate: COUNT, measure: AMOUNT, gt: 1 }]) { count }""",
        "having[0]: COUNT takes neither measure nor dimension.")]
    [InlineData("""decisionStats(groupBy: [], having: [{ aggregate: SUM, gt: 1 }]) { count }""", "having[0]: SUM needs a measure.")]
    [InlineData("""decisionStats(groupBy: [], order: [{ aggregate: DISTINCT }]) { count }""", "order[0]: DISTINCT needs a dimension.")]
    [InlineData("""decisionStats(groupBy: [], first: 20000) { count }""", "first is 0 to 10,000, not 20000.")]
    [InlineData("""decisionStats(groupBy: [], order: [{ group: KIND, aggregate: COUNT }]) { count }""",
        "order[0]: give either group or aggregate.")]
    public async Task A_wrong_question_is_refused_saying_what_is_wrong(string field, string message)
    {
        using var response = await new GraphQLHttpTests(api).PostAsync(
            JsonSerializer.Serialize(new { query = $"{{ {field} }}" }), "application/json");
        var json = await GraphQLHttpTests.JsonAsync(response);

        var error = json.GetProperty("errors")[0];
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal("BAD_STATS", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    private static JsonElement Single(JsonElement data, string? field = null) =>
        Assert.Single((field is null ? data.EnumerateObject().Single().Value : data.GetProperty(field)).EnumerateArray());

    private static int Int(JsonElement row, string name) => row.GetProperty(name).GetInt32();

    private static decimal Dec(JsonElement row, string name) => row.GetProperty(name).GetDecimal();

    private async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        using var response = await new GraphQLHttpTests(api).PostAsync(JsonSerializer.Serialize(new { query, variables }), "application/json");
        var json = await GraphQLHttpTests.JsonAsync(response);
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json.GetProperty("data");
    }
}

[Collection(ApiCollection.Name)]
public sealed class SqliteStatsQueryTests(ApiFixture api) : StatsQueryTests(api);

[Collection(PostgresApiCollection.Name)]
public sealed class PostgresStatsQueryTests(PostgresApiFixture api) : StatsQueryTests(api);
