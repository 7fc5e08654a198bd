namespace Qingdan.Graph.Seed.Truth;

/// <summary>A finding the rules must produce, keyed by (rule, official, company), with every variant that holds.</summary>
internal sealed record TruthFinding(string Rule, int Official, int Company, IReadOnlySet<string> Variants);
