namespace Qingdan.Graph.Seed;

/// <summary>How big a synthetic world to make.</summary>
public enum SeedScale
{
    /// <summary>One city (Zhanjiang, nine counties), about 20,000 people.</summary>
    City,

    /// <summary>Ten cities, about 200,000 people.</summary>
    Region,

    /// <summary>The province's 21 cities, about 2,000,000 people and 8 million links.</summary>
    Province,

    /// <summary>Four times the province's people in the same counties, about 8,000,000 people and 30 million links; for the snapshot
    /// (<see cref="SeedGenerator.Populate"/>) more than for files.</summary>
    Province4x,
}
