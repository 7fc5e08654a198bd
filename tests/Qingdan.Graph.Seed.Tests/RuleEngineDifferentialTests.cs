using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Seed.Truth;
using Qingdan.Graph.Seed.World;
using Xunit.Abstractions;

namespace Qingdan.Graph.Seed.Tests;

/// <summary>
/// The engine's rules against the seed's independent reference checker: on hundreds of random
/// small worlds the two readings of RULES.md must find the same (rule, official, company) keys
/// with the same variants.
/// </summary>
public sealed class RuleEngineDifferentialTests(ITestOutputHelper output)
{
    [Fact]
    public void Engine_and_reference_checker_agree_on_five_hundred_random_worlds()
    {
        var disagreements = new List<string>();
        var perRule = new Dictionary<string, int>();
        for (var seed = 1; seed <= 500; seed++)
        {
            var world = RandomWorlds.Create(seed);
            var expected = Keys(new TruthChecker(world).Check().Select(f => (f.Rule, f.Official, f.Company, f.Variants.AsEnumerable())));
            var snapshot = WorldSnapshot.Build(world);
            var actual = Keys(new RuleEngine(snapshot).Run(maxParallelism: 1).Select(f => (
                f.Rule.ToString(),
                WorldSnapshot.SeedIndex(snapshot.IdOf(f.Official)),
                WorldSnapshot.SeedIndex(snapshot.IdOf(f.Company)),
                f.Variants.AsEnumerable())));
            foreach (var key in expected)
            {
                perRule[key[..3]] = perRule.GetValueOrDefault(key[..3]) + 1;
            }

            disagreements.AddRange(expected.Except(actual).Select(k => $"seed {seed}: missed {k}"));
            disagreements.AddRange(actual.Except(expected).Select(k => $"seed {seed}: extra {k}"));
        }

        output.WriteLine(string.Join(", ", perRule.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}")));
        Assert.True(disagreements.Count == 0, string.Join('\n', disagreements.Take(30)));
        foreach (var rule in RuleIds.All.Select(r => r.ToString()))
        {
            var count = perRule.GetValueOrDefault(rule);
            Assert.True(count >= 100, $"the random worlds produced only {count} {rule} findings: too sparse to compare");
        }
    }

    [Fact]
    public void Engine_finds_every_finding_of_the_city_truth_and_nothing_else()
    {
        var world = Generation.WorldGenerator.Generate(SeedScale.City, 1);
        var expected = Keys(new TruthChecker(world).Check().Select(f => (f.Rule, f.Official, f.Company, f.Variants.AsEnumerable())));
        var snapshot = WorldSnapshot.Build(world);
        var actual = Keys(new RuleEngine(snapshot).Run().Select(f => (
            f.Rule.ToString(),
            WorldSnapshot.SeedIndex(snapshot.IdOf(f.Official)),
            WorldSnapshot.SeedIndex(snapshot.IdOf(f.Company)),
            f.Variants.AsEnumerable())));

        Assert.Empty(expected.Except(actual));
        Assert.Empty(actual.Except(expected));
    }

    private static HashSet<string> Keys(IEnumerable<(string Rule, int Official, int Company, IEnumerable<string> Variants)> findings) =>
        findings.Select(f => $"{f.Rule} o{f.Official} c{f.Company} [{string.Join(',', f.Variants.Order(StringComparer.Ordinal))}]")
            .ToHashSet();
}
