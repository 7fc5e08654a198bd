using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Seed;
using Qingdan.Graph.Server.Api;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Findings;
using Qingdan.Graph.Store.Graph;
using Qingdan.Graph.Store.Ingest;

namespace Qingdan.Graph.Benchmarks;

/// <summary>
/// <c>qingdan-bench stats --db "Host=…" [--scale region] [--repeat 5] [--work DIR]</c>: the analysts' aggregations as an analyst
/// asks them — over HTTP, through <c>/graphql</c>, on a seeded, ingested and swept store — each against the nearest report
/// PostgreSQL gives as one <c>GROUP BY</c> (EF Core's translation, the same store, the same run), as a ratio. The
/// GraphQL side does more (names beside ids, neighbours' regions, the evidence's decisions); the SQL side is what a
/// hand-written report would cost.
/// </summary>
internal static class StatsBench
{
    public static async Task<int> RunAsync(StoreConnection connection, SeedScale scale, int repeat, string work)
    {
        var header = string.Create(CultureInfo.InvariantCulture,
            $"qingdan-bench stats: {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {scale}, store {connection.Describe()}");
        Console.WriteLine(header);
        await StoreMigrator.MigrateAsync(connection, CancellationToken.None);
        await PrepareAsync(connection, scale, work);
        await using var app = ApiHost.Build(connection, "http://127.0.0.1:0", new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" });
        var clock = Stopwatch.StartNew();
        var graph = await app.Services.GetRequiredService<SnapshotProvider>().GetAsync(CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"snapshot v{graph.Version}: {graph.NodeCount:N0} nodes, {graph.LinkCount:N0} links, loaded in {clock.Elapsed.TotalSeconds:0.0}s"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var key = await new Store.Security.ApiKeys(connection, TimeProvider.System).CreateAsync(
            $"stats-bench-{Guid.NewGuid():N}", Store.Security.Roles.Analyst, CancellationToken.None);
        using var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key.Token);
        await using (var context = connection.CreateContext())
        {
            var findings = await context.Findings.CountAsync();
            var decisions = await context.Decisions.CountAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"findings {findings:N0}, decisions {decisions:N0}"));
        }

