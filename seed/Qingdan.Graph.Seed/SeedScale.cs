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
}
