using Microsoft.EntityFrameworkCore;

namespace Qingdan.Graph.Store.Database;

/// <summary>The store on SQLite, the embedded default; its migrations live in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteQingdanDbContext(DbContextOptions<SqliteQingdanDbContext> options) : QingdanDbContext(options)
{
    public override StoreProvider Provider => StoreProvider.Sqlite;
}