        var failed = false;
        foreach (var (name, query, sql) in Reports().Concat(EntityReports()))
        {
            var groups = 0;
            var (cold, ours) = await MedianAsync(repeat, async () => groups = await GraphQLAsync(http, query));
            var rows = 0;
            var (_, theirs) = await MedianAsync(repeat, async () =>
            {
                await using var context = connection.CreateContext();
                rows = await sql(context);
            });
            failed |= ours > 1000;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-36} graphql {ours,6:N0} ms (first {cold,6:N0}; {groups:N0} groups)   PostgreSQL GROUP BY {theirs,6:N0} ms ({rows:N0} rows)   " +
                    $"ratio {ours / Math.Max(theirs, 0.01):0.00}×"));
        }

        await app.StopAsync();
        Console.WriteLine(failed ? "a report took more than 1 s" : "every report within 1 s");
        return 0;
    }

    private static IEnumerable<(string Name, string Query, Func<QingdanDbContext, Task<int>> Sql)> Reports()
    {
        yield return ("findings per rule and agency",
            "{ s: findingStats(groupBy: [RULE, AGENCY]) { rule agency agencyName count amount } }",
            async c => (await c.Findings.Where(f => f.MergedIntoId == null).GroupBy(f => new { f.Rule, f.AgencyId })
                .Select(g => new { g.Key, Count = g.Count(), Amount = g.Sum(f => f.Amount) }).ToListAsync()).Count);
        yield return ("findings per industry and rule",
            "{ s: findingStats(groupBy: [COMPANY_INDUSTRY, RULE]) { companyIndustry rule count } }",
            async c => (await c.Findings.Where(f => f.MergedIntoId == null)
                .Join(c.Companies, f => f.CompanyId, x => x.Id, (f, x) => new { f.Rule, Section = x.Industry!.Substring(0, 1) })
                .GroupBy(r => new { r.Section, r.Rule }).Select(g => new { g.Key, Count = g.Count() }).ToListAsync()).Count);
        yield return ("decisions per agency and kind",
            "{ s: decisionStats(groupBy: [AGENCY, KIND]) { agency agencyName kind count sum(of: AMOUNT) } }",
            async c => (await c.Decisions
                .Join(c.Links.Where(l => l.Kind == LinkKind.Issued), d => d.Id, l => l.ToEntityId, (d, l) => new { l.FromEntityId, d.DecisionKind, d.Amount })
                .GroupBy(r => new { r.FromEntityId, r.DecisionKind }).Select(g => new { g.Key, Count = g.Count(), Sum = g.Sum(r => r.Amount) })
                .ToListAsync()).Count);
        yield return ("decisions per year and method",
            "{ s: decisionStats(groupBy: [YEAR, METHOD]) { year method count sum(of: AMOUNT) } }",
            async c => (await c.Decisions.GroupBy(d => new { d.DecidedDate.Year, d.Method })
                .Select(g => new { g.Key, Count = g.Count(), Sum = g.Sum(d => d.Amount) }).ToListAsync()).Count);
        yield return ("NL9 per agency and kind in 2023",
            """{ s: decisionStats(groupBy: [AGENCY, KIND], where: { decidedDate: { gte: "2023-01-01", lte: "2023-12-31" }, """ +
                """findings: { rule: { eq: NL9 } } }) { agency agencyName kind count findings: distinct(of: NL9_FINDING) sum(of: AMOUNT) } }""",
            async c =>
            {
                var from = new DateOnly(2023, 1, 1);
                var to = new DateOnly(2023, 12, 31);
                var behind =
                    from f in c.Findings.Where(f => f.Rule == RuleId.NL9 && f.MergedIntoId == null)
                    from b in c.Links.Where(b => b.Kind == LinkKind.Beneficiary && b.ToEntityId == f.CompanyId)
                    where c.Links.Any(p => p.Kind == LinkKind.Participation && p.ToEntityId == b.FromEntityId && p.FromEntityId == f.OfficialId)
                        && f.Body.Contains("\"id\":\"d_" + b.FromEntityId + "\"")
                    select b.FromEntityId;
                return (await c.Decisions.Where(d => d.DecidedDate >= from && d.DecidedDate <= to && behind.Contains(d.Id))
                    .Join(c.Links.Where(l => l.Kind == LinkKind.Issued), d => d.Id, l => l.ToEntityId, (d, l) => new { l.FromEntityId, d.DecisionKind, d.Amount })
                    .GroupBy(r => new { r.FromEntityId, r.DecisionKind }).Select(g => new { g.Key, Count = g.Count(), Sum = g.Sum(r => r.Amount) })
                    .ToListAsync()).Count;
            }
        );
        yield return ("NL9 findings per official, top 20",
            """{ s: findingStats(groupBy: [OFFICIAL], where: { rule: { eq: NL9 } }, order: [{ aggregate: SUM, measure: DECISION_AMOUNT, """ +
                """direction: DESC }], first: 20) { official officialName count sum(of: DECISION_AMOUNT) } }""",
            async c => (await c.Findings.Where(f => f.Rule == RuleId.NL9 && f.MergedIntoId == null).GroupBy(f => f.OfficialId)
                .Select(g => new { g.Key, Count = g.Count(), Sum = g.Sum(f => f.Amount) }).OrderByDescending(g => g.Sum).Take(20).ToListAsync()).Count);
    }

    /// <summary>The entity stats, each against the nearest GROUP BY over the store's rows.</summary>
    private static IEnumerable<(string Name, string Query, Func<QingdanDbContext, Task<int>> Sql)> EntityReports()
    {
        yield return ("people per gender and official",
            "{ s: peopleStats(groupBy: [GENDER, OFFICIAL]) { gender official count } }",
            async c => (await c.People.GroupBy(p => new { p.Gender, Official = c.Links.Any(l => l.Kind == LinkKind.Position && l.FromEntityId == p.Id) })
                .Select(g => new { g.Key, Count = g.Count() }).ToListAsync()).Count);
        yield return ("officials per region, awarded amount",
            "{ s: peopleStats(groupBy: [REGION], where: { awardedAmount: { gt: 0 } }) { region count sum(of: AWARDED_AMOUNT) } }",
            async c => (await c.Links.Where(l => l.Kind == LinkKind.Position)
                .Join(c.Agencies, l => l.ToEntityId, a => a.Id, (l, a) => new { l.FromEntityId, a.RegionCode })
                .GroupBy(r => r.RegionCode).Select(g => new { g.Key, Count = g.Select(r => r.FromEntityId).Distinct().Count() }).ToListAsync()).Count);
        yield return ("companies per industry, in findings",
            "{ s: companyStats(groupBy: [INDUSTRY, IN_FINDINGS]) { industry inFindings count sum(of: AWARDED_AMOUNT) } }",
            async c => (await c.Companies.GroupBy(x => new { Section = x.Industry!.Substring(0, 1), In = c.Findings.Any(f => f.CompanyId == x.Id) })
                .Select(g => new { g.Key, Count = g.Count() }).ToListAsync()).Count);
        yield return ("transactions per kind and year",
            "{ s: transactionStats(groupBy: [KIND, YEAR]) { kind year count sum(of: AMOUNT) } }",
            async c => (await c.Links.Where(l => l.Kind == LinkKind.Transaction).GroupBy(l => new { l.Detail, l.StartDate!.Value.Year })
                .Select(g => new { g.Key, Count = g.Count(), Sum = g.Sum(l => l.Amount) }).ToListAsync()).Count);
    }

    private static async Task<int> GraphQLAsync(HttpClient http, string query)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query });
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (json.TryGetProperty("errors", out var errors))
        {
            throw new InvalidOperationException($"{query}: {errors}");
        }

        return json.GetProperty("data").GetProperty("s").GetArrayLength();
    }

    /// <summary>The first round (a new snapshot's first report builds what is kept beside it), then the median of the timed
    /// rounds, in milliseconds.</summary>
    private static async Task<(double First, double Median)> MedianAsync(int repeat, Func<Task> round)
    {
        var first = Stopwatch.StartNew();
        await round();
        var cold = first.Elapsed.TotalMilliseconds;
        var times = new List<double>();
        for (var i = 0; i < repeat; i++)
        {
            var clock = Stopwatch.StartNew();
            await round();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return (cold, times[times.Count / 2]);
    }

    private static async Task PrepareAsync(StoreConnection connection, SeedScale scale, string work)
    {
        var clock = Stopwatch.StartNew();
        await using var context = connection.CreateContext();
        if (!await context.IngestBatches.AnyAsync())
        {
            var seed = Path.Combine(work, $"seed-{scale}".ToLowerInvariant());
            if (!Directory.Exists(seed))
            {
                SeedGenerator.Generate(scale, seed, seed: 1);
            }

            var ingestor = new BundleIngestor(connection, TimeProvider.System);
            foreach (var registry in Directory.GetDirectories(seed).Order(StringComparer.Ordinal))
            {
                var report = await ingestor.IngestAsync(registry, new IngestOptions(), CancellationToken.None);
                Console.WriteLine($"  ingested {Path.GetFileName(registry)}: {report.Status}, {clock.Elapsed.TotalSeconds:0}s");
            }
        }

        if (!await context.Sweeps.AnyAsync(s => s.Status == SweepStatus.Succeeded))
        {
            var report = await new SweepRunner(connection, TimeProvider.System).RunAsync(new SweepRequest(), CancellationToken.None);
            Console.WriteLine($"  swept: {report.Name}, {clock.Elapsed.TotalSeconds:0}s");
        }
    }
}
