using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.Data.Sqlite;
using Qingdan.Graph.Cli;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Graph;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Server.Tests;

/// <summary>The synthetic city, seeded and ingested once for the graph exports.</summary>
public sealed class CityStoreFixture : IAsyncLifetime
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"qingdan-graph-export-{Guid.NewGuid():N}");

    public string Database => $"Data Source={Path.Combine(Folder, "city.db")}";

    public int Nodes { get; private set; }

    public int Links { get; private set; }

    public async Task InitializeAsync()
    {
        var seed = Path.Combine(Folder, "seed");
        Assert.Equal(ExitCodes.Success, (await Cli.RunAsync("seed", "--scale", "city", "--out", seed)).Code);
        string[] registries = ["cadre", "civil", "company", "procurement", "licensing", "finance"];
        Assert.Equal(
            ExitCodes.Success,
            (await Cli.RunAsync(["ingest", .. registries.Select(r => Path.Combine(seed, r)), "--db", Database])).Code);
        var (graph, _) = await SnapshotLoader.LoadAsync(StoreConnection.Parse(Database), CancellationToken.None);
        (Nodes, Links) = (graph.NodeCount, graph.LinkCount);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>
/// <c>qingdan export neo4j</c> and <c>qingdan export ftm</c> on the city: the neo4j-admin header format,
/// every relationship's ends among the nodes, the Cypher parsed with Neo4j's grammar, the FollowTheMoney
/// schemata with every reference resolved, nothing written over or half-written, each export audited.
/// </summary>
public sealed partial class GraphExportTests(CityStoreFixture city) : IClassFixture<CityStoreFixture>
{
    private static readonly HashSet<string> Neo4jTypes = ["int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "date", "localtime", "time", "localdatetime", "datetime", "duration", "point"];

    [Fact]
    public async Task Neo4j_export_writes_node_and_relationship_files_in_neo4j_admin_import_format()
    {
        var folder = Path.Combine(city.Folder, $"neo4j-{Guid.NewGuid():N}");
        var (code, _, error) = await Cli.RunAsync("export", "neo4j", "--out", folder, "--db", city.Database);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains($"exported {city.Nodes:N0} entities and {city.Links:N0} links", error, StringComparison.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var (nodes, links) = (0, 0);
        foreach (var file in Directory.GetFiles(folder, "nodes-*.csv").Order(StringComparer.Ordinal))
        {
            var (header, rows) = Read(file);
            Assert.All(header, field => AssertNeo4jHeaderField(file, field));
            Assert.Equal(1, header.Count(f => f == ":ID(Entity)" || f.EndsWith(":ID(Entity)", StringComparison.Ordinal)));
            Assert.Contains(":LABEL", header);
            foreach (var row in rows)
            {
                Assert.True(ids.Add(row[0]), $"{file}: id {row[0]} twice");
                AssertTypedValues(file, header, row);
            }

            nodes += rows.Count;
        }

        foreach (var file in Directory.GetFiles(folder, "relationships-*.csv"))
        {
            var (header, rows) = Read(file);
            Assert.All(header, field => AssertNeo4jHeaderField(file, field));
            Assert.Equal([":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"], header[..3]);
            foreach (var row in rows)
            {
                Assert.True(ids.Contains(row[0]) && ids.Contains(row[1]), $"{file}: {row[0]} → {row[1]} ends outside the node files");
                Assert.Matches("^[A-Z]+$", row[2]);
                AssertTypedValues(file, header, row);
            }

            links += rows.Count;
        }

        Assert.Equal((city.Nodes, city.Links), (nodes, links));
        var person = Read(Path.Combine(folder, "nodes-person.csv")).Rows.First(r => r[1] == "Person;Official");
        Assert.Matches(@"^p_\d+$", person[0]);
        var script = await File.ReadAllTextAsync(Path.Combine(folder, "import.sh"));
        Assert.Contains("--id-type=STRING", script, StringComparison.Ordinal);
        foreach (var file in Directory.GetFiles(folder, "*.csv"))
        {
            Assert.Contains(Path.GetFileName(file), script, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Neo4j_constraints_and_the_four_rules_parse_with_Neo4js_Cypher_grammar()
    {
        var folder = Path.Combine(city.Folder, $"neo4j-{Guid.NewGuid():N}");
        Assert.Equal(ExitCodes.Success, (await Cli.RunAsync("export", "neo4j", "--out", folder, "--db", city.Database)).Code);
        var rules = Path.Combine(folder, "rules.cypher");
        var text = await File.ReadAllTextAsync(rules);
        foreach (var rule in new[] { "'NL3' AS rule", "'NL4' AS rule", "'NL5' AS rule", "'NL9' AS rule" })
        {
            Assert.Contains(rule, text, StringComparison.Ordinal);
        }

        var (code, output) = await ParseCypherAsync(Path.Combine(folder, "constraints.cypher"), rules);
        Assert.True(code == 0, output);
        Assert.Contains("constraints.cypher: 9 statements", output, StringComparison.Ordinal);
        Assert.Contains("rules.cypher: 15 statements", output, StringComparison.Ordinal);

        // The parser is a real check: one bracket taken out of the NL9 query is found, with its line.
        var broken = Path.Combine(folder, "broken.cypher");
        var line = text.Split('\n').ToList().FindIndex(l => l.StartsWith("MATCH (o:Official)-[:PARTICIPATION]", StringComparison.Ordinal))
            + 1;
        await File.WriteAllTextAsync(broken, text.Replace(
            "MATCH (o:Official)-[:PARTICIPATION]->(d:Decision)",
            "MATCH (o:Official-[:PARTICIPATION]->(d:Decision)",
            StringComparison.Ordinal));
        var (brokenCode, brokenOutput) = await ParseCypherAsync(broken);
        Assert.Equal(1, brokenCode);
        Assert.Contains($"broken.cypher:{line}:", brokenOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowTheMoney_export_maps_every_entity_and_link_to_its_schema_and_every_reference_resolves()
    {
        var file = Path.Combine(city.Folder, $"city-{Guid.NewGuid():N}.ftm.json");
        var (code, _, _) = await Cli.RunAsync("export", "ftm", "--out", file, "--db", city.Database);

        Assert.Equal(ExitCodes.Success, code);
        Assert.False(File.Exists(file + ".partial"));
        var entities = File.ReadLines(file).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var ids = entities.ConvertAll(e => e.GetProperty("id").GetString()!);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var schemata = entities.GroupBy(e => e.GetProperty("schema").GetString()!).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var schema in new[] {
            "Person",
            "Company",
            "PublicBody",
            "Position",
            "Occupancy",
            "Ownership",
            "Directorship",
            "Employment",
            "Family",
            "Associate",
            "Contract",
            "ContractAward",
            "Payment",
            "Debt" })
        {
            Assert.True(schemata.ContainsKey(schema), $"no {schema} in the export");
        }

        Assert.Equal(
            city.Nodes,
            schemata["Person"].Count + schemata["Company"].Count + schemata["PublicBody"].Count + schemata["Contract"].Count);
        var known = ids.ToHashSet(StringComparer.Ordinal);
        string[] references = ["holder", "post", "owner", "asset", "director", "organization", "employee", "employer", "person", "relative", "associate", "contract", "supplier", "payer", "beneficiary", "creditor", "debtor", "authority", "subject", "object"];
        foreach (var entity in entities)
        {
            var properties = entity.GetProperty("properties");
            foreach (var reference in references)
            {
                if (properties.TryGetProperty(reference, out var values))
                {
                    Assert.All(values.EnumerateArray(), v => Assert.Contains(v.GetString()!, known));
                }
            }
        }

        // Required properties of the link schemata, and the registry rows behind every link.
        Assert.All(schemata["Occupancy"], e => Assert.True(Has(e, "holder") && Has(e, "post") && Has(e, "recordId")));
        Assert.All(schemata["Family"], e => Assert.True(Has(e, "person") && Has(e, "relative") && Has(e, "relationship")));
        Assert.All(schemata["Ownership"], e => Assert.True(Has(e, "owner") && Has(e, "asset")));
        Assert.All(schemata["Debt"], e => Assert.True(Has(e, "creditor") && Has(e, "debtor") && Has(e, "amount") && Has(e, "date")));
        Assert.Contains(schemata["Ownership"], e => e.GetProperty("properties").GetProperty("percentage")[0].GetString() == "60");
        Assert.Contains(schemata["Person"], e => e.GetProperty("properties").TryGetProperty("idNumber", out _));
    }

    [Fact]
    public async Task An_export_never_writes_over_a_folder_with_files_and_every_export_is_audited()
    {
        var folder = Path.Combine(city.Folder, $"taken-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "notes.txt"), "mine");

        var (code, _, error) = await Cli.RunAsync("export", "neo4j", "--out", folder, "--db", city.Database);
        var (_, audit, _) = await Cli.RunAsync("export", "audit", "--db", city.Database);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("exists and is not empty", error, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.GetFiles(folder).Select(Path.GetFileName));
        Assert.False(Directory.Exists(folder + ".partial"));
        var operations = audit.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("operation").GetString()!)
            .ToList();
        Assert.DoesNotContain(operations, o => o.Contains(folder, StringComparison.Ordinal));
        var done = Path.Combine(city.Folder, $"audited-{Guid.NewGuid():N}.ftm.json");
        Assert.Equal(ExitCodes.Success, (await Cli.RunAsync("export", "ftm", "--out", done, "--db", city.Database)).Code);
        var (_, after, _) = await Cli.RunAsync("export", "audit", "--db", city.Database);
        Assert.Contains($"export ftm --out {done}", after, StringComparison.Ordinal);
    }

    private static bool Has(JsonElement entity, string property) =>
        entity.GetProperty("properties").TryGetProperty(property, out var values) && values.GetArrayLength() > 0;

    private static void AssertNeo4jHeaderField(string file, string field)
    {
        var match = HeaderField().Match(field);
        Assert.True(match.Success, $"{Path.GetFileName(file)}: '{field}' is not a neo4j-admin header field");
        if (match.Groups["type"].Success)
        {
            Assert.Contains(match.Groups["type"].Value, Neo4jTypes);
        }
    }

    private static void AssertTypedValues(string file, string[] header, string[] row)
    {
        Assert.True(header.Length == row.Length, $"{Path.GetFileName(file)}: {row.Length} fields under {header.Length} columns");
        for (var i = 0; i < header.Length; i++)
        {
            if (row[i].Length == 0)
            {
                continue;
            }

            var ok = header[i] switch
            {
                var h when h.EndsWith(":date", StringComparison.Ordinal) => DateOnly.TryParseExact(
                    row[i],
                    "yyyy-MM-dd",
                    CultureInfo.InvariantCulture,
                    DateTimeStyles.None,
                    out _),
                var h when h.EndsWith(":double", StringComparison.Ordinal) => double.TryParse(
                    row[i],
                    NumberStyles.Float,
                    CultureInfo.InvariantCulture,
                    out _),
                var h when h.EndsWith(":int", StringComparison.Ordinal) => int.TryParse(
                    row[i],
                    NumberStyles.Integer,
                    CultureInfo.InvariantCulture,
                    out _),
                var h when h.EndsWith(":boolean", StringComparison.Ordinal) => row[i] is "true" or "false",
                _ => true,
            };
            Assert.True(ok, $"{Path.GetFileName(file)}: '{row[i]}' is not a {header[i]}");
        }
    }

    private static (string[] Header, List<string[]> Rows) Read(string file)
    {
        using var reader = new StreamReader(file);
        using var csv = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        Assert.True(csv.Read(), $"{file} is empty");
        var header = csv.Record!;
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Record!);
        }

        return (header, rows);
    }

    private static async Task<(int Code, string Output)> ParseCypherAsync(params string[] files)
    {
        var checker = Path.Combine(RepositoryRoot.Path, "tests", "cypher");
        Assert.True(
            Directory.Exists(Path.Combine(checker, "node_modules", "@neo4j-cypher", "antlr4")),
            $"The Cypher parser is not installed: run npm ci in {checker} (test.sh does).");
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = checker
        };
        start.ArgumentList.Add("parse.mjs");
        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    /// <summary>neo4j-admin import header fields: name, name:type, name:type[], :ID(space), :START_ID(space), :END_ID(space), :TYPE,
    /// :LABEL.</summary>
    [GeneratedRegex(@"^(?:(?<name>[A-Za-z][A-Za-z0-9_]*)?:(?:ID|START_ID|END_ID)\([A-Za-z]+\)|:TYPE|:LABEL|[A-Za-z][A-Za-z0-9_]*(?::(?<type>[a-z]+)(?:\[\])?)?)$")]
    private static partial Regex HeaderField();
}
