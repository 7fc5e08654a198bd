using Qingdan.Graph.Cli;

namespace Qingdan.Graph.Server.Tests;

/// <summary>Runs the real command line in-process and hands back what it printed.</summary>
public static class Cli
{
    public static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await QingdanCli.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
