using Qingdan.Graph.Seed.World;

namespace Qingdan.Graph.Seed.Generation;

/// <summary>A world before its counties: <see cref="World"/> holds only the agencies; each county is generated from the rest.</summary>
internal sealed record WorldPlan(
    SeedWorld World, IReadOnlyList<string> Counties, int PeoplePerCounty, double TransactionsPerPerson, int Seed);
