using System.CommandLine;
using System.Globalization;
using Qingdan.Graph.Seed;
using Qingdan.Graph.Seed.Export;

namespace Qingdan.Graph.Cli;

/// <summary><c>qingdan seed --scale city|region|province --out DIR [--seed N] [--truth] [--delivered]</c>.</summary>
internal static class SeedCommand
{
    public static Command Create(TextWriter output)
    {
        var scale = new Option<SeedScale>("--scale")
        {
            Description = "city (≈20,000 people), region (≈200,000) or province (≈2,000,000).",
            DefaultValueFactory = _ => SeedScale.City
        };
        var outputFolder = new Option<string>("--out")
        {
            Description = "Folder to write the registry bundles, truth.jsonl and planted.jsonl into.",
            Required = true
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Random seed; the same seed and scale give the same bundles.",
            DefaultValueFactory = _ => 1
        };
        var truth = new Option<bool?>("--truth")
        {
            Description = "Compute truth.jsonl (default: yes for city and region, no for province)."
        };
        var delivered = new Option<bool>("--delivered")
        {
            Description = "Also write the registries as agencies deliver them (workbooks, GB18030 CSV exports, a transaction report) " +
                "with a mapping each, into DIR/delivered (docs/seed.md).",
        };
        var command = new Command("seed", "Write synthetic registry bundles with planted cases and the findings the rules must produce.") {
            scale,
            outputFolder,
            seed,
            truth,
            delivered };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(outputFolder)!;
            var summary = SeedGenerator.Generate(parse.GetValue(scale), folder, parse.GetValue(seed), parse.GetValue(truth));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{folder}: {summary.People:N0} people, {summary.Companies:N0} companies, {summary.Agencies:N0} agencies, " +
                    $"{summary.Decisions:N0} decisions, {summary.Links:N0} links, {summary.Planted} planted cases"));
            if (summary.TruthByRule is { } truthByRule)
            {
                output.WriteLine("truth: "
                    + string.Join(", ", truthByRule.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value:N0}")));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"generated in {summary.Generating.TotalSeconds:0.0}s, truth checked in {summary.Checking.TotalSeconds:0.0}s, written in " +
                    $"{summary.Writing.TotalSeconds:0.0}s"));
            output.WriteLine($"next: ./qingdan ingest {folder}/cadre {folder}/civil {folder}/company {folder}/procurement " +
                $"{folder}/licensing {folder}/finance");
            if (parse.GetValue(delivered))
            {
                var mappings = DeliveredExporter.Write(folder, Path.Combine(folder, "delivered"));
                output.WriteLine(
                    $"delivered files and their mappings in {Path.Combine(folder, "delivered")}; or, the same registries through them:");
                foreach (var mapping in mappings)
                {
                    output.WriteLine($"  ./qingdan ingest --mapping {mapping}");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
