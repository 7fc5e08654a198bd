using System.Globalization;
using Microsoft.Data.Sqlite;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Seed.World;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Graph;
using Qingdan.Graph.Store.Ingest;

namespace Qingdan.Graph.Seed.Tests;

/// <summary>
/// The world generated straight into a snapshot builder (no bundle, no store) against the city's bundles
/// ingested into SQLite and loaded back: the same nodes and links, compared by what they state with the
/// endpoints named by their identifiers (the store's ids are its own), and the same findings rule by rule.
/// </summary>
[Collection(SeedCollection.Name)]
public sealed class DirectSnapshotTests(SeedFixture seed)
{
    [Fact]
    public async Task City_straight_into_a_snapshot_is_the_graph_its_bundles_ingest_into()
    {
        var direct = SeedGenerator.Snapshot(SeedScale.City, seed: 1);
        var folder = Path.Combine(Path.GetTempPath(), $"qingdan-direct-db-{Guid.NewGuid():N}");
        var connection = StoreConnection.Parse($"Data Source={Path.Combine(folder, "q.db")}");
        try
        {
            await StoreMigrator.MigrateAsync(connection, CancellationToken.None);
            var ingestor = new BundleIngestor(connection, TimeProvider.System);
            foreach (var bundle in seed.Bundles)
            {
                var report = await ingestor.IngestAsync(bundle, new IngestOptions(), CancellationToken.None);
                Assert.Equal(IngestStatus.Committed, report.Status);
            }

            var (stored, _, _, _) = await SnapshotLoader.LoadAsync(connection, useImage: false, CancellationToken.None);

            Assert.Equal(Count(stored, n => stored.KindOf(n).ToString()), Count(direct, n => direct.KindOf(n).ToString()));
            Assert.Equal(LinkCounts(stored), LinkCounts(direct));
            var (storedNodes, directNodes) = (Nodes(stored), Nodes(direct));
            Assert.True(storedNodes.SequenceEqual(directNodes), string.Join('\n', Differences(storedNodes, directNodes)));
            var (storedLinks, directLinks) = (Links(stored), Links(direct));
            Assert.True(storedLinks.SequenceEqual(directLinks), string.Join('\n', Differences(storedLinks, directLinks)));
            Assert.Equal(FindingsByRule(stored), FindingsByRule(direct));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Streamed_county_by_county_it_holds_what_the_whole_world_built_at_once_holds()
    {
        var whole = WorldSnapshot.Build(Generation.WorldGenerator.Generate(SeedScale.City, 1));
        var builder = new GraphSnapshotBuilder();
        var counts = SeedGenerator.Populate(builder, SeedScale.City, seed: 1);
        var streamed = builder.Build(version: 1);

        Assert.Equal(whole.NodeCount, counts.People + counts.Companies + counts.Agencies + counts.Decisions);
        Assert.Equal(whole.LinkCount, counts.LinkRows);
        Assert.Equal(Nodes(whole), Nodes(streamed));
        Assert.Equal(Links(whole), Links(streamed));
        Assert.Equal(FindingsByRule(whole), FindingsByRule(streamed));
    }

    [Fact]
    public void Four_times_the_province_has_four_times_its_people_in_the_same_counties()
    {
        var province = Generation.WorldGenerator.Plan(SeedScale.Province, 1);
        var four = Generation.WorldGenerator.Plan(SeedScale.Province4x, 1);

        Assert.Equal(province.Counties, four.Counties);
        Assert.Equal(province.World.Agencies.Count, four.World.Agencies.Count);
        Assert.Equal(4 * province.PeoplePerCounty, four.PeoplePerCounty);
        Assert.Equal(province.TransactionsPerPerson, four.TransactionsPerPerson);
    }

    private static SortedDictionary<string, int> Count(GraphSnapshot snapshot, Func<int, string> key) =>
        new(Enumerable.Range(0, snapshot.NodeCount).GroupBy(key).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);

    private static SortedDictionary<string, int> LinkCounts(GraphSnapshot snapshot) =>
        new(
            Enumerable.Range(0, snapshot.LinkCount).GroupBy(l => snapshot.LinkKindOf(l).ToString())
                .ToDictionary(g => g.Key, g => g.Count()),
            StringComparer.Ordinal);

    private static SortedDictionary<string, int> FindingsByRule(GraphSnapshot snapshot) =>
        new(
            new RuleEngine(snapshot).Run().GroupBy(f => f.Rule.ToString()).ToDictionary(g => g.Key, g => g.Count()),
            StringComparer.Ordinal);

    /// <summary>Every node as what it states, its id replaced by its identifier, sorted.</summary>
    private static List<string> Nodes(GraphSnapshot snapshot) =>
        Enumerable.Range(0, snapshot.NodeCount).Select(n => snapshot.NodeOf(n) switch
        {
            Person p => $"person {Key(snapshot, n)} {p with { Id = Anonymous(snapshot, n) }}",
            Company c => $"company {Key(snapshot, n)} {c with { Id = Anonymous(snapshot, n) }}",
            Agency a => $"agency {Key(snapshot, n)} {a with { Id = Anonymous(snapshot, n), Sectors = [] }} {string.Join('/', a.Sectors)}",
            Decision d => $"decision {Key(snapshot, n)} {d with { Id = Anonymous(snapshot, n) }}",
            var other => other.ToString()!,
        }).Order(StringComparer.Ordinal).ToList();

    /// <summary>Every link as what it states (sources aside: the store's are its registries' rows), endpoints by identifier,
    /// sorted.</summary>
    private static List<string> Links(GraphSnapshot snapshot) =>
        Enumerable.Range(0, snapshot.LinkCount).Select(l =>
        {
            var fact = snapshot.FactOf(l);
            return string.Create(
                CultureInfo.InvariantCulture,
                $"{fact.Kind} {Key(snapshot, snapshot.FromOf(l))} → {Key(snapshot, snapshot.ToOf(l))} " +
                    $"{fact.Start:yyyy-MM-dd}..{fact.End:yyyy-MM-dd} " +
                    $"{fact.Detail} {fact.Share} {fact.Amount} {fact.MonthlySalary} {fact.Nominal} {fact.Title} {fact.Note}");
        }).Order(StringComparer.Ordinal).ToList();

    private static EntityId Anonymous(GraphSnapshot snapshot, int node) => new(snapshot.KindOf(node), 0);

    private static string Key(GraphSnapshot snapshot, int node) => snapshot.NodeOf(node) switch
    {
        Person p => p.IdNumber?.Value ?? $"? {p.Name} {p.BirthDate:yyyy-MM-dd}",
        Company c => c.CreditCode?.Value ?? $"? {c.Name}",
        Agency a => a.Code?.Value ?? $"? {a.Name}",
        Decision d => string.Create(CultureInfo.InvariantCulture, $"{d.Kind} {d.Title} {d.DecidedDate:yyyy-MM-dd} {d.Amount}"),
        var other => other.ToString()!,
    };

    // A few of each kind's, so that one kind's differences do not hide another's.
    private static IEnumerable<string> Differences(List<string> stored, List<string> direct) =>
        Sample(stored.Except(direct), "stored only: ").Concat(Sample(direct.Except(stored), "direct only: "));

    private static IEnumerable<string> Sample(IEnumerable<string> lines, string label) =>
        lines.GroupBy(l => l[..l.IndexOf(' ', StringComparison.Ordinal)], StringComparer.Ordinal)
            .SelectMany(g => g.Take(3))
            .Select(l => label + l);
}
