using Microsoft.Data.Sqlite;
using Qingdan.Graph.Seed.Export;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Exports;
using Qingdan.Graph.Store.Findings;
using Qingdan.Graph.Store.Ingest;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Seed.Tests;

/// <summary>
/// The city delivered as agencies deliver it — workbooks, GB18030 exports, a transaction report — with a
/// mapping each: through them the store holds the graph the bundles give, and the sweep finds the truth.
/// </summary>
[Collection(SeedCollection.Name)]
public sealed class DeliveredCityTests(SeedFixture seed) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("qingdan-delivered-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_city_through_its_delivered_files_and_mappings_is_the_city_of_its_bundles_and_the_sweep_finds_the_truth()
    {
        var mappings = DeliveredExporter.Write(seed.Folder, Path.Combine(_folder, "delivered"));
        Assert.Equal(6, mappings.Count);
        Assert.Contains(
            Directory.EnumerateFiles(Path.Combine(_folder, "delivered"), "*.xlsx", SearchOption.AllDirectories),
            f => f.EndsWith("干部信息.xlsx", StringComparison.Ordinal));

        var bundles = await StoreAsync(
            "bundles.db",
            ingestor => seed.Bundles.Select(b => ingestor.IngestAsync(b, new IngestOptions(), CancellationToken.None)));
        var delivered = await StoreAsync("delivered.db", ingestor => SeedFixture.Registries.Select(r =>
            ingestor.IngestMappingAsync(
                mappings.Single(m => Path.GetFileName(m) == $"{r}.yaml"),
                null,
                new IngestOptions(),
                CancellationToken.None)));

        await using (var bundleContext = bundles.CreateContext())
        await using (var deliveredContext = delivered.CreateContext())
        {
            Assert.Empty(await StoreIntegrity.ProblemsAsync(deliveredContext));
            var expected = GraphDump.WithoutProvenance(await GraphDump.DumpAsync(bundleContext));
            var actual = GraphDump.WithoutProvenance(await GraphDump.DumpAsync(deliveredContext));
            var missing = expected.Except(actual).Take(5).ToList();
            var extra = actual.Except(expected).Take(5).ToList();
            Assert.True(
                missing.Count == 0 && extra.Count == 0,
                $"missing {string.Join(" | ", missing)}; extra {string.Join(" | ", extra)}");
        }

        var sweep = await new SweepRunner(delivered, TimeProvider.System).RunAsync(new SweepRequest(), CancellationToken.None);
        using var findings = new StringWriter();
        await FindingsExport.WriteJsonLinesAsync(delivered, sweep.SweepId, findings, includeResolved: false, CancellationToken.None);
        var truth = CitySeedTests.Keys(File.ReadAllLines(Path.Combine(seed.Folder, "truth.jsonl")));
        foreach (var rule in new[] { "NL3", "NL4", "NL5", "NL9", "REP" })
        {
            Assert.Contains(truth, k => k.StartsWith(rule, StringComparison.Ordinal));
        }

        Assert.Equal(truth, CitySeedTests.Keys(findings.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    private async Task<StoreConnection> StoreAsync(string name, Func<BundleIngestor, IEnumerable<Task<IngestReport>>> ingest)
    {
        var connection = StoreConnection.Parse($"Data Source={Path.Combine(_folder, name)}");
        await StoreMigrator.MigrateAsync(connection, CancellationToken.None);
        var ingestor = new BundleIngestor(connection, TimeProvider.System);
        foreach (var run in ingest(ingestor))
        {
            // One after another, as the registries arrive.
            var report = await run;
            Assert.True(report.Status == IngestStatus.Committed && report.Rejected == 0, $"{report.BundleId}: {report.Status}, " +
                $"{report.Rejected} rejected: {report.Error} {string.Join(" | ", report.Issues.Take(3))}");
        }

        return connection;
    }
}
