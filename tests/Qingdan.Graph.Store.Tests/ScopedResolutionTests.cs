using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Store.Ingest;
using Qingdan.Graph.Store.Resolution;
using Qingdan.Graph.Testing;
using static Qingdan.Graph.Store.Tests.ScopedResolutionPlan;

namespace Qingdan.Graph.Store.Tests;

/// <summary>
/// Scoped resolution against full resolution (docs/resolution.md "Scoped resolution"): two stores take
/// the same random history of small bundles and match decisions, one resolving the closure of each step,
/// the other every record; after every step they must agree on the partition, each record's rule, the
/// candidates with their reasons, every entity id, the canonical nodes and the links. And the closure's
/// final partition, rules, candidates and links must not depend on the order the registries' bundles came in.
/// </summary>
/// <remarks>
/// <c>QINGDAN_SCOPED_STEPS</c> and <c>QINGDAN_SCOPED_SEEDS</c> make the run longer (the suite runs a
/// few seeds of a few dozen steps), for example
/// <c>QINGDAN_SCOPED_STEPS=300 QINGDAN_SCOPED_SEEDS=20 dotnet test --filter ScopedResolution</c>.
/// </remarks>
public abstract class ScopedResolutionTests : IAsyncLifetime
{
    private static readonly int Steps = Setting("QINGDAN_SCOPED_STEPS", 24);
    private static readonly int Seeds = Setting("QINGDAN_SCOPED_SEEDS", 2);

    private readonly StoreFixture _scoped;
    private readonly StoreFixture _full;
    private readonly string _work = Path.Combine(Path.GetTempPath(), $"qingdan-scoped-{Guid.NewGuid():N}");

    protected ScopedResolutionTests(Func<StoreFixture> fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        _scoped = fixture();
        _full = fixture();
    }

