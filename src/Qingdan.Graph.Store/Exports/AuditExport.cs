using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Store.Exports;

/// <summary>Writes the audit log as JSON lines, oldest first: one object an entry, its entities as a list, its chain hash.</summary>
public static class AuditExport
{
    /// <summary>Every entry of the log; returns the count written. Auditing the export itself is the caller's, who knows who
    /// asked.</summary>
    public static async Task<int> WriteJsonLinesAsync(StoreConnection connection, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(output);
        await using var context = connection.CreateContext();
        var count = 0;
        var rows = context.AuditLog.AsNoTracking().OrderBy(a => a.Id).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(new
            {
                id = row.Id,
                at = row.At,
                actor = row.Actor,
                role = row.Role,
                operation = row.Operation,
                entities = row.Entities.Split(' ', StringSplitOptions.RemoveEmptyEntries),
                address = row.Address,
                hash = row.Hash,
            }));
            count++;
        }

        return count;
    }
}
