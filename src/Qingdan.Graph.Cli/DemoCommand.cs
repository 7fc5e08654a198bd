using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Qingdan.Graph.Seed;
using Qingdan.Graph.Server.Api;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Findings;
using Qingdan.Graph.Store.Graph;
using Qingdan.Graph.Store.Ingest;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Cli;

/// <summary>
/// <c>qingdan demo</c>: the whole job on the embedded store — a synthetic city, ingested into a fresh
/// SQLite file, swept, an investigator key made — then served on loopback, with the URL, the key and
/// the findings per rule printed.
/// </summary>
internal static class DemoCommand
{
    private static readonly Dictionary<string, string> Topics = new(StringComparer.Ordinal)
    {
        ["NL3"] = "借款、收费、占用财物 borrowing, fees and assets from enterprises",
        ["NL4"] = "亲属谋利、管辖内经营 relatives profiting, business under one's administration",
        ["NL5"] = "亲属持股、任职 relatives' shareholdings and posts",
        ["NL9"] = "决策惠及关联企业 decisions benefiting a connected company",
        ["REP"] = "个人有关事项报告漏报 a personal-matters report leaving a business out",
    };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Option<string>("--data")
        {
            Description = "Folder for the demo's bundles and database (made afresh).",
            DefaultValueFactory = _ => Path.Combine("data", "demo")
        };
        var url = new Option<string>("--url")
        {
            Description = $"Where to serve; loopback only. Default: {ApiHost.DefaultUrl}.",
            DefaultValueFactory = _ => ApiHost.DefaultUrl
        };
        var seed = new Option<int>("--seed") { Description = "Random seed of the synthetic city.", DefaultValueFactory = _ => 1 };
        var noServe = new Option<bool>("--no-serve") { Description = "Stop after the sweep (for scripts and tests)." };
        var command = new Command(
            "demo",
            "Generate a synthetic city, ingest it into SQLite, sweep, and serve the API on http://127.0.0.1:5080 with an investigator key.")
        {
            folder, url, seed, noServe,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var address = parse.GetValue(url)!;
            if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || !uri.IsLoopback)
            {
                throw new UsageException($"The demo serves on loopback only (127.0.0.1 or localhost), not '{address}'; use 'qingdan " +
                    "serve' with keys for anything else.");
            }

            var clock = Stopwatch.StartNew();
            var root = Path.GetFullPath(parse.GetValue(folder)!);
            var bundles = Path.Combine(root, "seed");
            var database = Path.Combine(root, "qingdan.db");
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }

            Directory.CreateDirectory(root);
            var summary = SeedGenerator.Generate(SeedScale.City, bundles, parse.GetValue(seed));
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"demo: a city of {summary.People:N0} people and {summary.Companies:N0} companies in six registries ({clock.Elapsed.TotalSeconds:0.0}s)"));

            var connection = StoreConnection.Parse($"Data Source={database}");
            await StoreMigrator.MigrateAsync(connection, cancellationToken);
            var progress = new ConsoleProgress(error);
            var ingestor = new BundleIngestor(connection, TimeProvider.System, progress);
            foreach (var registry in new[] { "cadre", "civil", "company", "procurement", "licensing", "finance" })
            {
                var report = await ingestor.IngestAsync(Path.Combine(bundles, registry), new IngestOptions(), cancellationToken);
                progress.Clear();
                if (report.Status != IngestStatus.Committed)
                {
                    error.WriteLine($"demo: {registry} did not ingest: {report.Error}");
                    return ExitCodes.BadInput;
                }
            }

            var sweep = await new SweepRunner(connection, TimeProvider.System, progress: progress).RunAsync(
                new SweepRequest { Trigger = SweepTrigger.Cli, RequestedBy = "demo" },
                cancellationToken);
            progress.Clear();
            var (_, key) = await new ApiKeys(connection, TimeProvider.System).CreateAsync(
                "demo investigator",
                Roles.Investigator,
                cancellationToken);
            var (_, adminKey) = await new ApiKeys(connection, TimeProvider.System).CreateAsync(
                "demo admin",
                Roles.Admin,
                cancellationToken);

            output.WriteLine(
                string.Create(CultureInfo.InvariantCulture, $"Qingdan.Graph demo — ready in {clock.Elapsed.TotalSeconds:0} s"));
            output.WriteLine($"  store     {database}");
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  findings  {string.Join(", ", sweep.Rules.Select(r => $"{r.Rule} {r.Found:N0}"))} ({sweep.Name})"));
            foreach (var rule in sweep.Rules)
            {
                output.WriteLine(
                    string.Create(CultureInfo.InvariantCulture, $"            {rule.Rule} {rule.Found,5:N0}  {Topics[rule.Rule]}"));
            }

            output.WriteLine($"  console   {address.TrimEnd('/')}/#key={key}");
            output.WriteLine($"  GraphiQL  {address.TrimEnd('/')}/graphiql");
            output.WriteLine($"  GraphQL   {address.TrimEnd('/')}/graphql");
            output.WriteLine($"  key       {key}");
            output.WriteLine($"  admin     {adminKey}  (the ingest page: {address.TrimEnd('/')}/#key={adminKey}&/ingest)");
            output.WriteLine($"  try       curl -s -H 'Authorization: Bearer {key}' -H 'Content-Type: application/json' -d " +
                "'{\"query\":\"{ findingStats(groupBy: [RULE, SEVERITY]) { rule severity count } }\"}' " +
                    $"{address.TrimEnd('/')}/graphql");
            if (parse.GetValue(noServe))
            {
                return ExitCodes.Success;
            }

            // The demo's terminal is for the person trying it: warnings and errors only.
            await using var app = ApiHost.Build(
                connection,
                address,
                new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" });
            await app.Services.GetRequiredService<SnapshotProvider>().GetAsync(cancellationToken);
            await app.StartAsync(cancellationToken);
            output.WriteLine("  serving   (Ctrl+C to stop)");
            await app.WaitForShutdownAsync(cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}
