using Qingdan.Graph.Server.Sweeps;
using Qingdan.Graph.Testing;
using YamlDotNet.RepresentationModel;

namespace Qingdan.Graph.Server.Tests;

/// <summary>No Docker engine runs here: the compose file and the Dockerfile are checked for their structure.</summary>
public sealed class DeploymentFilesTests
{
    private static readonly string Root = RepositoryRoot.Path;

    [Fact]
    public void Compose_runs_postgres_16_with_a_volume_and_the_server_from_the_dockerfile_with_health_checks_and_a_valid_sweep_schedule()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(Root, "docker-compose.yml"))));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var services = Map(root, "services");
        var postgres = Map(services, "postgres");
        var server = Map(services, "qingdan");

        Assert.Equal("postgres:16", Scalar(postgres, "image"));
        Assert.Contains("pgdata:/var/lib/postgresql/data", Sequence(postgres, "volumes"));
        Assert.Contains("pg_isready", string.Join(' ', Sequence(Map(postgres, "healthcheck"), "test")), StringComparison.Ordinal);
        Assert.True(Map(root, "volumes").Children.ContainsKey(new YamlScalarNode("pgdata")));

        Assert.Equal("Dockerfile", Scalar(Map(server, "build"), "dockerfile"));
        Assert.Equal("service_healthy", Scalar(Map(Map(server, "depends_on"), "postgres"), "condition"));
        Assert.Contains("8080:8080", Sequence(server, "ports"));
        var environment = Map(server, "environment");
        Assert.StartsWith("Host=postgres;", Scalar(environment, "QINGDAN_DB"), StringComparison.Ordinal);
        var (schedule, zone, _) = SweepScheduler.Parse(new SweepScheduleOptions
        {
            Schedule = Scalar(environment, "Sweeps__Schedule"),
            TimeZone = Scalar(environment, "Sweeps__TimeZone")
        });
        Assert.NotNull(schedule);
        Assert.Equal("Asia/Shanghai", zone.Id);
        Assert.Equal(
            ["CMD", "dotnet", "qingdan.dll", "health", "--url", "http://127.0.0.1:8080"],
            Sequence(Map(server, "healthcheck"), "test"));
    }

    [Fact]
    public void Dockerfile_builds_the_console_with_node_the_server_with_the_sdk_and_runs_it_on_the_aspnet_runtime_with_a_health_check()
    {
        var lines = File.ReadAllLines(Path.Combine(Root, "Dockerfile")).Where(l => !l.StartsWith('#') && l.Trim().Length > 0).ToList();
        var stages = lines.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).ToList();

        Assert.Equal(3, stages.Count);
        Assert.Matches(@"^FROM node:20[\w.-]* AS console$", stages[0]);
        Assert.Matches(@"^FROM mcr\.microsoft\.com/dotnet/sdk:10\.0 AS build$", stages[1]);
        Assert.Matches(@"^FROM mcr\.microsoft\.com/dotnet/aspnet:10\.0 AS runtime$", stages[2]);
        Assert.Contains("RUN npm ci --no-audit --no-fund", lines);
        Assert.Contains("COPY --from=console /console/dist console/dist/", lines);
        Assert.Contains(lines, l => l.StartsWith("RUN dotnet publish", StringComparison.Ordinal)
            && l.Contains("-p:QingdanSkipConsole=true", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("RUN dotnet publish src/Qingdan.Graph.Cli/", StringComparison.Ordinal));
        Assert.Contains("COPY --from=build /app ./", lines);
        Assert.Contains("EXPOSE 8080", lines);
        Assert.Contains(
            lines,
            l => l.StartsWith("HEALTHCHECK ", StringComparison.Ordinal) && l.Contains("\"health\"", StringComparison.Ordinal));
        Assert.Contains("ENTRYPOINT [\"dotnet\", \"qingdan.dll\"]", lines);
        Assert.Contains("CMD [\"serve\", \"--url\", \"http://0.0.0.0:8080\"]", lines);
        Assert.True(lines.IndexOf(stages[1]) < lines.FindIndex(l => l.StartsWith("RUN dotnet publish", StringComparison.Ordinal)));
        Assert.True(lines.FindIndex(l => l.StartsWith("COPY --from=console", StringComparison.Ordinal)) < lines.FindIndex(
            l => l.StartsWith("RUN dotnet publish", StringComparison.Ordinal)));
        Assert.True(File.Exists(Path.Combine(Root, "console", "package-lock.json")));
        Assert.True(File.Exists(Path.Combine(Root, "src", "Qingdan.Graph.Cli", "Qingdan.Graph.Cli.csproj")));
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;

    private static List<string> Sequence(YamlMappingNode node, string key) =>
        ((YamlSequenceNode)node.Children[new YamlScalarNode(key)]).Children.Select(c => ((YamlScalarNode)c).Value!).ToList();
}
