namespace Qingdan.Graph.Seed.Tests;

[CollectionDefinition(Name)]
public sealed class SeedCollection : ICollectionFixture<SeedFixture>
{
    public const string Name = "City seed";
}
