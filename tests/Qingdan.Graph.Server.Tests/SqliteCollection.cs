using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Server.Tests;

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteFixture>
{
    public const string Name = "SQLite store";
}
