using System.Globalization;
using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Tests.Graph;
using Qingdan.Graph.Store.Graph;
using Qingdan.Graph.Store.Ingest;
using Qingdan.Graph.Store.Resolution;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Store.Tests;

/// <summary>
/// After every delta (bundles of every record kind, restatements that merge and split entities, snapshot
/// bundles that close facts, match decisions), the snapshot the provider patched equals a fresh load of
/// the store, node for node and link for link, sources included; so does a load from an older image
/// brought up to date by the changes since.
/// </summary>
public abstract class SnapshotPatchTests(StoreFixture fixture) : IAsyncLifetime
{
    private static readonly string[] Surnames = ["王", "李", "张"];
    private static readonly string[] Given = ["建国", "秀英", "伟"];
    private static readonly string[] Registries = ["cadre", "civil", "company", "finance"];
    private readonly List<BundleBuilder> _bundles = [];

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync()
    {
        _bundles.ForEach(b => b.Dispose());
        return Task.CompletedTask;
    }

    [Fact]
    public async Task After_each_of_50_random_deltas_the_patched_snapshot_equals_a_fresh_load()
    {
        var random = new Random(22);
        using var provider = new SnapshotProvider(fixture.Connection);
        await IngestAsync(Delta(random, 0, people: 12, companies: 4));
        await provider.GetAsync(CancellationToken.None);
        var patched = 0;
        for (var step = 1; step <= 50; step++)
        {
            if (step % 7 == 0)
            {
                await DecideAsync(random);
            }
            else
            {
                await IngestAsync(Delta(random, step, people: random.Next(0, 4), companies: random.Next(0, 2)));
            }

            var snapshot = await provider.GetAsync(CancellationToken.None);
            patched += provider.LastLoadPatched ? 1 : 0;
            var fresh = (await SnapshotLoader.LoadAsync(fixture.Connection, useImage: false, CancellationToken.None)).Snapshot;
            SnapshotAssert.Same(fresh, snapshot, sameBytes: false);
        }

        Assert.Equal(50, patched);
        await using var context = fixture.CreateContext();
        // The deltas did move records between entities and dissolve some: merges and splits were patched.
        Assert.True(context.ResolutionEvents.Any());
        Assert.True(context.EntityRedirects.Any());
    }

    [Fact]
    public async Task A_load_reads_an_older_image_and_applies_the_changes_since()
    {
        var random = new Random(7);
        await IngestAsync(Delta(random, 0, people: 10, companies: 3));
        using (var first = new SnapshotProvider(fixture.Connection))
        {
            await first.GetAsync(CancellationToken.None);
            Assert.True((await first.ImageSave!).Written);
        }

        for (var step = 1; step <= 5; step++)
        {
            await IngestAsync(Delta(random, step, people: 2, companies: 1));
        }

        await DecideAsync(random);
        var load = await SnapshotLoader.LoadAsync(fixture.Connection, CancellationToken.None);
        var fresh = (await SnapshotLoader.LoadAsync(fixture.Connection, useImage: false, CancellationToken.None)).Snapshot;

        Assert.True(load.FromImage);
        Assert.True(load.PatchedEntities > 0);
        SnapshotAssert.Same(fresh, load.Snapshot, sameBytes: false);
    }

    [Fact]
    public async Task Changes_with_a_gap_in_their_record_are_not_patched_but_loaded_whole()
    {
        var random = new Random(3);
        await IngestAsync(Delta(random, 0, people: 6, companies: 2));
        using var provider = new SnapshotProvider(fixture.Connection);
        await provider.GetAsync(CancellationToken.None);
        await IngestAsync(Delta(random, 1, people: 2, companies: 1));
        await using (var context = fixture.CreateContext())
        {
            context.GraphChangeSets.RemoveRange(context.GraphChangeSets);
            await context.SaveChangesAsync();
        }

        var snapshot = await provider.GetAsync(CancellationToken.None);

        Assert.False(provider.LastLoadPatched);
        var fresh = (await SnapshotLoader.LoadAsync(fixture.Connection, useImage: false, CancellationToken.None)).Snapshot;
        SnapshotAssert.Same(fresh, snapshot, sameBytes: false);
    }

