using System.Text.Json;

namespace Qingdan.Graph.Server.Tests.Api;

/// <summary>peopleStats, companyStats and transactionStats over the demo data, and the computed fields of people and companies.</summary>
public abstract class EntityStatsTests(ApiFixture api)
{
    [Fact]
    public async Task People_group_by_agency_and_findings_with_their_measures()
    {
        var data = await DataAsync("""
            { peopleStats(groupBy: [AGENCY, IN_FINDINGS], order: [{ aggregate: COUNT, direction: DESC }]) {
                agency agencyName inFindings count findings relatives: sum(of: RELATIVES) awarded: sum(of: AWARDED_AMOUNT) } }
            """);

        var rows = data.GetProperty("peopleStats").EnumerateArray().Select(r => (r.GetProperty("agencyName").GetString(),
            r.GetProperty("inFindings").GetBoolean(), r.GetProperty("count").GetInt32(), r.GetProperty("findings").GetInt32(),
            r.GetProperty("relatives").GetDecimal(), r.GetProperty("awarded").ValueKind == JsonValueKind.Null
                ? (decimal?)null
                : r.GetProperty("awarded").GetDecimal())).ToList();
        Assert.Equal([((string?)null, false, 3, 0, 1m, (decimal?)null), ("湛江市住房和城乡建设局", true, 1, 3, 1m, 2500000m)], rows);
    }

