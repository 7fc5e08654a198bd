using Microsoft.EntityFrameworkCore;

namespace Qingdan.Graph.Store.Database;

/// <summary>The store on PostgreSQL; its migrations live in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresQingdanDbContext(DbContextOptions<PostgresQingdanDbContext> options) : QingdanDbContext(options)
{
    public override StoreProvider Provider => StoreProvider.Postgres;
}
