using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Qingdan.Graph.Server.Api;
using Qingdan.Graph.Store.Security;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Benchmarks;

/// <summary>
/// <c>qingdan-bench auth [--requests 5000] [--rounds 3] [--clients 1]</c>: what a request costs when it signs in with an
/// OpenID Connect token against an API key, same server, same run. The real server over an empty SQLite store with
/// <c>Auth:Oidc</c> pointing at an <see cref="OidcProvider"/> on loopback; each round sends the same small query
/// (<c>{ viewer { name role } }</c>: no store read beyond the key's look-up, no audit row) with the key and with the
/// token, in turn first, and prints requests/s and the ratio.
/// </summary>
internal static class AuthBench
{
    private const string Query = """{"query":"{ viewer { name role } }"}""";

    public static async Task<int> RunAsync(int requests, int rounds, int clients)
    {
        await using var store = new SqliteFixture();
        await store.InitializeAsync();
        await using var provider = await OidcProvider.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Auth:Oidc:Authority"] = provider.Issuer,
            ["Auth:Oidc:Audience"] = "qingdan-bench",
            ["Auth:Oidc:RequireHttpsMetadata"] = "false",
            ["Api:RequestsPerMinute"] = "100000000",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        await using var app = ApiHost.Build(store.Connection, "http://127.0.0.1:0", settings);
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var key = (await new ApiKeys(store.Connection, TimeProvider.System).CreateAsync("bench-key", Roles.Admin, CancellationToken.None))
            .Token;
        var token = provider.Issue(
            new Dictionary<string, object> { ["sub"] = "u-bench", ["preferred_username"] = "bench", ["role"] = Roles.Admin },
            "qingdan-bench",
            TimeSpan.FromHours(2));

        Console.WriteLine($"auth: {requests:N0} requests a round and a scheme, {clients} client(s), {rounds} rounds; server and client " +
            $"share {Environment.ProcessorCount} cores");
        await SendAsync(address, key, Math.Min(500, requests), clients);
        await SendAsync(address, token, Math.Min(500, requests), clients);
        var ratios = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            // Which goes first alternates, so that neither always runs on a machine just warmed or just loaded by the other.
            double byKey, byToken;
            if (round % 2 == 1)
            {
                byKey = await SendAsync(address, key, requests, clients);
                byToken = await SendAsync(address, token, requests, clients);
            }
            else
            {
                byToken = await SendAsync(address, token, requests, clients);
                byKey = await SendAsync(address, key, requests, clients);
            }

            ratios.Add(byToken / byKey);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"round {round}: API key {byKey:N0} requests/s, JWT {byToken:N0} requests/s, JWT/key {byToken / byKey:0.00}"));
        }

        ratios.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median JWT/key {ratios[ratios.Count / 2]:0.00}"));
        await app.StopAsync();
        return 0;
    }

    /// <summary>Requests per second over <paramref name="requests"/> answers, each checked to be 200.</summary>
    private static async Task<double> SendAsync(Uri address, string bearer, int requests, int clients)
    {
        var started = Stopwatch.GetTimestamp();
        var remaining = requests;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            using var client = new HttpClient { BaseAddress = address };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                using var response = await client.PostAsync(
                    "/graphql",
                    new StringContent(Query, Encoding.UTF8, "application/json"));
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                }
            }
        }));
        return requests / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }
}