    [Fact]
    public async Task People_filter_having_and_a_multi_valued_rule()
    {
        var data = await DataAsync("""
            { named: peopleStats(groupBy: [OFFICIAL], where: { name: { eq: "陈志强" } }) { official count }
              rules: peopleStats(groupBy: [FINDING_RULE], having: [{ gte: 1, lte: 1 }], order: [{ group: FINDING_RULE, direction: DESC }],
                first: 2) { findingRule count }
              buckets: peopleStats(groupBy: [GENDER, RELATIVES_BUCKET], having: [{ gte: 2 }]) { gender relativesBucket count } }
            """);

        var named = Assert.Single(data.GetProperty("named").EnumerateArray());
        Assert.Equal((false, 2), (named.GetProperty("official").GetBoolean(), named.GetProperty("count").GetInt32()));
        Assert.Equal(
            ["NL9", "NL5"],
            data.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("findingRule").GetString()));
        var bucket = Assert.Single(data.GetProperty("buckets").EnumerateArray());
        Assert.Equal((JsonValueKind.Null, "0", 2), (bucket.GetProperty("gender").ValueKind, bucket.GetProperty("relativesBucket").GetString(),
            bucket.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task Companies_group_by_industry_and_region_and_by_winning_agency_and_rule()
    {
        var data = await DataAsync("""
            { byIndustry: companyStats(groupBy: [INDUSTRY, REGION], order: [{ aggregate: SUM, measure: AWARDED_AMOUNT, direction: DESC }],
                first: 1) { industry region count awardedAmount awards: sum(of: AWARDS) findings: sum(of: FINDINGS) }
              byAgency: companyStats(groupBy: [WINNING_AGENCY, FINDING_RULE]) { winningAgency winningAgencyName findingRule count }
              byHolder: companyStats(groupBy: [SHAREHOLDER], where: { listed: { eq: false } },
                having: [{ aggregate: SUM, measure: SHAREHOLDERS, gte: 1 }]) { shareholder shareholderName count } }
            """);

        var top = Assert.Single(data.GetProperty("byIndustry").EnumerateArray());
        Assert.Equal(("E", "440802", 1, 2000000m, 1m, 2m), (top.GetProperty("industry").GetString(), top.GetProperty("region").GetString(),
            top.GetProperty("count").GetInt32(), top.GetProperty("awardedAmount").GetDecimal(), top.GetProperty("awards").GetDecimal(),
            top.GetProperty("findings").GetDecimal()));
        Assert.Equal(
            [("a_4", "湛江市住房和城乡建设局", "NL3", 1), ("a_4", "湛江市住房和城乡建设局", "NL5", 1), ("a_4", "湛江市住房和城乡建设局", "NL9", 1)],
            data.GetProperty("byAgency").EnumerateArray().Select(r => (r.GetProperty("winningAgency").GetString(),
                r.GetProperty("winningAgencyName").GetString(), r.GetProperty("findingRule").GetString(), r.GetProperty("count").GetInt32())));
        var holder = Assert.Single(data.GetProperty("byHolder").EnumerateArray());
        Assert.Equal(("p_2", "李秀英", 1), (holder.GetProperty("shareholder").GetString(), holder.GetProperty("shareholderName").GetString(),
            holder.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task Transactions_group_by_kind_and_payer_kind_and_filter()
    {
        var data = await DataAsync("""
            { all: transactionStats(groupBy: [KIND, PAYER_KIND, PAYEE]) { kind payerKind payee payeeName count amount: sum(of: AMOUNT) }
              big: transactionStats(groupBy: [], where: { amount: { gt: 500000 } }) { count }
              quarter: transactionStats(groupBy: [QUARTER], where: { payer: { eq: "c_6" }, date: { gte: "2024-01-01" } }) { quarter count } }
            """);

        var row = Assert.Single(data.GetProperty("all").EnumerateArray());
        Assert.Equal(("loan", "company", "p_2", "李秀英", 1, 300000m), (row.GetProperty("kind").GetString(), row.GetProperty("payerKind")
            .GetString(), row.GetProperty("payee").GetString(), row.GetProperty("payeeName").GetString(), row.GetProperty("count").GetInt32(),
            row.GetProperty("amount").GetDecimal()));
        Assert.Empty(data.GetProperty("big").EnumerateArray());
        var quarter = Assert.Single(data.GetProperty("quarter").EnumerateArray());
        Assert.Equal(("2024-Q1", 1), (quarter.GetProperty("quarter").GetString(), quarter.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task Computed_fields_filter_and_order()
    {
        var data = await DataAsync("""
            { people(where: { findingCount: { gte: 2 } }) { totalCount nodes { id findingCount awardedAmount } }
              companies(order: [{ field: FINDING_COUNT, direction: DESC }], first: 1) { nodes { id findingCount awardedAmount } } }
            """);

        var person = Assert.Single(data.GetProperty("people").GetProperty("nodes").EnumerateArray());
        Assert.Equal(("p_1", 3, 2500000m), (person.GetProperty("id").GetString(), person.GetProperty("findingCount").GetInt32(),
            person.GetProperty("awardedAmount").GetDecimal()));
        var company = Assert.Single(data.GetProperty("companies").GetProperty("nodes").EnumerateArray());
        Assert.Equal(("c_5", 2, 2000000m), (company.GetProperty("id").GetString(), company.GetProperty("findingCount").GetInt32(),
            company.GetProperty("awardedAmount").GetDecimal()));
    }

    [Fact]
    public async Task Relatives_in_findings_and_awarded_amounts_filter_and_order_people_companies_and_stats()
    {
        var data = await DataAsync("""
            { relatives: people(where: { relativesInFindings: { gte: 1 } }, order: [{ field: RELATIVES_IN_FINDINGS, direction: DESC }]) {
                nodes { id relativesInFindings } }
              officials: people(where: { awardedAmount: { gt: 0 } }, order: [{ field: AWARDED_AMOUNT, direction: DESC }]) {
                nodes { id awardedAmount } }
              companies(where: { awardedAmount: { gte: 500000 } }, order: [{ field: AWARDED_AMOUNT }]) { nodes { id awardedAmount } }
              stats: peopleStats(groupBy: [], where: { relativesInFindings: { gte: 1 } }) { count } }
            """);

        Assert.Equal("p_1:1", Nodes(data, "relatives", "relativesInFindings"));
        Assert.Equal("p_1:2500000", Nodes(data, "officials", "awardedAmount"));
        Assert.Equal("c_6:500000,c_5:2000000", Nodes(data, "companies", "awardedAmount"));
        Assert.Equal(1, Assert.Single(data.GetProperty("stats").EnumerateArray()).GetProperty("count").GetInt32());
    }

    private static string Nodes(JsonElement data, string field, string value) =>
        string.Join(",", data.GetProperty(field).GetProperty("nodes").EnumerateArray()
            .Select(n => $"{n.GetProperty("id").GetString()}:{n.GetProperty(value).GetRawText()}"));

    private async Task<JsonElement> DataAsync(string query)
    {
        using var response = await new GraphQLHttpTests(api).PostAsync(JsonSerializer.Serialize(new { query }), "application/json");
        var json = await GraphQLHttpTests.JsonAsync(response);
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json.GetProperty("data");
    }
}

[Collection(ApiCollection.Name)]
public sealed class SqliteEntityStatsTests(ApiFixture api) : EntityStatsTests(api);

[Collection(PostgresApiCollection.Name)]
public sealed class PostgresEntityStatsTests(PostgresApiFixture api) : EntityStatsTests(api);
