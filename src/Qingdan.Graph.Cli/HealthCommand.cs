using System.CommandLine;
using Qingdan.Graph.Server.Api;

namespace Qingdan.Graph.Cli;

/// <summary><c>qingdan health [--url …]</c>: asks a running server's /health/ready; exit 0 when ready or degraded, 1 otherwise (a container
/// health check).</summary>
internal static class HealthCommand
{
    public static Command Create(TextWriter output)
    {
        var url = new Option<string>("--url") { Description = "The server's base URL.", DefaultValueFactory = _ => ApiHost.DefaultUrl };
        var command = new Command("health", "Ask a running server whether it is ready (for container health checks).") { url };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            try
            {
                using var response = await http.GetAsync(new Uri(new Uri(parse.GetValue(url)!), "/health/ready"), cancellationToken);
                output.WriteLine(await response.Content.ReadAsStringAsync(cancellationToken));
                return response.IsSuccessStatusCode ? ExitCodes.Success : ExitCodes.BadInput;
            }
            catch (HttpRequestException unreachable)
            {
                output.WriteLine($"unreachable: {unreachable.Message}");
                return ExitCodes.BadInput;
            }
        });
        return command;
    }
}
