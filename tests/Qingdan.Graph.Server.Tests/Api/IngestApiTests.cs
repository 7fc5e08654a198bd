using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qingdan.Graph.Server.Api;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Server.Tests.Api;

/// <summary>The ingest page's API on a live server of its own: uploads, mapping checks and ingests, admins only, audited.</summary>
public sealed class IngestApiTests : IAsyncLifetime
{
    private static readonly string Examples = Path.Combine(RepositoryRoot.Path, "examples", "mappings");
    private readonly string _folder = Directory.CreateTempSubdirectory("qingdan-ingest-api-").FullName;
    private WebApplication? _app;
    private StoreConnection _connection = null!;
    private Uri _address = null!;
    private readonly Dictionary<string, string> _keys = [];

    public async Task InitializeAsync()
    {
        _connection = StoreConnection.Parse($"Data Source={Path.Combine(_folder, "q.db")}");
        await StoreMigrator.MigrateAsync(_connection, CancellationToken.None);
        _app = ApiHost.Build(_connection, "http://127.0.0.1:0", new Dictionary<string, string?>
        {
            ["Ingest:UploadFolder"] = Path.Combine(_folder, "uploads"),
            ["Ingest:MaxUploadBytes"] = "200000",
            ["Ingest:ExamplesFolder"] = Examples,
        });
        await _app.StartAsync();
        _address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var keys = new Store.Security.ApiKeys(_connection, TimeProvider.System);
        foreach (var role in Store.Security.Roles.All)
        {
            _keys[role] = (await keys.CreateAsync($"ingest-{role}", role, CancellationToken.None)).Token;
        }
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task An_uploaded_export_and_its_mapping_are_checked_then_ingested_with_their_batch()
    {
        var upload = await UploadAsync("admin", [.. Directory.EnumerateFiles(Path.Combine(Examples, "company"))]);
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        using var uploaded = JsonDocument.Parse(await upload.Content.ReadAsStringAsync());
        var id = uploaded.RootElement.GetProperty("id").GetString()!;
        Assert.Equal(4, uploaded.RootElement.GetProperty("files").GetArrayLength());

        using var check = await GraphQLAsync("admin", """query($u: ID) { mappingCheck(upload: $u, rows: 1) { ok registry rejected rowsRead headers { location row } samples { location row records { name kind values { column value } } } } }""", new { u = id });
        var result = check.RootElement.GetProperty("data").GetProperty("mappingCheck");
        Assert.True(result.GetProperty("ok").GetBoolean());
        Assert.Equal(("company", 0, 10), (result.GetProperty("registry").GetString(), result.GetProperty("rejected").GetInt32(), result
            .GetProperty("rowsRead")
            .GetInt32()));
        Assert.Contains(
            result.GetProperty("headers").EnumerateArray(),
            h => h.GetProperty("location").GetString() == "股东出资信息.csv" && h.GetProperty("row").GetInt32() == 1);
        Assert.Contains("\"column\":\"share\",\"value\":\"35\"", result.GetProperty("samples").GetRawText(), StringComparison.Ordinal);

        using var ingest = await GraphQLAsync("admin", """mutation($u: ID) { ingestUpload(upload: $u) { status nodes links rejected batch { bundleId registry status rowsRejected } } }""", new { u = id });
        var done = ingest.RootElement.GetProperty("data").GetProperty("ingestUpload");
        Assert.Equal(("COMMITTED", 6, 7, 0), (done.GetProperty("status").GetString(), done.GetProperty("nodes").GetInt32(), done
            .GetProperty("links")
            .GetInt32(), done.GetProperty("rejected").GetInt32()));
        Assert.Equal("company-2026-06", done.GetProperty("batch").GetProperty("bundleId").GetString());

        await using var context = _connection.CreateContext();
        var audit = await context.AuditLog.AsNoTracking().Select(a => a.Operation).ToListAsync();
        Assert.Contains(
            audit,
            o => o.StartsWith($"upload {id}: ", StringComparison.Ordinal) && o.Contains("股东出资信息.csv (", StringComparison.Ordinal));
        Assert.Contains(audit, o => o.Contains("ingestUpload", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_example_is_offered_its_mapping_reads_an_upload_a_rejected_row_is_kept_with_its_batch_and_a_second_ingest_changes_nothing()
    {
        using var examples = await GraphQLAsync("admin", "{ mappingExamples { name files } }");
        Assert.Equal(["bank", "cadre", "company"], examples.RootElement.GetProperty("data").GetProperty("mappingExamples").EnumerateArray()
            .Select(e => e.GetProperty("name").GetString()));

        // The cadre example's mapping on an upload of a workbook whose family sheet holds a word no vocabulary has.
        var book = Path.Combine(_folder, "干部信息2027.xlsx");
        new XlsxBuilder()
            .Sheet("干部基本信息").Row(1, "姓名", "性别", "出生年月", "公民身份号码", "工作单位", "单位代码", "行政区划", "主管行业", "现任职务", "职级", "任现职时间", "审批事项")
            .Row(
                2,
                "王建国",
                "男",
                "1968.03",
                "440802196803150017",
                "湛江市住房和城乡建设局",
                "11440800MB2C12345U",
                "440800",
                "E",
                "局长",
                "正处级",
                "2015-03-02",
                "行政许可")
            .Sheet("家庭成员").Row(1, "干部身份证号", "称谓", "姓名", "出生年月", "身份证号", "结婚时间")
            .Row(2, "440802196803150017", "妻子", "李秀英", "1970.05", "440802197005120029", "1995-10-01")
            .Row(3, "440802196803150017", "表哥", "张三", "1966.01", "", "")
            .Sheet("特定关系人").Row(1, "干部身份证号", "姓名", "身份证号", "关系类别", "关系说明", "起始时间")
            .Save(book);
        var upload = await UploadAsync("admin", [book]);
        var id = JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        using var ingest = await GraphQLAsync("admin", """mutation($u: ID) { ingestUpload(upload: $u, example: "cadre") { status rejected batch { rowsRejected rejectedRows { file line reason } } } }""", new { u = id });
        var done = ingest.RootElement.GetProperty("data").GetProperty("ingestUpload");
        Assert.Equal(("COMMITTED", 1), (done.GetProperty("status").GetString(), done.GetProperty("rejected").GetInt32()));
        var rejected = Assert.Single(done.GetProperty("batch").GetProperty("rejectedRows").EnumerateArray());
        Assert.Equal(
            ("干部信息2027.xlsx!家庭成员", 3, "称谓: '表哥' is not in the vocabulary relation"),
            (rejected.GetProperty("file").GetString(), rejected.GetProperty("line").GetInt32(), rejected.GetProperty("reason").GetString()));

        using var first = await GraphQLAsync("admin", """mutation { ingestUpload(example: "cadre") { status } }""");
        using var again = await GraphQLAsync("admin", """mutation { ingestUpload(example: "cadre") { status } }""");
        Assert.Equal("COMMITTED", first.RootElement.GetProperty("data").GetProperty("ingestUpload").GetProperty("status").GetString());
        Assert.Equal("UNCHANGED", again.RootElement.GetProperty("data").GetProperty("ingestUpload").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_mapping_that_cannot_be_used_comes_back_with_its_lines()
    {
        var mapping = Path.Combine(_folder, "bad.yaml");
        File.WriteAllText(mapping, "registry: cadre\ntables:\n  - file: a.csv\n    records:\n      p: { kind: person, ref: [号] }\n");
        var upload = await UploadAsync("admin", [mapping]);
        var id = JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;

        using var check = await GraphQLAsync(
            "admin",
            """query($u: ID) { mappingCheck(upload: $u) { ok mappingProblems { line reason } } }""",
            new { u = id });

        var result = check.RootElement.GetProperty("data").GetProperty("mappingCheck");
        Assert.False(result.GetProperty("ok").GetBoolean());
        var problem = Assert.Single(result.GetProperty("mappingProblems").EnumerateArray());
        Assert.Equal(5, problem.GetProperty("line").GetInt32());
        Assert.StartsWith("kind 'person' does not exist", problem.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uploads_are_for_admins_capped_in_size_and_audited_when_refused()
    {
        var file = Path.Combine(_folder, "a.csv");
        File.WriteAllText(file, "号,名\np1,王建国\n");
        var big = Path.Combine(_folder, "big.csv");
        File.WriteAllBytes(big, new byte[300_000]);

        using var investigator = await UploadAsync("investigator", [file]);
        using var nobody = await UploadAsync(null, [file]);
        using var tooLarge = await UploadAsync("admin", [big]);
        using var checkByAnalyst = await GraphQLAsync("analyst", """{ mappingCheck(example: "cadre") { ok } }""", expectErrors: true);

        Assert.Equal(HttpStatusCode.Forbidden, investigator.StatusCode);
        Assert.Contains("needs the role admin", await investigator.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, nobody.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Contains("Ingest:MaxUploadBytes", await tooLarge.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("'mappingCheck' needs the role admin", checkByAnalyst.RootElement.GetRawText(), StringComparison.Ordinal);
        await using var context = _connection.CreateContext();
        Assert.Equal(
            1,
            await context.AuditLog.CountAsync(a => a.Operation == "upload refused: needs the role admin" && a.Role == "investigator"));
    }

    [Fact]
    public async Task The_viewer_is_the_keys_name_and_role()
    {
        using var viewer = await GraphQLAsync("investigator", "{ viewer { name role } }");

        Assert.Equal(
            """{"name":"ingest-investigator","role":"INVESTIGATOR"}""",
            viewer.RootElement.GetProperty("data").GetProperty("viewer").GetRawText());
    }

    private async Task<HttpResponseMessage> UploadAsync(string? role, string[] paths)
    {
        using var client = Client(role);
        using var form = new MultipartFormDataContent();
        foreach (var path in paths)
        {
            var content = new ByteArrayContent(await File.ReadAllBytesAsync(path));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(content, "files", Path.GetFileName(path));
        }

        return await client.PostAsync("/ingest/uploads", form);
    }

    private async Task<JsonDocument> GraphQLAsync(string role, string query, object? variables = null, bool expectErrors = false)
    {
        using var client = Client(role);
        using var response = await client.PostAsync(
            "/graphql",
            new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"));
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        if (!expectErrors)
        {
            Assert.False(document.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        }

        return document;
    }

    private HttpClient Client(string? role)
    {
        var client = new HttpClient { BaseAddress = _address, Timeout = TimeSpan.FromMinutes(2) };
        if (role is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _keys[role]);
        }

        return client;
    }
}
