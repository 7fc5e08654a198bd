using System.Diagnostics;
using System.Globalization;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Core.Text;
using Qingdan.Graph.Seed;
using Qingdan.Graph.Server.Api.Entities;

namespace Qingdan.Graph.Benchmarks;

/// <summary>
/// <c>qingdan-bench search [--scale province] [--queries 2000] [--linear 200]</c>: ranked search (<see cref="SearchIndex"/>) on the
/// seeded world, against the linear scan it replaced (every normalised name tested with Contains, identifiers by dictionary) in
/// the same run, on the same queries: full names, surnames, prefixes, identity numbers, credit codes, phones, the last digits of
/// phones, address parts and misses. The seed states no phones or addresses; the bench gives every person and company one (a
/// mobile number, a street address of the county's city) before it builds the index. Prints the index's build time and bytes.
/// </summary>
internal static class SearchBench
{
    private static readonly string[] Streets =
        ["人民", "解放", "中山", "建设", "新华", "文明", "海滨", "椹川", "跃进", "东风", "友谊", "和平", "民主", "胜利", "光明", "南桥", "北京", "青年"];

    private static readonly string[] Districts = ["霞山区", "赤坎区", "坡头区", "麻章区", "城区", "新区", "开发区", "经济区"];

    public static int Run(SeedScale scale, int queries, int linear)
    {
        Console.WriteLine($"qingdan-bench search: {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {scale}");
        var clock = Stopwatch.StartNew();
        var snapshot = WithPhonesAndAddresses(SeedGenerator.Snapshot(scale, seed: 1));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"world: {snapshot.NodeCount:N0} nodes, {snapshot.LinkCount:N0} links, phones and addresses added, {clock.Elapsed.TotalSeconds:N1} s"));

        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        clock.Restart();
        var index = new SearchIndex(snapshot);
        var build = clock.Elapsed.TotalMilliseconds;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        var (arrays, keys) = index.Bytes();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"index build {build:N0} ms; managed heap +{(after - before) / 1048576.0:N0} MB (arrays and grams {arrays / 1048576.0:N0} MB, " +
            $"key strings {keys / 1048576.0:N0} MB)"));

        var random = new Random(7);
        var officials = snapshot.Officials();
        var withFindings = officials.Where((_, i) => i % 4 == 0).ToHashSet();
        var mix = Mix(snapshot, random, queries);
        clock.Restart();
        var linearIndex = new LinearSearch(snapshot);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"linear scan's names built in {clock.Elapsed.TotalMilliseconds:N0} ms"));

        // Warm both once, then time each query alone.
        foreach (var (_, text) in mix.Take(50))
        {
            index.Find(snapshot, text, 20, personal: true, null, withFindings);
            linearIndex.Find(text, 20);
        }

        var ranked = new List<(string Kind, double Ms, int Hits)>();
        foreach (var (kind, text) in mix)
        {
            clock.Restart();
            var hits = index.Find(snapshot, text, 20, personal: true, null, withFindings);
            ranked.Add((kind, clock.Elapsed.TotalMilliseconds, hits.Count));
        }

        var scanned = new List<(string Kind, double Ms)>();
        var indexedSame = new List<double>();
        foreach (var (kind, text) in mix.Take(linear))
        {
            clock.Restart();
            linearIndex.Find(text, 20);
            scanned.Add((kind, clock.Elapsed.TotalMilliseconds));
            clock.Restart();
            index.Find(snapshot, text, 20, personal: true, null, withFindings);
            indexedSame.Add(clock.Elapsed.TotalMilliseconds);
        }

        Print("ranked, all", ranked.ConvertAll(r => r.Ms));
        foreach (var group in ranked.GroupBy(r => r.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Print($"  {group.Key} (hits avg {group.Average(g => g.Hits):N1})", group.Select(g => g.Ms).ToList());
        }

        var linearTimes = scanned.ConvertAll(s => s.Ms);
        Print($"linear scan, first {linear}", linearTimes);
        Print($"ranked, same {linear}", indexedSame);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio linear/ranked on the same queries: p50 {Percentile(linearTimes, 0.5) / Percentile(indexedSame, 0.5):N1}x, " +
            $"p95 {Percentile(linearTimes, 0.95) / Percentile(indexedSame, 0.95):N1}x, mean {linearTimes.Average() / indexedSame.Average():N1}x"));
        return Percentile(ranked.ConvertAll(r => r.Ms), 0.95) <= 20 ? 0 : 1;
    }

    private static void Print(string label, List<double> times) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{label,-40} n={times.Count,5} p50 {Percentile(times, 0.5),7:N3} ms  p95 {Percentile(times, 0.95),7:N3} ms  " +
        $"p99 {Percentile(times, 0.99),7:N3} ms  max {times.Max(),7:N2} ms"));

    private static double Percentile(List<double> times, double p)
    {
        var sorted = times.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }

    // The realistic mix: what an investigator types.
    private static List<(string Kind, string Text)> Mix(GraphSnapshot snapshot, Random random, int count)
    {
        var people = new List<Person>();
        var companies = new List<Company>();
        for (var node = 0; node < snapshot.NodeCount; node++)
        {
            switch (snapshot.NodeOf(node))
            {
                case Person p:
                    people.Add(p);
                    break;
                case Company c:
                    companies.Add(c);
                    break;
            }
        }

        var mix = new List<(string, string)>(count);
        for (var i = 0; i < count; i++)
        {
            var person = people[random.Next(people.Count)];
            var company = companies[random.Next(companies.Count)];
            mix.Add((i % 20) switch
            {
                0 or 1 or 2 or 3 => ("full name", person.Name),
                4 => ("company name", company.Name),
                5 or 6 => ("surname", person.Name[..1]),
                7 or 8 => ("prefix", random.Next(2) == 0 ? person.Name[..2] : company.Name[..Math.Min(company.Name.Length, 4)]),
                9 => ("company part", company.Name.Substring(3, Math.Min(4, company.Name.Length - 3))),
                10 or 11 => ("identity number", person.IdNumber?.Value ?? person.Name),
                12 => ("credit code", company.CreditCode?.Value ?? company.Name),
                13 => ("phone", person.Phone!),
                14 => ("phone tail", person.Phone![^4..]),
                15 or 16 => ("address part", $"{Streets[random.Next(Streets.Length)]}路{random.Next(1, 300)}号"),
                _ => ("miss", $"{"赵钱孙李周吴郑"[random.Next(7)]}{(char)random.Next(0x9F00, 0x9FA0)}{(char)random.Next(0x9F00, 0x9FA0)}"),
            });
        }

        return mix;
    }

    private static GraphSnapshot WithPhonesAndAddresses(GraphSnapshot seeded)
    {
        var random = new Random(11);
        var builder = new GraphSnapshotBuilder(seeded.NodeCount + 16, seeded.LinkCount + 16);
        string Address() => $"广东省湛江市{Districts[random.Next(Districts.Length)]}{Streets[random.Next(Streets.Length)]}" +
            $"{(random.Next(2) == 0 ? "路" : "大道")}{random.Next(1, 300)}号";
        string Phone() => $"1{"3578"[random.Next(4)]}{random.Next(0, 10)}{random.Next(10_000_000, 100_000_000)}";
        for (var node = 0; node < seeded.NodeCount; node++)
        {
            builder.AddNode(seeded.NodeOf(node) switch
            {
                Person p => p with { Phone = Phone(), Address = Address() },
                Company c => c with { Phone = $"0759-{random.Next(2_000_000, 4_000_000)}", Address = Address() },
                var other => other,
            });
        }

        for (var link = 0; link < seeded.LinkCount; link++)
        {
            builder.AddLink(seeded.FactOf(link));
        }

        return builder.Build(version: 1);
    }

    /// <summary>The search that #24 replaced, as it was: names normalised once, each query testing every name with Contains.</summary>
    private sealed class LinearSearch
    {
        private readonly string?[] _names;
        private readonly Dictionary<string, List<int>> _identifiers = new(StringComparer.Ordinal);

        public LinearSearch(GraphSnapshot snapshot)
        {
            _names = new string?[snapshot.NodeCount];
            for (var node = 0; node < snapshot.NodeCount; node++)
            {
                var (name, id) = snapshot.NodeOf(node) switch
                {
                    Person p => (p.Name, p.IdNumber?.Value),
                    Company c => (c.Name, c.CreditCode?.Value),
                    Agency a => (a.Name, a.Code?.Value),
                    _ => ((string?)null, (string?)null),
                };
                _names[node] = name is null ? null : NameNormalizer.Normalize(name);
                if (id is not null)
                {
                    if (!_identifiers.TryGetValue(id, out var list))
                    {
                        _identifiers[id] = list = [];
                    }

                    list.Add(node);
                }
            }
        }

        public List<int> Find(string text, int first)
        {
            var normalized = NameNormalizer.Normalize(text.Trim());
            var found = new List<int>();
            if (_identifiers.TryGetValue(Width.ToHalfWidth(text.Trim()).ToUpperInvariant(), out var exact))
            {
                found.AddRange(exact);
            }

            for (var node = 0; node < _names.Length && found.Count < first; node++)
            {
                if (_names[node] is { } name && name.Contains(normalized, StringComparison.Ordinal) && !found.Contains(node))
                {
                    found.Add(node);
                }
            }

            return found;
        }
    }
}
