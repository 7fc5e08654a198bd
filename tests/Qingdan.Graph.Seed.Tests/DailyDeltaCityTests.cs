using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Qingdan.Graph.Core.Tests.Graph;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Exports;
using Qingdan.Graph.Store.Findings;
using Qingdan.Graph.Store.Graph;
using Qingdan.Graph.Store.Ingest;

namespace Qingdan.Graph.Seed.Tests;

/// <summary>
/// The city as a registry sends it day after day: every registry's records and half its facts as a base,
/// then the other facts in two later deltas, each followed by a sweep of what changed. The findings, with
/// their variants, severities and evidence, are those of ingesting everything at once and sweeping it
/// whole, and the snapshot the server patched along the way is the one a fresh load builds.
/// </summary>
[Collection(SeedCollection.Name)]
public sealed class DailyDeltaCityTests(SeedFixture seed) : IDisposable
{
    // Reports are records with refs, as decisions are: their items, split like facts, name them.
    private static readonly string[] NodeFiles = ["people.csv", "companies.csv", "agencies.csv", "decisions.csv", "reports.csv"];
    // A REP report's "source" names its delivery's bundle, as a link's "sources" do.
    private static readonly HashSet<string> Volatile =
        ["id", "refs", "sources", "source", "from", "to", "change", "triage_status", "first_seen", "last_seen", "first_seen_sweep", "sweep"];

    private readonly string _folder = Directory.CreateTempSubdirectory("qingdan-daily-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_base_and_later_deltas_find_what_everything_at_once_finds()
    {
        var once = await StoreAsync("once.db");
        foreach (var bundle in seed.Bundles)
        {
            await IngestAsync(once, bundle);
        }

        var expected = await FindingsAsync(once, await SweepAsync(once, new SweepRequest()));

        var daily = await StoreAsync("daily.db");
        using var provider = new SnapshotProvider(daily);
        var parts = SeedFixture.Registries.ToDictionary(r => r, r => Split(Path.Combine(seed.Folder, r), parts: 3));
        var patches = 0;
        for (var part = 0; part < 3; part++)
        {
            foreach (var registry in SeedFixture.Registries)
            {
                await IngestAsync(daily, parts[registry][part]);
                var snapshot = await provider.GetAsync(CancellationToken.None);
                patches += provider.LastLoadPatched ? 1 : 0;
                if (part > 0)
                {
                    var fresh = (await SnapshotLoader.LoadAsync(daily, useImage: false, CancellationToken.None)).Snapshot;
                    SnapshotAssert.Same(fresh, snapshot, sameBytes: false);
                }
            }

            // The first sweep is whole (no footprints yet); the later ones run only what the deliveries touched.
            await SweepAsync(daily, new SweepRequest { Incremental = part > 0 });
        }

        var actual = await FindingsAsync(daily, await SweepAsync(daily, new SweepRequest { Incremental = true }));
        Assert.True(patches >= 6, $"{patches} of the 18 versions were patched");
        Assert.Equal(expected.Count, actual.Count);
        Assert.Empty(expected.Except(actual).Take(3));
    }

    // A registry's bundle as three deliveries (delta mode): every record and the first half of each fact file, then
    // a quarter of the facts, then the rest (a fact names refs the registry stated before).
    private List<string> Split(string bundle, int parts)
    {
        var registry = Path.GetFileName(bundle);
        var folders = new List<string>();
        for (var part = 0; part < parts; part++)
        {
            var folder = Path.Combine(_folder, "deliveries", $"{registry}-{part}");
            Directory.CreateDirectory(folder);
            var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(bundle, "manifest.json")))!;
            manifest["mode"] = "delta";
            File.WriteAllText(Path.Combine(folder, "manifest.json"), manifest.ToJsonString());
            folders.Add(folder);
        }

        foreach (var file in Directory.EnumerateFiles(bundle, "*.csv"))
        {
            var name = Path.GetFileName(file);
            // Bytes split at line ends: the file keeps its encoding (the civil registry's is GB18030).
            var lines = SplitLines(File.ReadAllBytes(file));
            var header = lines[0];
            var rows = lines.Skip(1).ToList();
            var cuts = NodeFiles.Contains(name) ? [rows.Count, rows.Count, rows.Count] : new[] { rows.Count / 2, rows.Count * 3 / 4, rows.Count };
            var from = 0;
            for (var part = 0; part < parts; part++)
            {
                var take = rows.Skip(from).Take(cuts[part] - from);
                File.WriteAllBytes(Path.Combine(folders[part], name), [.. header, .. take.SelectMany(r => r)]);
                from = cuts[part];
            }
        }

        return folders;
    }

    private static List<byte[]> SplitLines(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lines.Add(bytes[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < bytes.Length)
        {
            lines.Add([.. bytes[start..], (byte)'\n']);
        }

        return lines;
    }

    private async Task<StoreConnection> StoreAsync(string name)
    {
        var connection = StoreConnection.Parse($"Data Source={Path.Combine(_folder, name)}");
        await StoreMigrator.MigrateAsync(connection, CancellationToken.None);
        return connection;
    }

    private static async Task IngestAsync(StoreConnection connection, string bundle)
    {
        var report = await new BundleIngestor(connection, TimeProvider.System).IngestAsync(bundle, new IngestOptions(), CancellationToken.None);
        Assert.True(
            report.Status == IngestStatus.Committed && report.Rejected == 0,
            $"{report.BundleId}: {report.Status}, {report.Rejected} rejected: {report.Error} {string.Join(" | ", report.Issues.Take(3))}");
    }

    private static async Task<long> SweepAsync(StoreConnection connection, SweepRequest request) =>
        (await new SweepRunner(connection, TimeProvider.System).RunAsync(request, CancellationToken.None)).SweepId;

    // Each active finding as its JSON line without what names a store's ids, a bundle's rows or a sweep's history.
    private static async Task<HashSet<string>> FindingsAsync(StoreConnection connection, long sweep)
    {
        using var findings = new StringWriter();
        await FindingsExport.WriteJsonLinesAsync(connection, sweep, findings, includeResolved: false, CancellationToken.None);
        return findings.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => Strip(JsonNode.Parse(line)!).ToJsonString())
            .ToHashSet(StringComparer.Ordinal);
    }

    private static JsonNode Strip(JsonNode node)
    {
        if (node is JsonObject json)
        {
            foreach (var name in json.Select(p => p.Key).ToList())
            {
                if (Volatile.Contains(name) || name.EndsWith("_at", StringComparison.Ordinal))
                {
                    json.Remove(name);
                }
                else if (json[name] is { } value)
                {
                    Strip(value);
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                if (item is not null)
                {
                    Strip(item);
                }
            }
        }

        return node;
    }
}
