using System.Data.Common;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Ingest.Writing;

namespace Qingdan.Graph.Store.Graph;

/// <summary>
/// What each commit did to the graph, kept so that a reader holding an older version can catch up by
/// reloading only what changed: a snapshot is patched, an incremental
/// sweep runs only the officials near a change. Every commit that changes the graph (an ingest batch, a
/// match decision) records, in its own transaction, the entities it touched (<c>graph_changes</c>) and the
/// version it was made on (<c>graph_change_sets</c>), so the record is never ahead of or behind the rows.
/// </summary>
public static class GraphChanges
{
    /// <summary>A change set too large to list (a first load, a registry restated whole) records this many entities:
    /// everything.</summary>
    public const int Everything = -1;

    /// <summary>Past this many entities a commit records <see cref="Everything"/> instead of the list: a reader reloads whole
    /// anyway.</summary>
    public const int MaxListed = 1_000_000;

    /// <summary>
    /// Records, inside the committing transaction, that the commit made <paramref name="version"/> from
    /// <paramref name="previousVersion"/> and touched <paramref name="entities"/> (null: everything).
    /// </summary>
    internal static async Task RecordAsync(
        BulkWriter db,
        long previousVersion,
        long version,
        (long? Batch, long? Decision) madeBy,
        IReadOnlyCollection<long>? entities,
        DateTime at,
        CancellationToken cancellationToken)
    {
        var listed = entities?.Count <= MaxListed;
        await db.ExecuteAsync(
            "INSERT INTO graph_change_sets (version, previous_version, at, batch_id, decision_id, entities) " +
                "VALUES (@version, @previous, @at, @batch, @decision, @entities)",
            cancellationToken,
            ("@version", version),
            ("@previous", previousVersion),
            ("@at", at),
            ("@batch", madeBy.Batch),
            ("@decision", madeBy.Decision),
            ("@entities", listed ? entities!.Count : Everything));
        if (listed)
        {
            await db.InsertAsync(
                "graph_changes",
                [new("version", ColumnType.BigInt), new("entity_id", ColumnType.BigInt)],
                entities!.Order().Select(e => new object?[] { version, e }),
                cancellationToken);
        }
    }

    /// <summary>
    /// The entities touched by the commits that took the store from <paramref name="since"/> to <paramref
    /// name="until"/>, or null when they are not all on record (a gap in the chain, a commit that changed
    /// everything) or number more than <paramref name="limit"/>: the caller then reads the whole store.
    /// </summary>
    public static async Task<IReadOnlySet<long>?> TouchedAsync(
        StoreConnection connection,
        long since,
        long until,
        int limit,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var db = connection.CreateDbConnection();
        await db.OpenAsync(cancellationToken);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        return await TouchedAsync(db, transaction, since, until, limit, cancellationToken);
    }

    /// <inheritdoc cref="TouchedAsync(StoreConnection, long, long, int, CancellationToken)"/>
    public static async Task<IReadOnlySet<long>?> TouchedAsync(
        DbConnection db,
        DbTransaction transaction,
        long since,
        long until,
        int limit,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (since == until)
        {
            return new HashSet<long>();
        }

        if (since > until)
        {
            return null;
        }

        // The chain back from until must reach since exactly, each link listed.
        var sets = new Dictionary<long, (long Previous, int Entities)>();
        await using (var command = SnapshotLoader.Command(
            db,
            transaction,
            $"SELECT version, previous_version, entities FROM graph_change_sets WHERE version > {since} AND version <= {until}"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                sets[reader.GetInt64(0)] = (reader.GetInt64(1), reader.GetInt32(2));
            }
        }

        var total = 0L;
        for (var version = until; version != since;)
        {
            if (!sets.TryGetValue(version, out var set) || set.Entities == Everything || set.Previous >= version)
            {
                return null;
            }

            total += set.Entities;
            version = set.Previous;
        }

        if (total > limit)
        {
            return null;
        }

        var touched = new HashSet<long>();
        await using (var command = SnapshotLoader.Command(
            db,
            transaction,
            $"SELECT DISTINCT entity_id FROM graph_changes WHERE version > {since} AND version <= {until}"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                touched.Add(reader.GetInt64(0));
            }
        }

        return touched;
    }
}
