using System.Text.Json;
using Qingdan.Graph.Store.Security;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Server.Tests.Api;

/// <summary>
/// Personal-matters reports over <c>/graphql</c>: the official's report as declared beside what the registries show on its
/// day, the REP finding it is behind with its reports and clause, and a scoped caller outside the official refused.
/// </summary>
public abstract class PersonalReportApiTests(ReportApiFixture api)
{
    private const string Report = """
        id ref reportDate submittedDate source { bundle file line }
        person { name }
        covered { person { name } relation listed }
        interests { person { name } relation company { name } declared fact { kind share validFrom } }
        items { kind person { name } relation company { name } shown source { file line } }
        findings { rule variants }
        """;

    [Fact]
    public async Task The_official_s_report_shows_the_spouse_s_undeclared_stake_and_a_post_the_registries_do_not_show()
    {
        var json = await PostAsync(api.Client, $$"""{ people(where: { name: { eq: "王建国" } }) { nodes { reports { {{Report}} } } } }""");

        var report = json.GetProperty("people").GetProperty("nodes")[0].GetProperty("reports").EnumerateArray().Single();
        Assert.Equal(("r2024", "2024-12-31", "2025-01-20", "reports.csv", 2), (
            report.GetProperty("ref").GetString(), report.GetProperty("reportDate").GetString(), report.GetProperty("submittedDate").GetString(),
            report.GetProperty("source").GetProperty("file").GetString(), report.GetProperty("source").GetProperty("line").GetInt32()));
        Assert.Equal(
            ["李秀英 spouse True", "王建国 self True"],
            report.GetProperty("covered").EnumerateArray().Select(c =>
                $"{c.GetProperty("person").GetProperty("name")} {c.GetProperty("relation")} {c.GetProperty("listed")}").Order(StringComparer.Ordinal));
        var interest = report.GetProperty("interests").EnumerateArray().Single();
        Assert.Equal(("李秀英", "湛江市海滨建材有限公司", false, "OWNERSHIP", 0.35), (
            interest.GetProperty("person").GetProperty("name").GetString(), interest.GetProperty("company").GetProperty("name").GetString(),
            interest.GetProperty("declared").GetBoolean(), interest.GetProperty("fact").GetProperty("kind").GetString(),
            interest.GetProperty("fact").GetProperty("share").GetDouble()));
        Assert.Equal(
            ["RELATIVE 李秀英 spouse  True report_items.csv:2", "POST 王建国  湛江山海贸易有限公司 False report_items.csv:3"],
            report.GetProperty("items").EnumerateArray().Select(i =>
                $"{i.GetProperty("kind")} {i.GetProperty("person").GetProperty("name")} {Text(i, "relation")} " +
                $"{(i.GetProperty("company").ValueKind == JsonValueKind.Null ? string.Empty : i.GetProperty("company").GetProperty("name").GetString())} " +
                $"{i.GetProperty("shown")} {i.GetProperty("source").GetProperty("file")}:{i.GetProperty("source").GetProperty("line")}"));
        var finding = report.GetProperty("findings").EnumerateArray().Single();
        Assert.Equal(("REP", "undeclared_interest"), (finding.GetProperty("rule").GetString(), finding.GetProperty("variants")[0].GetString()));

        var byId = await PostAsync(api.Client, $$"""{ report(id: "{{report.GetProperty("id").GetString()}}") { ref } missing: report(id: "pr_999999") { ref } bad: report(id: "p_1") { ref } }""");
        Assert.Equal("r2024", byId.GetProperty("report").GetProperty("ref").GetString());
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (byId.GetProperty("missing").ValueKind, byId.GetProperty("bad").ValueKind));
    }

    [Fact]
    public async Task A_REP_finding_names_its_report_with_its_row_and_cites_the_report_regulation()
    {
        var json = await PostAsync(
            api.Client,
            """{ findings(first: 5, where: { rule: { eq: REP } }) { nodes { variants severity reasons company { name } clause { item regulation } reports { id ref reportDate source { bundle file line } } evidence { shows on report { ref } } } } }""");

        var finding = json.GetProperty("findings").GetProperty("nodes").EnumerateArray().Single();
        Assert.Equal("湛江市海滨建材有限公司", finding.GetProperty("company").GetProperty("name").GetString());
        Assert.Equal((4, "领导干部报告个人有关事项规定（2017）"), (
            finding.GetProperty("clause").GetProperty("item").GetInt32(), finding.GetProperty("clause").GetProperty("regulation").GetString()));
        var report = finding.GetProperty("reports").EnumerateArray().Single();
        Assert.Equal(("r2024", "2024-12-31", "cadre-2", "reports.csv", 2), (
            report.GetProperty("ref").GetString(), report.GetProperty("reportDate").GetString(),
            report.GetProperty("source").GetProperty("bundle").GetString(), report.GetProperty("source").GetProperty("file").GetString(),
            report.GetProperty("source").GetProperty("line").GetInt32()));
        var path = finding.GetProperty("evidence").EnumerateArray().Single();
        Assert.Equal(("spouse+undeclared", "2024-12-31", "r2024"), (
            path.GetProperty("shows").GetString(), path.GetProperty("on").GetString(), path.GetProperty("report").GetProperty("ref").GetString()));
        // A spouse the report lists, her 35% stake left out: close_relative + controlling_stake, medium.
        Assert.Equal(("MEDIUM", "close_relative,controlling_stake"), (
            finding.GetProperty("severity").GetString(), string.Join(',', finding.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()))));
    }

    [Fact]
    public async Task A_finding_of_another_rule_has_no_reports_and_its_clause_no_regulation()
    {
        var json = await PostAsync(api.Client, """{ findings(first: 20, where: { rule: { in: [NL3, NL5, NL9] } }) { nodes { rule reports { id } clause { regulation } evidence { report { id } } } } }""");

        var findings = json.GetProperty("findings").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f =>
        {
            Assert.Equal(0, f.GetProperty("reports").GetArrayLength());
            Assert.Equal(JsonValueKind.Null, f.GetProperty("clause").GetProperty("regulation").ValueKind);
            Assert.All(f.GetProperty("evidence").EnumerateArray(), p => Assert.Equal(JsonValueKind.Null, p.GetProperty("report").ValueKind));
        });
    }

    [Fact]
    public async Task A_caller_scoped_to_a_district_may_not_read_a_city_official_s_report()
    {
        var id = (await PostAsync(api.Client, """{ findings(first: 1, where: { rule: { eq: REP } }) { nodes { reports { id } } } }"""))
            .GetProperty("findings").GetProperty("nodes")[0].GetProperty("reports")[0].GetProperty("id").GetString();
        var (_, token) = await new ApiKeys(api.Connection, TimeProvider.System)
            .CreateAsync("district", Roles.Investigator, AccessScope.Parse("440802"), null, CancellationToken.None);
        using var district = api.ClientWith(token);

        using var response = await district.PostAsync(
            "/graphql",
            new StringContent(JsonSerializer.Serialize(new { query = $$"""{ report(id: "{{id}}") { ref } }""" }), System.Text.Encoding.UTF8, "application/json"));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(JsonValueKind.Null, json.GetProperty("data").GetProperty("report").ValueKind);
        Assert.Equal("FORBIDDEN_SCOPE", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private static string Text(JsonElement element, string name) =>
        element.GetProperty(name).ValueKind == JsonValueKind.Null ? string.Empty : element.GetProperty(name).GetString()!;

    private static async Task<JsonElement> PostAsync(HttpClient client, string query)
    {
        using var response = await client.PostAsync(
            "/graphql",
            new StringContent(JsonSerializer.Serialize(new { query }), System.Text.Encoding.UTF8, "application/json"));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json.GetProperty("data");
    }
}

/// <summary>The API fixture's city with the official's report of 2024: it lists his wife, not her stake, and declares a post the
/// registries do not show.</summary>
public class ReportApiFixture : ApiFixture
{
    protected override IEnumerable<BundleBuilder> MoreBundles(string root) =>
    [
        new BundleBuilder("cadre-2", "cadre", root: root)
            .File("companies.csv", "ref,name", "c2,湛江山海贸易有限公司")
            .File("reports.csv", "ref,person_ref,report_date,submitted_date", "r2024,p1,2024-12-31,2025-01-20")
            .File("report_items.csv", "report_ref,item,person_ref,relation,company_ref", "r2024,relative,p2,spouse,", "r2024,post,p1,,c2"),
    ];
}

/// <summary>The same over PostgreSQL.</summary>
public sealed class PostgresReportApiFixture : ReportApiFixture
{
    protected override StoreFixture CreateStore() => new PostgresFixture();
}

[CollectionDefinition(Name)]
public sealed class ReportApiCollection : ICollectionFixture<ReportApiFixture>
{
    public const string Name = "API server with a personal-matters report";
}

[CollectionDefinition(Name)]
public sealed class PostgresReportApiCollection : ICollectionFixture<PostgresReportApiFixture>
{
    public const string Name = "API server with a personal-matters report, on PostgreSQL";
}

[Collection(ReportApiCollection.Name)]
public sealed class SqlitePersonalReportApiTests(ReportApiFixture api) : PersonalReportApiTests(api);

[Collection(PostgresReportApiCollection.Name)]
public sealed class PostgresPersonalReportApiTests(PostgresReportApiFixture api) : PersonalReportApiTests(api);