    // A bundle of one registry: people drawn from few names (so that identifiers merge and split them), companies,
    // and links of every kind among the registry's refs, old and new.
    private BundleBuilder Delta(Random random, int step, int people, int companies)
    {
        var registry = Registries[random.Next(Registries.Length)];
        var snapshotMode = step > 0 && step % 11 == 0;
        var bundle = new BundleBuilder(
            $"{registry}-{step}",
            registry,
            asOf: new DateOnly(2026, 1, 1).AddDays(step).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            mode: snapshotMode ? "snapshot" : "delta");
        _bundles.Add(bundle);
        var personRefs = Enumerable.Range(0, random.Next(3, 7)).Select(_ => $"p{random.Next(20)}").Distinct().ToList();
        var companyRefs = Enumerable.Range(0, random.Next(1, 4)).Select(_ => $"c{random.Next(8)}").Distinct().ToList();
        var peopleLines = new List<string> { "ref,name,id_number,birth_date" };
        foreach (var person in personRefs.Take(Math.Max(people, 1)))
        {
            peopleLines.Add($"{person},{Name(random)},{Identifier(random)},{Birth(random)}");
        }

        foreach (var person in personRefs.Skip(Math.Max(people, 1)))
        {
            // Refs the links name are stated too: a bundle's links may only name its own refs or earlier ones.
            peopleLines.Add($"{person},{Name(random)},,");
        }

        var companyLines = new List<string> { "ref,name,credit_code,region_code,industry" };
        foreach (var company in companyRefs)
        {
            companyLines.Add($"{company},公司{company[1..]}{(companies > 0 && random.Next(3) == 0 ? "甲" : string.Empty)},,4408{random.Next(10):D2},E48");
        }

        bundle.File("people.csv", [.. peopleLines])
            .File("companies.csv", [.. companyLines])
            .File("agencies.csv", "ref,name,region_code", "a1,湛江市住房和城乡建设局,440800");
        string P() => personRefs[random.Next(personRefs.Count)];
        string C() => companyRefs[random.Next(companyRefs.Count)];
        string Day() => new DateOnly(2010, 1, 1).AddDays(random.Next(4000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        bundle.File("positions.csv", "person_ref,agency_ref,start_date", $"{P()},a1,{Day()}")
            .File("family.csv", "person_ref,relative_ref,relation,start_date", $"{P()},{P()},spouse,{Day()}", $"{P()},{P()},child,{Day()}")
            .File("shareholdings.csv", "holder_ref,holder_kind,company_ref,share,start_date", $"{P()},person,{C()},{random.Next(1, 90)},{Day()}")
            .File("company_roles.csv", "person_ref,company_ref,role,start_date", $"{P()},{C()},legal_representative,{Day()}")
            .File(
                "transactions.csv",
                "from_ref,from_kind,to_ref,to_kind,kind,amount,date",
                $"{C()},company,{P()},person,loan,{random.Next(1000, 90000)},{Day()}")
            .File(
                "decisions.csv",
                "ref,kind,agency_ref,beneficiary_ref,title,amount,decided_date",
                $"d{step},procurement_award,a1,{C()},工程{step},{random.Next(10000, 900000)},{Day()}");
        return bundle;
    }

    private static string Name(Random random) => Surnames[random.Next(Surnames.Length)] + Given[random.Next(Given.Length)];

    private static string Birth(Random random) => random.Next(3) == 0 ? string.Empty : $"19{60 + random.Next(3)}-03-15";

    // Few distinct numbers, some masked, some missing: restatements move records between entities.
    private static string Identifier(Random random)
    {
        var full = IdentityNumber.Create("440802", new DateOnly(1960 + random.Next(3), 3, 15), random.Next(1, 4)).ToString()!;
        return random.Next(4) switch
        {
            0 => string.Empty,
            1 => full[..6] + "********" + full[14..],
            _ => full,
        };
    }

    private async Task DecideAsync(Random random)
    {
        await using var context = fixture.CreateContext();
        var people = context.SourceRecords.Where(r => r.Kind == Core.Model.NodeKind.Person).Select(r => r.Id).Order().ToList();
        var a = people[random.Next(people.Count)];
        var b = people.Where(id => id != a).ElementAt(random.Next(people.Count - 1));
        await new MatchDecider(fixture.Connection, TimeProvider.System).DecideAsync(a, b, random.Next(2) == 0, "test", null, CancellationToken.None);
    }

    private async Task IngestAsync(BundleBuilder bundle)
    {
        var report = await new BundleIngestor(fixture.Connection, TimeProvider.System).IngestAsync(
            bundle.Folder,
            new IngestOptions(),
            CancellationToken.None);
        Assert.Equal(IngestStatus.Committed, report.Status);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresSnapshotPatchTests(PostgresFixture fixture) : SnapshotPatchTests(fixture);

[Collection(SqliteCollection.Name)]
public sealed class SqliteSnapshotPatchTests(SqliteFixture fixture) : SnapshotPatchTests(fixture);
