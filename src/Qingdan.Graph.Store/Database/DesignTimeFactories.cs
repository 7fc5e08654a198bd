using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Qingdan.Graph.Store.Database;

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresQingdanDbContext</c> build the model without a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresQingdanDbContext>
{
    public PostgresQingdanDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresQingdanDbContext>();
        StoreConnection.ConfigurePostgres(options, "Host=localhost;Database=qingdan_design");
        return new PostgresQingdanDbContext(options.Options);
    }
}

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteQingdanDbContext</c> build the model.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteQingdanDbContext>
{
    public SqliteQingdanDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteQingdanDbContext>();
        StoreConnection.ConfigureSqlite(options, "Data Source=design.db");
        return new SqliteQingdanDbContext(options.Options);
    }
}
