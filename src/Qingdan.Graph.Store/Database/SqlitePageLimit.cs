using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Qingdan.Graph.Store.Database;

/// <summary>Applies <c>PRAGMA max_page_count</c> (a per-connection setting) to every SQLite connection as it opens.</summary>
internal sealed class SqlitePageLimit(int pages) : DbConnectionInterceptor
{
    /// <summary>Caps an open connection's database at this many pages (for connections made without a context).</summary>
    public static void Apply(DbConnection connection, int pages)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragma(pages);
        command.ExecuteNonQuery();
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection, pages);

    public override async Task ConnectionOpenedAsync(
        DbConnection connection,
        ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma(pages);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Pragma(int pages) => string.Create(CultureInfo.InvariantCulture, $"PRAGMA max_page_count = {pages};");
}
