namespace Qingdan.Graph.Seed;

/// <summary>What <see cref="SeedGenerator.Populate"/> gave the builder: nodes by kind and link rows.</summary>
public sealed record SeedWorldCounts(int People, int Companies, int Agencies, int Decisions, long LinkRows);
