using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Qingdan.Graph.Server.Api.Reports.Saved;
using Qingdan.Graph.Store.Notifications;
using Qingdan.Graph.Store.Reports;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Server.Tests.Api;

/// <summary>
/// Saved reports (docs/reports.md) on the fixture's city: saving and running the NL9 award report, its tables, parameters and
/// variables; the documents, schedules and time zones refused; the CSV, xlsx and JSON downloads; who may save and replace;
/// and the scheduler's runs and notifications.
/// </summary>
public abstract class SavedReportTests(ApiFixture api)
{
    private const string Nl9Awards = """
        query ($from: Date = "2025-01-01", $to: Date = "2025-12-31") { decisionStats(groupBy: [AGENCY, KIND],
          where: {decidedDate: {gte: $from, lte: $to}, findings: {rule: {eq: NL9}}}) {
            agency agencyName kind count findings: distinct(of: NL9_FINDING) awarded: sum(of: AMOUNT) } }
        """;

    private const string RunFields = "id trigger runBy changed failed variables result errors "
        + "tables(lang: \"en\") { name columns { path label numeric } rows }";

    [Fact]
    public async Task A_saved_report_runs_into_one_table_and_a_second_identical_run_is_unchanged()
    {
        var name = Unique();
        var saved = await SaveAsync(api.Keys["analyst"], name, Nl9Awards);
        Assert.Equal(
            "from:Date:\"2025-01-01\":False,to:Date:\"2025-12-31\":False",
            string.Join(",", saved.GetProperty("parameters").EnumerateArray().Select(p =>
                $"{p.GetProperty("name").GetString()}:{p.GetProperty("type").GetString()}:"
                + $"{p.GetProperty("defaultValue").GetString()}:{p.GetProperty("required").GetBoolean()}")));
        Assert.Equal($"/reports/{name}.csv", saved.GetProperty("downloads").GetProperty("csv").GetString());

        var first = await RunAsync(api.Keys["analyst"], name);
        using var result = JsonDocument.Parse(first.GetProperty("result").GetString()!);
        var row = Assert.Single(result.RootElement.GetProperty("decisionStats").EnumerateArray());
        Assert.Equal(
            ("湛江市住房和城乡建设局", "procurement_award", 1, 1, 2000000m),
            (row.GetProperty("agencyName").GetString(), row.GetProperty("kind").GetString(), row.GetProperty("count").GetInt32(),
                row.GetProperty("findings").GetInt32(), row.GetProperty("awarded").GetDecimal()));
        Assert.Equal(("MANUAL", false, true), (first.GetProperty("trigger").GetString(), first.GetProperty("failed").GetBoolean(),
            first.GetProperty("changed").GetBoolean()));

        var table = Assert.Single(first.GetProperty("tables").EnumerateArray());
        Assert.Equal("decisionStats", table.GetProperty("name").GetString());
        Assert.Equal(
            "agency,agencyName,kind,count,findings,awarded",
            string.Join(",", table.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("label").GetString())));
        Assert.Equal(
            [false, false, false, true, true, true],
            table.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("numeric").GetBoolean()));
        var cells = Assert.Single(table.GetProperty("rows").EnumerateArray()).EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Equal(["湛江市住房和城乡建设局", "procurement_award", "1", "1", "2000000"], cells.Skip(1));

        var second = await RunAsync(api.Keys["analyst"], name);
        Assert.False(second.GetProperty("changed").GetBoolean());
        Assert.NotEqual(first.GetProperty("id").GetString(), second.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Variables_given_to_a_run_are_laid_over_the_saved_defaults()
    {
        var name = Unique();
        await SaveAsync(api.Keys["analyst"], name, Nl9Awards);

        // 2024 holds the open award only, which has no NL9 finding behind it: no group.
        var run = await RunAsync(api.Keys["analyst"], name, """{"from":"2024-01-01","to":"2024-12-31"}""");

        Assert.Empty(JsonDocument.Parse(run.GetProperty("result").GetString()!).RootElement
            .GetProperty("decisionStats").EnumerateArray());
        using var variables = JsonDocument.Parse(run.GetProperty("variables").GetString()!);
        Assert.Equal("2024-01-01", variables.RootElement.GetProperty("from").GetString());
        Assert.True(run.GetProperty("changed").GetBoolean());
    }

    [Theory]
    [InlineData("{ decisionStats(groupBy: [AGENCY] { count } }", null, null, "does not parse")]
    [InlineData("{ decisionStats(groupBy: [AGENCY]) { noSuchField } }", null, null, "noSuchField")]
    [InlineData("mutation { deleteReport(name: \"x\") }", null, null, "mutation")]
    [InlineData("{ decisionStats(groupBy: [AGENCY], first: \"many\") { count } }", null, null, "first")]
    [InlineData("query ($n: Int!) { decisionStats(groupBy: [NO_SUCH_GROUP], first: $n) { count } }", null, null, "NO_SUCH_GROUP")]
    [InlineData("{ decisionStats(groupBy: []) { count } }", "not a cron", null, "not a cron expression")]
    [InlineData("{ decisionStats(groupBy: []) { count } }", "0 7 * * *", "Mars/Olympus", "not a known time zone")]
    public async Task A_bad_report_is_refused_saying_what_is_wrong(string query, string? schedule, string? timeZone, string words)
    {
        var json = await GraphQLAsync(
            api.Keys["analyst"],
            "mutation ($name: String!, $query: String!, $schedule: String, $timeZone: String) { saveReport(name: $name, query: $query, "
                + "schedule: $schedule, timeZone: $timeZone) { id } }",
            new { name = Unique(), query, schedule, timeZone });

        var error = json.GetProperty("errors")[0];
        Assert.Equal("BAD_REPORT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(words, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_download_has_a_header_in_the_language_asked_and_the_row()
    {
        var name = Unique();
        await SaveAsync(api.Keys["analyst"], name, Nl9Awards);
        using var client = api.ClientWith(api.Keys["investigator"]);

        var zh = Lines(await client.GetStringAsync($"/reports/{name}.csv"));
        var en = Lines(await client.GetStringAsync($"/reports/{name}.csv?lang=en"));

        Assert.Equal("机关,机关名称,类别,数量,线索数,金额合计", zh[0]);
        Assert.Equal("agency,agencyName,kind,count,findings,awarded", en[0]);
        Assert.EndsWith(",湛江市住房和城乡建设局,procurement_award,1,1,2000000", zh[1], StringComparison.Ordinal);
        Assert.Equal(2, zh.Count);
    }

    [Fact]
    public async Task The_xlsx_download_has_a_sheet_named_after_the_field_with_numbers_as_numbers()
    {
        var name = Unique();
        await SaveAsync(api.Keys["analyst"], name, Nl9Awards);
        using var client = api.ClientWith(api.Keys["analyst"]);

        await using var stream = new MemoryStream(await client.GetByteArrayAsync($"/reports/{name}.xlsx?lang=en"));
        using var document = SpreadsheetDocument.Open(stream, false);

        var workbook = document.WorkbookPart!;
        var sheet = Assert.Single(workbook.Workbook.Sheets!.Elements<Sheet>());
        Assert.Equal("decisionStats", sheet.Name!.Value);
        var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet.Descendants<Row>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(
            ["agency", "agencyName", "kind", "count", "findings", "awarded"],
            rows[0].Elements<Cell>().Select(c => Text(workbook, c)));
        var amount = rows[1].Elements<Cell>().Last();
        Assert.True(amount.DataType is null || amount.DataType.Value == CellValues.Number);
        Assert.Equal(2000000m, decimal.Parse(amount.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));

        // As the director opens it: openpyxl reads the sheet, the Chinese headers and the amounts as numbers.
        using var opened = await Openpyxl.ReadAsync(await client.GetByteArrayAsync($"/reports/{name}.xlsx"));
        Assert.Equal("decisionStats", opened.RootElement.GetProperty("title").GetString());
        Assert.Equal("机关,机关名称,类别,数量,线索数,金额合计",
            string.Join(",", opened.RootElement.GetProperty("rows")[0].EnumerateArray().Select(c => c.GetString())));
        Assert.Equal(["s", "s", "s", "n", "n", "n"], opened.RootElement.GetProperty("types").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(2000000m, opened.RootElement.GetProperty("rows")[1][5].GetDecimal());
    }

    [Fact]
    public async Task The_json_download_holds_the_tables_and_an_unknown_or_unsigned_download_is_refused()
    {
        var name = Unique();
        await SaveAsync(api.Keys["analyst"], name, Nl9Awards);
        using var client = api.ClientWith(api.Keys["analyst"]);
        using var anonymous = api.ClientWith(null);

        using var json = JsonDocument.Parse(await client.GetStringAsync($"/reports/{name}.json"));
        using var unknown = await client.GetAsync($"/reports/{Unique()}.csv");
        using var unsigned = await anonymous.GetAsync($"/reports/{name}.csv");

        Assert.Equal(name, json.RootElement.GetProperty("report").GetString());
        var table = Assert.Single(json.RootElement.GetProperty("tables").EnumerateArray());
        Assert.Equal("decisionStats", table.GetProperty("name").GetString());
        Assert.Single(table.GetProperty("rows").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
    }

    [Fact]
    public async Task An_investigator_may_not_save_and_another_analyst_may_not_replace_the_owners_report()
    {
        var name = Unique();
        await SaveAsync(api.Keys["analyst"], name, Nl9Awards);
        var other = (await new ApiKeys(api.Connection, TimeProvider.System)
            .CreateAsync($"test-other-{Guid.NewGuid():N}", Roles.Analyst, CancellationToken.None)).Token;

        var investigator = await SaveJsonAsync(api.Keys["investigator"], Unique(), Nl9Awards);
        var replaced = await SaveJsonAsync(other, name, "{ decisionStats(groupBy: []) { count } }");
        var admin = await SaveJsonAsync(api.Keys["admin"], name, Nl9Awards);

        Assert.Equal("FORBIDDEN", investigator.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var refusal = replaced.GetProperty("errors")[0];
        Assert.Equal("FORBIDDEN", refusal.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("only they or an admin", refusal.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(admin.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal("test-analyst", admin.GetProperty("data").GetProperty("saveReport").GetProperty("owner").GetString());
    }

    [Fact]
    public async Task A_due_schedule_runs_and_notifies_the_owner_once_while_the_result_is_unchanged()
    {
        var name = Unique();
        var saved = await SaveAsync(api.Keys["analyst"], name, Nl9Awards, schedule: "0 7 * * *", onlyWhenChanged: true);
        var next = saved.GetProperty("nextRunAt").GetDateTimeOffset();
        // A webhook of the owner's, written straight to the store: its address is never called in this test (loopback is refused).
        var hook = new WebhookRow
        {
            Owner = saved.GetProperty("owner").GetString()!,
            Url = $"http://127.0.0.1:9/{name}",
            Secret = "a report hook secret",
            Role = Roles.Analyst,
            CreatedAt = DateTime.UtcNow,
        };
        await using (var hooks = api.Connection.CreateContext())
        {
            hooks.Webhooks.Add(hook);
            await hooks.SaveChangesAsync();
        }

        var time = new FakeTimeProvider(next.AddMinutes(1));
        var scheduler = new ReportScheduler(
            api.Services.GetRequiredService<IServiceScopeFactory>(), time, NullLogger<ReportScheduler>.Instance);

        Assert.True(await scheduler.RunDueAsync(CancellationToken.None) >= 1);
        time.Advance(TimeSpan.FromDays(1));
        Assert.True(await scheduler.RunDueAsync(CancellationToken.None) >= 1);

        await using var context = api.Connection.CreateContext();
        var report = await context.SavedReports.AsNoTracking().SingleAsync(r => r.Name == name);
        var runs = await context.ReportRuns.AsNoTracking().Where(r => r.ReportId == report.Id).OrderBy(r => r.Id).ToListAsync();
        Assert.Equal([(ReportTrigger.Schedule, true), (ReportTrigger.Schedule, false)], runs.Select(r => (r.Trigger, r.Changed)));
        var notification = Assert.Single(
            await context.Notifications.AsNoTracking().Where(n => n.Kind == NotificationKind.Report && n.EntityId == report.Key).ToListAsync());
        Assert.Equal((report.Owner, (long?)notification.Id, (long?)null), (notification.Owner, runs[0].NotificationId, runs[1].NotificationId));
        Assert.True(report.NextRunAt > time.GetUtcNow().UtcDateTime);
        // The owner's webhook gets the notification as a delivery, as every other notification of theirs.
        Assert.Single(await context.WebhookDeliveries.AsNoTracking()
            .Where(d => d.WebhookId == hook.Id && d.NotificationId == notification.Id).ToListAsync());
        await context.Webhooks.Where(w => w.Id == hook.Id).ExecuteUpdateAsync(u => u.SetProperty(w => w.RemovedAt, DateTime.UtcNow));
    }

    private static string Unique() => $"t-{Guid.NewGuid():N}";

    private static List<string> Lines(string text) =>
        [.. text.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'))];

    private static string? Text(WorkbookPart workbook, Cell cell) => cell.DataType?.Value == CellValues.SharedString
        ? workbook.SharedStringTablePart!.SharedStringTable.ElementAt(int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)).InnerText
        : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text;

    private async Task<JsonElement> SaveAsync(string key, string name, string query, string? schedule = null, bool onlyWhenChanged = false)
    {
        var json = await SaveJsonAsync(key, name, query, schedule, onlyWhenChanged);
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json.GetProperty("data").GetProperty("saveReport");
    }

    private Task<JsonElement> SaveJsonAsync(string key, string name, string query, string? schedule = null, bool onlyWhenChanged = false) =>
        GraphQLAsync(
            key,
            "mutation ($name: String!, $query: String!, $schedule: String, $only: Boolean) { saveReport(name: $name, query: $query, "
                + "schedule: $schedule, onlyWhenChanged: $only) { id name owner nextRunAt downloads { csv } "
                + "parameters { name type defaultValue required } } }",
            new { name, query, schedule, only = onlyWhenChanged });

    private async Task<JsonElement> RunAsync(string key, string name, string? variables = null)
    {
        var json = await GraphQLAsync(
            key, $"mutation ($name: String!, $variables: String) {{ runReport(name: $name, variables: $variables) {{ {RunFields} }} }}",
            new { name, variables });
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json.GetProperty("data").GetProperty("runReport");
    }

    private async Task<JsonElement> GraphQLAsync(string key, string query, object variables)
    {
        using var client = api.ClientWith(key);
        using var content = new StringContent(JsonSerializer.Serialize(new { query, variables }), System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/graphql", content);
        return await GraphQLHttpTests.JsonAsync(response);
    }
}

[Collection(ApiCollection.Name)]
public sealed class SqliteSavedReportTests(ApiFixture api) : SavedReportTests(api);

[Collection(PostgresApiCollection.Name)]
public sealed class PostgresSavedReportTests(PostgresApiFixture api) : SavedReportTests(api);
