using System.Text.Json;

namespace Qingdan.Graph.Server.Tests.Api;

/// <summary>Analysts' connections: every operator of every filter type, nested filters, order, and the reports of DESIGN.md as one query
/// each.</summary>
public abstract class AnalystQueryTests(ApiFixture api)
{
    [Theory]
    // String: eq, neq, in, contains, startsWith
    [InlineData("people", """{ name: { eq: "李秀英" } }""", 1)]
    [InlineData("people", """{ name: { neq: "李秀英" } }""", 3)] // 陈志强 twice: two records without identifiers are not merged
    [InlineData("people", """{ name: { in: ["李秀英", "陈志强"] } }""", 3)]
    [InlineData("companies", """{ name: { contains: "建材" } }""", 1)]
    [InlineData("companies", """{ name: { startsWith: "湛江山海" } }""", 1)]
    // Id: eq, in
    [InlineData("people", """{ id: { eq: "p_1" } }""", 1)]
    [InlineData("people", """{ id: { in: ["p_1", "p_2", "p_999"] } }""", 2)]
    // Date: eq, neq, in, gt, gte, lt, lte
    [InlineData("decisions", """{ decidedDate: { eq: "2025-03-01" } }""", 1)]
    [InlineData("decisions", """{ decidedDate: { neq: "2025-03-01" } }""", 1)]
    [InlineData("decisions", """{ decidedDate: { in: ["2025-03-01", "2024-06-01"] } }""", 2)]
    [InlineData("decisions", """{ decidedDate: { gt: "2024-06-01" } }""", 1)]
    [InlineData("decisions", """{ decidedDate: { gte: "2024-06-01" } }""", 2)]
    [InlineData("decisions", """{ decidedDate: { lt: "2025-03-01" } }""", 1)]
    [InlineData("decisions", """{ decidedDate: { lte: "2025-03-01" } }""", 2)]
    // Decimal: eq, neq, in, gt, gte, lt, lte
    [InlineData("decisions", """{ amount: { eq: 2000000 } }""", 1)]
    [InlineData("decisions", """{ amount: { neq: 2000000 } }""", 1)]
    [InlineData("decisions", """{ amount: { in: [500000, 7] } }""", 1)]
    [InlineData("decisions", """{ amount: { gt: 500000 } }""", 1)]
    [InlineData("decisions", """{ amount: { gte: 500000 } }""", 2)]
    [InlineData("decisions", """{ amount: { lt: 2000000 } }""", 1)]
    [InlineData("decisions", """{ amount: { lte: 2000000 } }""", 2)]
    // Int: eq, neq, in, gt, gte, lt, lte
    [InlineData("decisions", """{ bidders: { eq: 1 } }""", 1)]
    [InlineData("decisions", """{ bidders: { neq: 1 } }""", 1)]
    [InlineData("decisions", """{ bidders: { in: [1, 3] } }""", 2)]
    [InlineData("decisions", """{ bidders: { gt: 1 } }""", 1)]
    [InlineData("decisions", """{ bidders: { gte: 1 } }""", 2)]
    [InlineData("decisions", """{ bidders: { lt: 3 } }""", 1)]
    [InlineData("decisions", """{ bidders: { lte: 3 } }""", 2)]
    // Word (vocabulary): eq, neq, in
    [InlineData("decisions", """{ method: { eq: DIRECT } }""", 1)]
    [InlineData("decisions", """{ method: { neq: DIRECT } }""", 1)]
    [InlineData("decisions", """{ method: { in: [OPEN, LIMITED] } }""", 1)]
    // Boolean: eq
    [InlineData("companies", """{ listed: { eq: false } }""", 2)]
    // DateTime: gt, lt (findings)
    [InlineData("findings", """{ firstSeen: { gt: "2000-01-01T00:00:00Z" } }""", 3)]
    [InlineData("findings", """{ lastSeen: { lt: "2000-01-01T00:00:00Z" } }""", 0)]
    // and, or, not
    [InlineData("decisions", """{ and: [{ bidders: { eq: 1 } }, { method: { eq: DIRECT } }] }""", 1)]
    [InlineData("decisions", """{ or: [{ bidders: { eq: 1 } }, { amount: { lt: 600000 } }] }""", 2)]
    [InlineData("decisions", """{ not: { bidders: { eq: 1 } } }""", 1)]
    // Nested through related entities
    [InlineData("decisions", """{ agency: { name: { contains: "住房" } } }""", 2)]
    [InlineData("decisions", """{ beneficiary: { creditCode: { eq: "91440802MA4UJ0XX1P" } } }""", 1)]
    [InlineData("decisions", """{ findings: { rule: { eq: NL9 } } }""", 1)]
    [InlineData("people", """{ findings: { rule: { eq: NL3 } } }""", 1)]
    [InlineData(
        "companies",
        """{ findings: { severity: { in: [LOW, MEDIUM, HIGH] }, official: { idNumber: { startsWith: "4408" } } } }""",
        2)]
    public async Task Every_operator_filters(string connection, string where, int expected)
    {
        var data = await DataAsync($$"""{ result: {{connection}}(where: {{where}}) { totalCount } }""");

        Assert.Equal(expected, data.GetProperty("result").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Connections_order_and_page()
    {
        var data = await DataAsync("""
            { byAmount: decisions(first: 1, order: [{ field: AMOUNT, direction: DESC }]) { totalCount pageInfo { hasNextPage endCursor } nodes { title amount } }
              byName: people(order: [{ field: NAME, direction: DESC }]) { nodes { name } } }
            """);

        var first = data.GetProperty("byAmount");
        Assert.Equal(2000000m, first.GetProperty("nodes")[0].GetProperty("amount").GetDecimal());
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var names = data.GetProperty("byName").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString())
            .ToList();
        Assert.Equal(names.OrderDescending(StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task Report_procurement_awards_per_agency_in_2025_with_a_connected_supplier_and_their_total_is_one_query()
    {
        var data = await DataAsync("""
            { decisionStats(groupBy: [AGENCY, YEAR], where: { kind: { eq: "procurement_award" }, decidedDate: { gte: "2025-01-01", lte: "2025-12-31" }, findings: { rule: { eq: NL9 } } }) { agencyName year count amount } }
            """);

        var row = Assert.Single(data.GetProperty("decisionStats").EnumerateArray());
        Assert.Equal(("湛江市住房和城乡建设局", "2025", 1, 2000000m), (row.GetProperty("agencyName").GetString(), row.GetProperty("year")
            .GetString(), row.GetProperty("count").GetInt32(), row.GetProperty("amount").GetDecimal()));
    }

    [Fact]
    public async Task Report_high_severity_findings_per_rule_and_month_is_one_query()
    {
        var data = await DataAsync(
            """{ findingStats(groupBy: [RULE, MONTH], where: { active: { eq: true } }) { rule month count amount } }""");

        Assert.Equal(
            ["NL3", "NL5", "NL9"],
            data.GetProperty("findingStats").EnumerateArray().Select(r => r.GetProperty("rule").GetString()));
        Assert.All(
            data.GetProperty("findingStats").EnumerateArray(),
            r => Assert.Matches(@"^\d{4}-\d{2}$", r.GetProperty("month").GetString()));
    }

    [Fact]
    public async Task An_unknown_word_is_refused_naming_the_enum_of_the_words_a_field_takes()
    {
        using var response = await new GraphQLHttpTests(api).PostAsync(
            JsonSerializer.Serialize(new { query = """{ decisions(where: { method: { eq: AUCTION } }) { totalCount } }""" }),
            "application/json");
        var json = await GraphQLHttpTests.JsonAsync(response);

        Assert.Contains(
            "Expected type 'ProcurementMethod', found AUCTION.",
            json.GetProperty("errors")[0].GetProperty("message").GetString(),
            StringComparison.Ordinal);
    }

    private async Task<JsonElement> DataAsync(string query)
    {
        using var response = await new GraphQLHttpTests(api).PostAsync(JsonSerializer.Serialize(new { query }), "application/json");
        var json = await GraphQLHttpTests.JsonAsync(response);
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json.GetProperty("data");
    }
}

[Collection(ApiCollection.Name)]
public sealed class SqliteAnalystQueryTests(ApiFixture api) : AnalystQueryTests(api);

[Collection(PostgresApiCollection.Name)]
public sealed class PostgresAnalystQueryTests(PostgresApiFixture api) : AnalystQueryTests(api);
