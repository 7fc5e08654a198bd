using System.CommandLine;
using Qingdan.Graph.Server.Api;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Graph;

namespace Qingdan.Graph.Cli;

/// <summary><c>qingdan serve [--db …] [--url http://127.0.0.1:5080]</c>.</summary>
internal static class ServeCommand
{
    /// <summary><c>qingdan schema [--out FILE]</c>: the served schema as SDL.</summary>
    public static Command Schema(TextWriter output)
    {
        var outFile = new Option<string?>("--out")
        {
            Description = "Write to this file (e.g. schema/qingdan.graphql) instead of standard output.",
            HelpName = "file"
        };
        var command = new Command("schema", "Print the GraphQL schema the server serves, as SDL.") { outFile };
        command.SetAction(parse =>
        {
            var sdl = ApiHost.PrintSchema(StoreConnection.Parse(StoreConnection.DefaultConnectionString));
            if (parse.GetValue(outFile) is { } path)
            {
                File.WriteAllText(path, sdl, new System.Text.UTF8Encoding(false));
            }
            else
            {
                output.Write(sdl);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Create(TextWriter output, TextWriter error)
    {
        var database = CliOptions.Database();
        var url = new Option<string>("--url")
        {
            Description = $"Where to listen. Default: {ApiHost.DefaultUrl}. Loopback only until API keys exist.",
            DefaultValueFactory = _ => ApiHost.DefaultUrl,
            HelpName = "url",
        };
        var command = new Command("serve", "Serve the GraphQL API at /graphql (and scheduled sweeps when Sweeps:Schedule is set).") {
            database,
            url };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var connection = DbCommand.ParseConnection(parse.GetValue(database));
            await StoreMigrator.MigrateAsync(connection, cancellationToken);
            WebApplication app;
            try
            {
                app = ApiHost.Build(connection, parse.GetValue(url)!);
            }
            catch (ArgumentException bad)
            {
                throw new UsageException(bad.Message);
            }

            await using (app)
            {
                var snapshots = app.Services.GetRequiredService<SnapshotProvider>();
                var snapshot = await snapshots.GetAsync(cancellationToken);
                error.WriteLine(string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"{connection.Describe()}: snapshot {snapshot.Version} with {snapshot.NodeCount:N0} entities and " +
                        $"{snapshot.LinkCount:N0} links, loaded in {snapshots.LastLoad.TotalSeconds:0.0}s " +
                            $"{(snapshots.LastLoadFromImage ? "from its stored image" : "from the rows (its image is being stored)")}."));
                await app.StartAsync(cancellationToken);
                output.WriteLine($"GraphQL at {parse.GetValue(url)!.TrimEnd('/')}/graphql");
                await app.WaitForShutdownAsync(cancellationToken);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