    public async Task InitializeAsync()
    {
        await _scoped.InitializeAsync();
        await _full.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _scoped.DisposeAsync();
        await _full.DisposeAsync();
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    [Fact]
    public async Task Scoped_resolution_leaves_the_store_a_full_resolution_leaves_after_every_step()
    {
        var narrower = 0;
        for (var seed = 1; seed <= Seeds; seed++)
        {
            await _scoped.ResetAsync();
            await _full.ResetAsync();
            var plan = Generate(seed, Steps);
            for (var i = 0; i < plan.Count; i++)
            {
                var summary = await ApplyAsync(_scoped, plan[i], ResolutionMode.Scoped);
                await ApplyAsync(_full, plan[i], ResolutionMode.Full);
                Assert.True(summary.Scoped);
                await using var context = _scoped.CreateContext();
                if (summary.Records < await context.SourceRecords.CountAsync())
                {
                    narrower++;
                }

                Assert.Empty(await StoreIntegrity.ProblemsAsync(context));
                var expected = await StateAsync(_full, withIds: true);
                var actual = await StateAsync(_scoped, withIds: true);
                Assert.True(expected == actual, $"seed {seed}, step {i} ({plan[i]}):\n{Difference(expected, actual)}");
            }
        }

        // The closure must have been narrower than the store for the comparison to say anything about scoping.
        Assert.True(narrower > Seeds * Steps / 4, $"only {narrower} steps resolved fewer records than the store holds");
    }

    [Fact]
    public async Task Every_order_of_the_registries_bundles_ends_in_the_same_state()
    {
        var plan = Generate(seed: 101, Steps);
        var random = new Random(7);
        await _full.ResetAsync();
        foreach (var step in plan)
        {
            await ApplyAsync(_full, step, ResolutionMode.Full);
        }

        var expected = await StateAsync(_full, withIds: false);
        for (var order = 0; order < 3; order++)
        {
            await _scoped.ResetAsync();
            foreach (var step in order == 0 ? plan : Interleave(plan, random))
            {
                await ApplyAsync(_scoped, step, ResolutionMode.Scoped);
            }

            var actual = await StateAsync(_scoped, withIds: false);
            Assert.True(expected == actual, $"order {order}:\n{Difference(expected, actual)}");
        }
    }

    /// <summary>
    /// Another order of the same history: the registries' bundles interleaved at random, each registry's in
    /// its own order (a restatement stays after what it restates), and each decision as soon as its two
    /// records exist, the decisions in their order (the latest verdict on a pair holds).
    /// </summary>
    private static List<Step> Interleave(List<Step> plan, Random random)
    {
        var queues = plan.OfType<BundleStep>().GroupBy(b => b.Registry).Select(g => new Queue<BundleStep>(g)).ToList();
        var decisions = new Queue<Verdict>(plan.OfType<Verdict>());
        var stated = new HashSet<RecordKey>();
        var order = new List<Step>();
        while (queues.Exists(q => q.Count > 0))
        {
            var open = queues.Where(q => q.Count > 0).ToList();
            var bundle = open[random.Next(open.Count)].Dequeue();
            order.Add(bundle);
            stated.UnionWith(bundle.Stated);
            while (decisions.Count > 0 && stated.Contains(decisions.Peek().A) && stated.Contains(decisions.Peek().B))
            {
                order.Add(decisions.Dequeue());
            }
        }

        order.AddRange(decisions.Cast<Step>());
        return order;
    }

    private async Task<ResolutionSummary> ApplyAsync(StoreFixture store, Step step, ResolutionMode mode)
    {
        if (step is Verdict decision)
        {
            await using var context = store.CreateContext();
            var a = await RecordIdAsync(context, decision.A);
            var b = await RecordIdAsync(context, decision.B);
            return await new MatchDecider(store.Connection, TimeProvider.System) { Resolution = mode }
                .DecideAsync(a, b, decision.Same, "tester", null, CancellationToken.None);
        }

        var bundle = (BundleStep)step;
        var folder = Path.Combine(_work, bundle.Id);
        if (!Directory.Exists(folder))
        {
            using var builder = new BundleBuilder(bundle.Id, bundle.Registry, root: Path.Combine(_work, "building"));
            foreach (var (file, header, rows) in new[]
            {
                ("people.csv", "ref,name,id_number,birth_date,gender", bundle.People),
                ("companies.csv", "ref,name,credit_code", bundle.Companies),
                ("shareholdings.csv", "holder_ref,holder_kind,company_ref,share,start_date", bundle.Holdings),
            })
            {
                if (rows.Length > 0)
                {
                    builder.File(file, [header, .. rows]);
                }
            }

            Directory.Move(builder.Folder, folder);
        }

        var report = await new BundleIngestor(store.Connection, TimeProvider.System)
            .IngestAsync(folder, new IngestOptions { Resolution = mode, LargeLoad = false }, CancellationToken.None);
        Assert.Equal(IngestStatus.Committed, report.Status);
        return report.Resolution!;
    }

    private static Task<long> RecordIdAsync(Database.QingdanDbContext context, RecordKey key)
    {
        var kind = key.Person ? NodeKind.Person : NodeKind.Company;
        return context.SourceRecords.Where(r => r.Registry == key.Registry && r.Kind == kind && r.Ref == key.Ref)
            .Select(r => r.Id).SingleAsync();
    }

    /// <summary>
    /// The store's resolution as text, records named by registry, kind and ref: the partition, each record's
    /// rule, the candidates with their reasons, the links (<see cref="GraphDump"/>), and, <paramref name="withIds"/>
    /// (two stores fed in one order), the canonical nodes, each record's entity id, the node ids and the redirects.
    /// </summary>
    private static async Task<string> StateAsync(StoreFixture store, bool withIds)
    {
        await using var context = store.CreateContext();
        var records = await context.SourceRecords.AsNoTracking()
            .Select(r => new { r.Id, r.Registry, r.Kind, r.Ref, r.EntityId, r.ResolvedBy }).ToListAsync();
        var key = records.ToDictionary(r => r.Id, r => $"{r.Registry}/{r.Kind}/{r.Ref}");
        var lines = new List<string>();
        foreach (var entity in records.GroupBy(r => r.EntityId))
        {
            lines.Add("P " + string.Join('+', entity.Select(r => key[r.Id]).Order(StringComparer.Ordinal)));
        }

        lines.AddRange(records.Select(r => $"R {key[r.Id]} {r.ResolvedBy}"));
        var candidates = await context.ResolutionCandidates.AsNoTracking().ToListAsync();
        lines.AddRange(candidates.Select(c =>
            string.CompareOrdinal(key[c.RecordAId], key[c.RecordBId]) < 0
                ? $"C {key[c.RecordAId]} ~ {key[c.RecordBId]}: {c.Reason}"
                : $"C {key[c.RecordBId]} ~ {key[c.RecordAId]}: {c.Reason}"));
        // A node shows its most recent batch's statement first (CanonicalNode): only within one order can nodes agree.
        lines.AddRange((await GraphDump.DumpAsync(context)).Split('\n')
            .Where(line => withIds || !line.StartsWith("E ", StringComparison.Ordinal)));
        if (withIds)
        {
            lines.AddRange(records.Select(r => string.Create(CultureInfo.InvariantCulture, $"I {key[r.Id]} {r.EntityId}")));
            lines.AddRange((await context.Nodes.Select(n => n.Id).ToListAsync()).Select(id => $"N {id}"));
            lines.AddRange((await context.EntityRedirects.ToListAsync()).Select(r => $"D {r.FromEntityId} -> {r.ToEntityId}"));
        }

        lines.Sort(StringComparer.Ordinal);
        return string.Join('\n', lines);
    }

    private static string Difference(string expected, string actual)
    {
        var want = expected.Split('\n').ToHashSet(StringComparer.Ordinal);
        var got = actual.Split('\n').ToHashSet(StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var line in want.Except(got).Take(20))
        {
            text.Append("full only:   ").AppendLine(line);
        }

        foreach (var line in got.Except(want).Take(20))
        {
            text.Append("scoped only: ").AppendLine(line);
        }

        return text.ToString();
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : fallback;
}

public sealed class PostgresScopedResolutionTests() : ScopedResolutionTests(() => new PostgresFixture());

public sealed class SqliteScopedResolutionTests() : ScopedResolutionTests(() => new SqliteFixture());
