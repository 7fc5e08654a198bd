using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Ingest.Sheets;

namespace Qingdan.Graph.Server.Tests.Api;

/// <summary><c>GET /cases.csv</c> and <c>/cases.xlsx</c>: signed in, scoped, audited, headers in the chosen language, CSV safe to
/// open in Excel, the workbook read back by openpyxl and by the ingest's own reader.</summary>
public abstract class CaseExportTests(ScopeFixture world)
{
    [Fact]
    public async Task The_csv_has_a_bom_crlf_quoted_fields_and_no_formula_a_spreadsheet_would_run()
    {
        var id = await OpenAsync("investigator", "=HYPERLINK(\"http://x\",\"点我\"), 第二", ["张检察", "李审计"]);
        using var client = world.ClientWith("investigator");
        using var response = await client.GetAsync("/cases.csv?status=open&title=HYPERLINK");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("编号,标题,状态,承办人,线索数,待处理,处理中,已确认,已排除,人员企业机关数,创建人,创建时间（UTC）,更新时间（UTC）", lines[0]);
        Assert.StartsWith($"{id},\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\"), 第二\",待处理,张检察、李审计,1,1,0,0,0,0,investigator,", lines[1], StringComparison.Ordinal);
        Assert.Equal([""], lines[2..]);

        using var english = await client.GetAsync("/cases.csv?lang=en&title=HYPERLINK");
        Assert.StartsWith("id,title,status,assignees,findings,open", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_xlsx_reads_back_in_openpyxl_and_in_the_ingests_own_reader()
    {
        var id = await OpenAsync("investigator", "+导出 表格", ["王"]);
        using var client = world.ClientWith("investigator");
        using var response = await client.GetAsync("/cases.xlsx?title=%2B%E5%AF%BC%E5%87%BA");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var path = Path.Combine(Path.GetTempPath(), $"cases-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        try
        {
            var rows = XlsxSheet.Open(path, null).ReadRows(CancellationToken.None).ToList();
            Assert.Equal(2, rows.Count);
            Assert.Equal(("编号", "标题", "状态"), (rows[0][0].Text, rows[0][1].Text, rows[0][2].Text));
            Assert.Equal((id, "+导出 表格", "待处理", "王"), (rows[1][0].Text, rows[1][1].Text, rows[1][2].Text, rows[1][3].Text));
            Assert.Equal((CellKind.Number, 1.0), (rows[1][4].Kind, rows[1][4].Number));

            using var json = await Openpyxl.ReadAsync(await File.ReadAllBytesAsync(path));
            Assert.Equal("案件", json.RootElement.GetProperty("title").GetString());
            var row = json.RootElement.GetProperty("rows")[1];
            Assert.Equal((id, "+导出 表格", 1), (row[0].GetString(), row[1].GetString(), row[4].GetInt32()));
            Assert.Equal(["s", "s", "s", "s", "n"], json.RootElement.GetProperty("types").EnumerateArray().Take(5).Select(t => t.GetString()));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Exports_need_a_key_keep_to_the_scope_refuse_bad_filters_and_are_audited()
    {
        var city = await OpenAsync("investigator", "导出范围 市里", []);
        using var anonymous = new HttpClient { BaseAddress = world.Address };
        using (var response = await anonymous.GetAsync("/cases.csv"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        using var county = world.ClientWith("county-investigator");
        var district = (await CaseApiTests.AskAsync(county, """mutation { openCase(title: "导出范围 区里") { id } }"""))
            .GetProperty("openCase").GetProperty("id").GetString();
        var text = await county.GetStringAsync("/cases.csv?title=%E5%AF%BC%E5%87%BA%E8%8C%83%E5%9B%B4");
        Assert.Contains(district + ",", text, StringComparison.Ordinal);
        Assert.DoesNotContain(city + ",", text, StringComparison.Ordinal);

        foreach (var query in new[] { "status=pending", "finding=k_1", "lang=fr" })
        {
            using var bad = await county.GetAsync($"/cases.csv?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        }

        await using var context = world.Connection.CreateContext();
        var audit = await context.AuditLog.AsNoTracking().Where(a => a.Actor == "county-investigator" && a.Operation.StartsWith("export cases.csv"))
            .OrderByDescending(a => a.Id).FirstAsync();
        Assert.Contains(district!, audit.Entities, StringComparison.Ordinal);
    }

    private async Task<string> OpenAsync(string key, string title, string[] assignees)
    {
        using var admin = world.ClientWith("admin");
        var finding = (await CaseApiTests.AskAsync(admin, $$"""{ person(id: "{{world.Ids["王县长"]}}") { findings { id } } }"""))
            .GetProperty("person").GetProperty("findings")[0].GetProperty("id").GetString();
        using var client = world.ClientWith(key);
        var variables = JsonSerializer.Serialize(new { title, assignees, findings = assignees.Length > 0 ? new[] { finding } : [] });
        using var response = await client.PostAsync("/graphql", new StringContent(
            $$"""{"query":"mutation($title: String!, $assignees: [String!], $findings: [ID!]) { openCase(title: $title, assignees: $assignees, findings: $findings) { id } }","variables":{{variables}}}""",
            Encoding.UTF8,
            "application/json"));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("data").GetProperty("openCase").GetProperty("id").GetString()!;
    }
}

[Collection(ScopeCollection.Name)]
public sealed class SqliteCaseExportTests(ScopeFixture world) : CaseExportTests(world);

[Collection(PostgresScopeCollection.Name)]
public sealed class PostgresCaseExportTests(PostgresScopeFixture world) : CaseExportTests(world);
