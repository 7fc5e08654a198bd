using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Qingdan.Graph.Benchmarks;

/// <summary>
/// <c>qingdan-bench load --url http://127.0.0.1:PORT/graphql [--clients 50] [--seconds 60]</c>: a
/// bounded loopback client. Each of the clients loops, alternating a path question between a
/// finding's official and company (≤ 4 links) and a page of 20 findings with their officials,
/// companies and evidence; prints throughput, p50/p95/p99 latency and errors.
/// </summary>
internal static class LoadBench
{
    private const string PathQuery = "query P($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, maxPaths: 10) { truncated " +
        "paths { nodes { __typename } links { kind validFrom sources { bundle line } } } } }";
    private const string FindingsQuery = "query F($after: String, $rule: RuleCode!) { findings(first: 20, after: $after, where: { rule: " +
        "{ eq: $rule } }) { totalCount nodes { id rule severity official { name } company { name } evidence { shows links { kind } } } } }";
    private static readonly string[] Rules = ["NL3", "NL4", "NL5", "NL9"];

    /// <param name="url">The server's /graphql.</param>
    /// <param name="clients">Concurrent clients.</param>
    /// <param name="duration">How long they run.</param>
    /// <param name="key">A key for setting up (reading findings), and for every client when <paramref name="store"/> is null.</param>
    /// <param name="store">When given, one investigator key per client is created in it, so that each client has its own rate
    /// limit.</param>
    public static async Task<int> RunAsync(
        Uri url,
        int clients,
        TimeSpan duration,
        string? key,
        Qingdan.Graph.Store.Database.StoreConnection? store)
    {
        ArgumentNullException.ThrowIfNull(url);
        var clientKeys = new string?[clients];
        for (var i = 0; i < clients; i++)
        {
            clientKeys[i] = store is null
                ? key
                : (await new Qingdan.Graph.Store.Security.ApiKeys(store, TimeProvider.System).CreateAsync(
                    $"load-{i}",
                    Qingdan.Graph.Store.Security.Roles.Investigator,
                    CancellationToken.None)).Token;
        }

        key ??= clientKeys[0];
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        if (key is not null)
        {
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        }

        var pairs = await PairsAsync(http, url);
        if (pairs.Count == 0)
        {
            Console.Error.WriteLine("load: the server has no findings to draw questions from; sweep first.");
            return 1;
        }

        var latencies = new List<double>[clients];
        var errors = new int[clients];
        var kinds = new int[clients, 2];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            using var own = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
            if (clientKeys[client] is { } clientKey)
            {
                own.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", clientKey);
            }

            var random = new Random(client);
            latencies[client] = [];
            for (var i = 0; clock.Elapsed < duration; i++)
            {
                var isPath = i % 2 == 0;
                var (from, to) = pairs[random.Next(pairs.Count)];
                object body = isPath
                    ? new { query = PathQuery, variables = new { from, to } }
                    : new
                    {
                        query = FindingsQuery,
                        variables = new
                        {
                            rule = Rules[random.Next(Rules
                        .Length)],
                            after = Cursor(random.Next(0, 5) * 20)
                        }
                    };
                var started = clock.Elapsed;
                try
                {
                    using var response = await own.PostAsJsonAsync(url, body);
                    var text = await response.Content.ReadAsStringAsync();
                    if (!response.IsSuccessStatusCode || text.Contains("\"errors\"", StringComparison.Ordinal))
                    {
                        errors[client]++;
                    }
                }
                catch (HttpRequestException)
                {
                    errors[client]++;
                }

                latencies[client].Add((clock.Elapsed - started).TotalMilliseconds);
                kinds[client, isPath ? 0 : 1]++;
            }
        })));
        var elapsed = clock.Elapsed;
        var all = latencies.SelectMany(l => l).Order().ToList();
        double P(double q) => all[Math.Min(all.Count - 1, (int)(q * all.Count))];
        var paths = Enumerable.Range(0, clients).Sum(c => kinds[c, 0]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load clients={clients} seconds={elapsed.TotalSeconds:0} requests={all.Count:N0} (paths {paths:N0}, findings pages " +
                $"{all.Count - paths:N0}) throughput={all.Count / elapsed.TotalSeconds:N0}/s p50={P(0.50):0.0}ms p95={P(0.95):0.0}ms " +
                    $"p99={P(0.99):0.0}ms max={all[^1]:0}ms errors={errors.Sum()}"));
        return errors.Sum() == 0 ? 0 : 1;
    }

    private static string Cursor(int offset) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"o:{offset}"));

    private static async Task<List<(string From, string To)>> PairsAsync(HttpClient http, Uri url)
    {
        using var response = await http.PostAsJsonAsync(url, new { query = "{ findings(first: 500) { nodes { officialId companyId } } }" });
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("data").GetProperty("findings").GetProperty("nodes").EnumerateArray()
            .Select(n => (n.GetProperty("officialId").GetString()!, n.GetProperty("companyId").GetString()!))
            .ToList();
    }
}
