namespace Qingdan.Graph.Seed;

/// <summary>What <c>qingdan seed</c> wrote and how long each part took.</summary>
public sealed record SeedSummary(
    int People, int Companies, int Agencies, int Decisions, long Links, int Planted, IReadOnlyDictionary<string, int>? TruthByRule,
    TimeSpan Generating, TimeSpan Checking, TimeSpan Writing);
