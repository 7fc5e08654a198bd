using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Qingdan.Graph.Server.Tests.Api;

/// <summary>
/// The running server driven with the OWASP API Security Top 10 (2023) in mind (docs/security.md "Hardening checked from
/// outside"): object-level authorisation by guessing ids, mass assignment through mutations, over-long strings, deep
/// nesting in variables, header and path injection through uploads.
/// </summary>
[Collection(ScopeCollection.Name)]
public sealed class HardeningTests(ScopeFixture world)
{
    private static readonly string[] Outside = ["李市长", "李小龙", "440800196501010016", "湛江市远洋贸易有限公司", "办公用品"];

    [Fact]
    public async Task API1_guessing_ids_of_people_companies_decisions_and_findings_reveals_nothing_outside_the_scope()
    {
        using var county = world.ClientWith("county-investigator");
        var fields = new StringBuilder("{");
        for (var n = 1; n <= 30; n++)
        {
            fields.Append(System.Globalization.CultureInfo.InvariantCulture, $" e{n}: entity(id: \"p_{n}\") {{ ... on Person {{ name idNumber }} }}");
            fields.Append(System.Globalization.CultureInfo.InvariantCulture, $" c{n}: entity(id: \"c_{n}\") {{ ... on Company {{ name }} }}");
            fields.Append(System.Globalization.CultureInfo.InvariantCulture, $" d{n}: entity(id: \"d_{n}\") {{ ... on Decision {{ title }} }}");
            fields.Append(System.Globalization.CultureInfo.InvariantCulture, $" f{n}: finding(id: \"f_{n}\") {{ rule official {{ name }} company {{ name }} }}");
        }

        var text = await PostAsync(county, fields.Append(" }").ToString());

        foreach (var secret in Outside)
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }

        using var json = JsonDocument.Parse(text);
        var refused = json.RootElement.GetProperty("errors").EnumerateArray()
            .Count(e => e.GetProperty("extensions").GetProperty("code").GetString() == "FORBIDDEN_SCOPE");
        Assert.True(refused >= 5, text); // the mayor, his son, his firm, the city's award, and the mayor's findings
        Assert.Contains("王县长", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""mutation { commentFinding(id: "f_1", text: "看看", actor: "admin") { id } }""", "actor")]
    [InlineData("""mutation { triageFinding(id: "f_1", status: CONFIRMED, officialId: "p_2") { id } }""", "officialId")]
    [InlineData("""mutation { assignFinding(id: "f_1", assignee: "张三", triageStatus: DISMISSED) { id } }""", "triageStatus")]
    public async Task API3_a_mutation_with_a_field_it_does_not_define_is_refused_whole(string mutation, string field)
    {
        using var county = world.ClientWith("county-investigator");
        using var response = await county.PostAsync("/graphql", Json(new { query = mutation }));
        var text = await response.Content.ReadAsStringAsync();

        // A document that does not validate: 200 with application/json (400 with graphql-response+json), errors and no data.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(text);
        Assert.False(json.RootElement.TryGetProperty("data", out _), text);
        Assert.Contains($"'{field}'", json.RootElement.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task API3_the_author_of_a_comment_is_the_caller_whatever_the_variables_say()
    {
        using var county = world.ClientWith("county-investigator");
        var finding = await VisibleFindingAsync(county);
        var text = await PostAsync(
            county,
            "mutation ($id: ID!, $text: String!) { commentFinding(id: $id, text: $text) { history { actor text } } }",
            new { id = finding, text = "核实中", actor = "admin", role = "admin" });

        using var json = JsonDocument.Parse(text);
        var last = json.RootElement.GetProperty("data").GetProperty("commentFinding").GetProperty("history").EnumerateArray().Last();
        Assert.Equal(("county-investigator", "核实中"), (last.GetProperty("actor").GetString(), last.GetProperty("text").GetString()));
    }

    [Theory]
    [InlineData("query ($t: String!) { search(text: $t) { __typename } }", "text", 200)]
    [InlineData("mutation ($id: ID!, $t: String!) { commentFinding(id: $id, text: $t) { id } }", "text", 10_000)]
    [InlineData("mutation ($id: ID!, $t: String) { assignFinding(id: $id, assignee: $t) { id } }", "assignee", 200)]
    [InlineData("mutation ($id: ID!, $t: String) { triageFinding(id: $id, status: IN_PROGRESS, note: $t) { id } }", "note", 2_000)]
    public async Task API4_an_over_long_string_is_refused_naming_the_limit_and_nothing_is_written(string query, string argument, int max)
    {
        using var county = world.ClientWith("county-investigator");
        var finding = await VisibleFindingAsync(county);
        var before = await PostAsync(county, "query ($id: ID!) { finding(id: $id) { triageStatus assignee history { kind } } }", new { id = finding });

        var text = await PostAsync(county, query, new { id = finding, t = new string('长', max + 1) });

        using var json = JsonDocument.Parse(text);
        var error = json.RootElement.GetProperty("errors")[0];
        Assert.Equal("BAD_ARGUMENT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains($"'{argument}'", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(max.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await PostAsync(county, "query ($id: ID!) { finding(id: $id) { triageStatus assignee history { kind } } }", new { id = finding }));
    }

    [Fact]
    public async Task API4_deep_nesting_in_variables_is_refused_with_400_and_the_server_keeps_answering()
    {
        using var county = world.ClientWith("county-investigator");
        var where = "{\"name\":{\"eq\":\"x\"}}";
        for (var level = 0; level < 500; level++)
        {
            where = "{\"and\":[" + where + "]}";
        }

        var body = "{\"query\":\"query ($w: PersonFilter) { people(where: $w) { totalCount } }\",\"variables\":{\"w\":" + where + "}}";
        using var response = await county.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("deep", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("王县长", await PostAsync(county, """{ search(text: "王县长") { ... on Person { name } } }"""), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("people.csv\r\nX-Injected: yes")]
    [InlineData("a\u0000b.csv")]
    public async Task API8_an_upload_file_name_with_a_folder_or_control_characters_is_saved_only_by_its_name_or_refused(string name)
    {
        using var admin = world.ClientWith("admin");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent("ref,name\np1,王\n"u8.ToArray());
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileName = JsonSerializer.Serialize(name) };
        form.Add(file);
        using var response = await admin.PostAsync("/ingest/uploads", form);
        var text = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("X-Injected", string.Join("\n", response.Headers.Select(h => h.Key)), StringComparison.Ordinal);
        if (response.StatusCode == HttpStatusCode.Created)
        {
            using var json = JsonDocument.Parse(text);
            var saved = json.RootElement.GetProperty("files")[0].GetProperty("name").GetString()!;
            Assert.DoesNotContain('/', saved);
            Assert.False(saved.Any(char.IsControl), saved);
        }
        else
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("not a file name", text, StringComparison.Ordinal);
        }
    }

    private async Task<string> VisibleFindingAsync(HttpClient client)
    {
        using var json = JsonDocument.Parse(await PostAsync(client, $$"""{ person(id: "{{world.Ids["王县长"]}}") { findings { id } } }"""));
        return json.RootElement.GetProperty("data").GetProperty("person").GetProperty("findings")[0].GetProperty("id").GetString()!;
    }

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private static async Task<string> PostAsync(HttpClient client, string query, object? variables = null)
    {
        using var response = await client.PostAsync("/graphql", Json(new { query, variables }));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return text;
    }
}
