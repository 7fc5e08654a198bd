using System.Net;
using System.Text.Json;

namespace Qingdan.Graph.Server.Tests.Api;

/// <summary>Health and Prometheus metrics of the live server.</summary>
[Collection(ApiCollection.Name)]
public sealed class HealthTests(ApiFixture api)
{
    [Fact]
    public async Task Live_and_ready_say_the_store_is_reachable_and_which_snapshot_is_loaded()
    {
        using var live = await api.Client.GetAsync("/health/live");
        using var warm = await new GraphQLHttpTests(api).PostAsync("""{"query":"{ person(id: \"p_1\") { name } }"}""", null);
        using var ready = await api.Client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var json = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("ready", json.RootElement.GetProperty("status").GetString());
        Assert.True(json.RootElement.GetProperty("store").GetProperty("reachable").GetBoolean());
        Assert.True(json.RootElement.GetProperty("snapshot").GetProperty("version").GetInt64() > 0);
        Assert.True(json.RootElement.GetProperty("sweeps").GetProperty("healthy").GetBoolean());
    }

    [Fact]
    public async Task Metrics_count_sweeps_and_the_findings_of_each_rule_in_prometheus_format()
    {
        using var sweep = await new GraphQLHttpTests(api).PostAsync("""{"query":"mutation { runSweep(rules: [NL3]) { id } }"}""", null);
        Assert.Equal(HttpStatusCode.OK, sweep.StatusCode);

        var text = string.Empty;
        for (var attempt = 0; attempt < 20 && !text.Contains("qingdan_findings{", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(250);
            text = await api.Client.GetStringAsync("/metrics");
        }

        Assert.Matches(@"qingdan_sweeps_total\{[^}]*status=""succeeded""[^}]*trigger=""api""[^}]*\} [1-9]", text);
        // Gauges of the latest sweep per rule are process-wide; sweeps of other test classes run alongside, so presence is asserted.
        Assert.Matches(@"qingdan_findings\{[^}]*rule=""NL3""[^}]*\} \d", text);
        Assert.Contains("qingdan_sweep_duration_seconds_bucket", text, StringComparison.Ordinal);
        Assert.Matches(@"qingdan_graphql_duration_seconds_count\{[^}]*operation=""[^""]*runSweep[^""]*""[^}]*\} [1-9]", text);
        // The snapshot gauges read the last snapshot loaded in this process; other test classes load their own, so only their presence is
        // asserted.
        Assert.Matches(@"qingdan_snapshot_links\{[^}]*\} \d", text);
    }

    [Fact]
    public async Task The_health_verb_is_a_container_health_check()
    {
        using var warm = await new GraphQLHttpTests(api).PostAsync("""{"query":"{ __typename }"}""", null);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await Qingdan.Graph.Cli.QingdanCli.RunAsync(["health", "--url", api.Address.ToString()], output, error);
        var down = await Qingdan.Graph.Cli.QingdanCli.RunAsync(["health", "--url", "http://127.0.0.1:9"], output, error);

        Assert.Equal(Qingdan.Graph.Cli.ExitCodes.Success, code);
        Assert.Contains("\"status\":\"ready\"", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(Qingdan.Graph.Cli.ExitCodes.BadInput, down);
    }
}
