using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Server.Tests.Api;

/// <summary>The server of <see cref="ApiFixture"/>, with the same registries and sweep, over a fresh PostgreSQL database.</summary>
public sealed class PostgresApiFixture : ApiFixture
{
    protected override StoreFixture CreateStore() => new PostgresFixture();
}

[CollectionDefinition(Name)]
public sealed class PostgresApiCollection : ICollectionFixture<PostgresApiFixture>
{
    public const string Name = "API server on PostgreSQL";
}
