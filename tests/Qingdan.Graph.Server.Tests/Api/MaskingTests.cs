using System.Net;
using System.Text;
using System.Text.Json;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Qingdan.Graph.Server.Api;
using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Server.Api.Security;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Ingest;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Server.Tests.Api;

/// <summary>
/// Masking is on the fields that carry identity numbers, not over the whole answer: a company's credit
/// code of 18 digits, which the regex over the answer took for an identity number, reaches an analyst whole.
/// </summary>
public sealed class MaskingTests : IAsyncLifetime
{
    // A unified social credit code of digits only, its GB 32100 check digit included.
    private const string DigitsCreditCode = "914408020001000031";
    private const string IdNumber = "440802196803150017";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"qingdan-masking-{Guid.NewGuid():N}");
    private WebApplication _app = null!;
    private readonly Dictionary<string, string> _keys = [];

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var connection = StoreConnection.Parse($"Data Source={Path.Combine(_folder, "masking.db")}");
        await StoreMigrator.MigrateAsync(connection, CancellationToken.None);
        using var company = new BundleBuilder("company-1", "company", root: Path.Combine(_folder, "b"))
            .File("people.csv", "ref,name,id_number", $"p1,王建国,{IdNumber}")
            .File("companies.csv", "ref,name,credit_code,region_code", $"c1,湛江数码有限公司,{DigitsCreditCode},440802")
            .File("shareholdings.csv", "holder_ref,holder_kind,company_ref,share,start_date", "p1,person,c1,35,2016-01-01");
        Assert.Equal(IngestStatus.Committed, (await new BundleIngestor(connection, TimeProvider.System).IngestAsync(
            company.Folder,
            new IngestOptions(),
            CancellationToken.None)).Status);
        var keys = new Qingdan.Graph.Store.Security.ApiKeys(connection, TimeProvider.System);
        foreach (var role in Qingdan.Graph.Store.Security.Roles.All)
        {
            _keys[role] = (await keys.CreateAsync($"masking-{role}", role, CancellationToken.None)).Token;
        }

        _app = ApiHost.Build(connection, "http://127.0.0.1:0");
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData("analyst", "440802********0017")]
    [InlineData("investigator", IdNumber)]
    [InlineData("admin", IdNumber)]
    public async Task An_all_digit_credit_code_is_shown_whole_to_every_role_and_the_identity_number_masked_for_analysts(
        string role,
        string idNumber)
    {
        var data = await QueryAsync(role, "{ companies { nodes { creditCode } } people { nodes { idNumber } } }");

        Assert.Equal(DigitsCreditCode, data.GetProperty("companies").GetProperty("nodes")[0].GetProperty("creditCode").GetString());
        Assert.Equal(idNumber, data.GetProperty("people").GetProperty("nodes")[0].GetProperty("idNumber").GetString());
    }

    [Fact]
    public void Every_field_marked_as_personal_data_is_in_the_served_schema()
    {
        var schema = _app.Services.GetRequiredService<QingdanSchema>();
        schema.Initialize();

        foreach (var ((type, field), _) in PersonalData.Fields)
        {
            Assert.True(
                schema.AllTypes[type] is IComplexGraphType complex && complex.GetField(field) is not null,
                $"{type}.{field} is not in the schema: a renamed field would go unmasked");
        }
    }

    private async Task<JsonElement> QueryAsync(string role, string query)
    {
        using var client = new HttpClient
        {
            BaseAddress = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First())
        };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _keys[role]);
        using var response = await client.PostAsync(
            "/graphql",
            new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        using var json = JsonDocument.Parse(text);
        Assert.False(json.RootElement.TryGetProperty("errors", out _), text);
        return json.RootElement.GetProperty("data").Clone();
    }
}
