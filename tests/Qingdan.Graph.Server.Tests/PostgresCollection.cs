using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Server.Tests;

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL store";
}
