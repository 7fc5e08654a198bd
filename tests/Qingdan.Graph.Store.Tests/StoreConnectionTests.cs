using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Store.Tests;

public sealed class StoreConnectionTests
{
    [Fact]
    public void Host_names_PostgreSQL() =>
        Assert.Equal(StoreProvider.Postgres, StoreConnection.Parse("Host=127.0.0.1;Port=5432;Database=qingdan").Provider);

    [Fact]
    public void Data_source_names_SQLite() =>
        Assert.Equal(StoreProvider.Sqlite, StoreConnection.Parse("Data Source=./data/qingdan.db").Provider);

    [Fact]
    public void Anything_else_is_refused_with_both_forms_named()
    {
        var error = Assert.Throws<ArgumentException>(() => StoreConnection.Parse("Server-ish nonsense"));

        Assert.Contains("Host=", error.Message, StringComparison.Ordinal);
        Assert.Contains("Data Source=", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explicit_option_wins_over_the_default()
    {
        Assert.Equal("Data Source=/tmp/x.db", StoreConnection.Resolve("Data Source=/tmp/x.db").ConnectionString);
    }

    [Fact]
    public void Description_hides_the_password()
    {
        var connection = StoreConnection.Parse("Host=db;Port=5433;Database=qingdan;Username=u;Password=secret");

        Assert.Equal("PostgreSQL db:5433/qingdan", connection.Describe());
        Assert.DoesNotContain("secret", connection.Describe(), StringComparison.Ordinal);
    }
}
