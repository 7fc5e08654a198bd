using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Ingest.Statements;
using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Store.Ingest;

/// <summary>The refs a registry has stated in the store: what a delta's links may name besides its own records.</summary>
public static class StoredRefs
{
    public static async Task<ISet<NodeRef>> LoadAsync(StoreConnection connection, string registry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var context = connection.CreateContext();
        var rows = await context.SourceRecords.AsNoTracking().Where(r => r.Registry == registry).Select(r => new { r.Kind, r.Ref })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new NodeRef(r.Kind, r.Ref)).ToHashSet();
    }
}
