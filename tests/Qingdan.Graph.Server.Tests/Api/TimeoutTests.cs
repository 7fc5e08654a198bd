using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Qingdan.Graph.Server.Api;

namespace Qingdan.Graph.Server.Tests.Api;

/// <summary>A request past Api:Timeout is cut off with an error naming the limit, and the server keeps answering.</summary>
[Collection(ApiCollection.Name)]
public sealed class TimeoutTests(ApiFixture api)
{
    [Fact]
    public async Task A_request_past_the_timeout_gets_504_naming_the_limit()
    {
        await using var app = ApiHost.Build(
            api.Connection,
            "http://127.0.0.1:0",
            new Dictionary<string, string?> { ["Api:Timeout"] = "00:00:00.0001" });
        await app.StartAsync();
        using var client = new HttpClient
        {
            BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First())
        };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", api.Keys["admin"]);
        const string query = """{"query":"{ __schema { types { name fields { name args { name type { name ofType { name ofType { name } } } } type { name ofType { name ofType { name } } } } } } }"}""";

        using var response = await client.PostAsync("/graphql", new StringContent(query, Encoding.UTF8, "application/json"));
        using var after = await api.Client
            .PostAsync("/graphql", new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Contains("Api:Timeout", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        await app.StopAsync();
    }

    [Fact]
    public async Task A_key_past_its_rate_limit_gets_429_with_retry_after_and_other_keys_are_unaffected()
    {
        await using var app = ApiHost.Build(
            api.Connection,
            "http://127.0.0.1:0",
            new Dictionary<string, string?> { ["Api:RequestsPerMinute"] = "2" });
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var busy = new HttpClient { BaseAddress = address };
        busy.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", api.Keys["analyst"]);
        using var other = new HttpClient { BaseAddress = address };
        other.DefaultRequestHeaders.Authorization
            = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", api.Keys["investigator"]);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await busy.PostAsync(
                "/graphql",
                new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json"));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Contains("Api:RequestsPerMinute", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                Assert.True(response.Headers.RetryAfter is not null);
            }
        }

        using var fine = await other.PostAsync(
            "/graphql",
            new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json"));
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
        await app.StopAsync();
    }
}
