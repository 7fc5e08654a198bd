using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Qingdan.Graph.Cli;
using Qingdan.Graph.Server.Api;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Graph;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Server.Tests.Api;

/// <summary>
/// docs/api.md's "Reports cookbook" holds: every report's query, run on a fresh demo city, answers the rows written below it;
/// and "Stats" lists every dimension and measure the schema's stats queries take.
/// </summary>
public sealed partial class CookbookTests(CookbookTests.DemoCity city) : IClassFixture<CookbookTests.DemoCity>
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "api.md"));

    public static TheoryData<string> Reports() => [.. Cookbook().Select(r => r.Title)];

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task A_cookbook_report_answers_what_the_doc_says_on_the_demo_city(string title)
    {
        var (_, query, answer) = Cookbook().Single(r => r.Title == title);

        using var response = await city.Client.PostAsJsonAsync("/graphql", new { query });
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        var rows = json.GetProperty("data").EnumerateObject().Single().Value.EnumerateArray().Select(Canonical).ToList();
        Assert.True(rows.Count > 0, $"{title}: the report answers no rows; a cookbook report should show something.");
        Assert.Equal(answer, rows);
    }

    [Fact]
    public void The_cookbook_has_ten_reports()
    {
        Assert.Equal(10, Cookbook().Count);
    }

    [Theory]
    [InlineData("FindingGroup")]
    [InlineData("FindingMeasure")]
    [InlineData("DecisionGroup")]
    [InlineData("DecisionMeasure")]
    public void Stats_lists_every_dimension_and_measure_of_the_schema(string enumName)
    {
        var schema = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "schema", "qingdan.graphql"));
        var body = Regex.Match(schema, $@"(?ms)^enum {enumName} \{{\n(.*?)^\}}").Groups[1].Value;
        var values = body.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('"')).ToList();
        var stats = Doc[Doc.IndexOf("## Stats", StringComparison.Ordinal)..Doc.IndexOf("## Reports cookbook", StringComparison.Ordinal)];

        Assert.NotEmpty(values);
        Assert.All(values, v => Assert.Contains($"| `{v}` |", stats, StringComparison.Ordinal));
    }

    /// <summary>Each report of the cookbook: its heading, its query, its answer's rows as canonical JSON.</summary>
    private static List<(string Title, string Query, List<string> Answer)> Cookbook()
    {
        var start = Doc.IndexOf("## Reports cookbook", StringComparison.Ordinal);
        var end = Doc.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = Doc[start..(end < 0 ? Doc.Length : end)];
        return [.. ReportPattern().Matches(section).Select(m => (
            m.Groups["title"].Value.Trim(),
            m.Groups["query"].Value,
            m.Groups["answer"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(line => Canonical(JsonSerializer.Deserialize<JsonElement>(line))).ToList()))];
    }

    /// <summary>A row as text that compares numbers by value (2000000 and 2000000.0 are one amount).</summary>
    private static string Canonical(JsonElement row) =>
        string.Join(", ", row.EnumerateObject().Select(p => $"{p.Name}: {(p.Value.ValueKind == JsonValueKind.Number
            ? p.Value.GetDecimal().ToString("0.################", System.Globalization.CultureInfo.InvariantCulture)
            : p.Value.ToString())}"));

    [GeneratedRegex(@"(?ms)^### (?<title>[^\n]+)\n.*?```graphql\n(?<query>.*?)```\s*```json\n(?<answer>.*?)```")]
    private static partial Regex ReportPattern();

    /// <summary>The demo city (<c>qingdan demo --no-serve</c>) served on a free port, with an analyst's client.</summary>
    public sealed class DemoCity : IAsyncLifetime
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), $"qingdan-cookbook-{Guid.NewGuid():N}");
        private WebApplication? _app;

        public HttpClient Client { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var (code, _, error) = await Cli.RunAsync("demo", "--data", _folder, "--no-serve");
            Assert.True(code == ExitCodes.Success, error);
            var connection = StoreConnection.Parse($"Data Source={Path.Combine(_folder, "qingdan.db")}");
            _app = ApiHost.Build(connection, "http://127.0.0.1:0", null);
            await _app.Services.GetRequiredService<SnapshotProvider>().GetAsync(CancellationToken.None);
            await _app.StartAsync();
            var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var key = await new Store.Security.ApiKeys(connection, TimeProvider.System).CreateAsync("cookbook", "analyst", CancellationToken.None);
            Client = new HttpClient { BaseAddress = new Uri(address) };
            Client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key.Token);
        }

        public async Task DisposeAsync()
        {
            Client.Dispose();
            if (_app is not null)
            {
                await _app.StopAsync();
                await _app.DisposeAsync();
            }

            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
