using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Store.Ingest.Writing;

namespace Qingdan.Graph.Store.Ingest;

/// <summary>
/// Closes the facts a registry stated before and its snapshot bundles no longer state (registry-bundle.md
/// "mode"). A registry's snapshot, not the graph snapshot (<c>GraphSnapshot</c>), hence the name.
/// A fact is closed on the <c>as_of</c> of the first snapshot of its registry after the last bundle
/// that stated it — recomputed for the whole registry, so the result does not depend on the order
/// in which its bundles were ingested. Only the end date changes; nothing is deleted, and the end
/// date the registry stated is kept beside it.
/// </summary>
internal sealed class RegistrySnapshotClosure(BulkWriter db, string registry)
{
    private const string Never = "'0001-01-01'";

    /// <summary>Closes and reopens the registry's facts; returns the entities at either end of every link whose end date
    /// changed.</summary>
    public async Task<IReadOnlySet<long>> ApplyAsync(CancellationToken cancellationToken)
    {
        var touched = new HashSet<long>();
        var snapshots = new List<(DateOnly AsOf, long Batch)>();
        await using (var command = db.Command(
            "SELECT as_of, MIN(id) FROM ingest_batches WHERE registry = @registry AND mode = 'snapshot' AND status IN " +
                $"('{Wire.Name(IngestBatchStatus.Committed)}', '{Wire.Name(IngestBatchStatus.Running)}') AND as_of IS NOT NULL GROUP BY " +
                    "as_of ORDER BY as_of",
            ("@registry", registry)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                snapshots.Add((reader.Date(0)!.Value, reader.Long(1)!.Value));
            }
        }

        if (snapshots.Count == 0)
        {
            return touched;
        }

        // Facts last stated on or after the newest snapshot are as the registry states them.
        await EndsAsync(
            touched,
            "stated_end_date",
            $"registry = @registry AND COALESCE(last_stated_as_of, {Never}) >= @from AND closed_by_batch_id IS NOT NULL",
            cancellationToken,
            ("@registry", registry),
            ("@from", snapshots[^1].AsOf));
        await db.ExecuteAsync(
            "UPDATE links SET end_date = stated_end_date, closed_by_batch_id = NULL WHERE registry = @registry AND " +
                $"COALESCE(last_stated_as_of, {Never}) >= @from AND closed_by_batch_id IS NOT NULL",
            cancellationToken,
            ("@registry", registry),
            ("@from", snapshots[^1].AsOf));

        DateOnly? previous = null;
        foreach (var (asOf, batch) in snapshots)
        {
            var lower = previous is null ? string.Empty : $" AND COALESCE(last_stated_as_of, {Never}) >= @lower";
            var parameters = new List<(string, object?)> { ("@registry", registry), ("@close", asOf), ("@batch", batch) };
            if (previous is not null)
            {
                parameters.Add(("@lower", previous.Value));
            }

            // A fact that already ended before the snapshot, or starts after it, keeps its stated end.
            await EndsAsync(
                touched,
                "CASE WHEN (stated_end_date IS NULL OR stated_end_date > @close) AND (start_date IS NULL OR start_date <= @close) " +
                    "THEN @close ELSE stated_end_date END",
                $"registry = @registry AND COALESCE(last_stated_as_of, {Never}) < @close{lower}",
                cancellationToken,
                [.. parameters]);
            await db.ExecuteAsync(
                $"""
                UPDATE links SET
                  end_date = CASE WHEN (stated_end_date IS NULL OR stated_end_date > @close) AND (start_date IS NULL OR start_date <= @close) THEN @close ELSE stated_end_date END,
                  closed_by_batch_id = CASE WHEN (stated_end_date IS NULL OR stated_end_date > @close) AND (start_date IS NULL OR start_date <= @close) THEN @batch ELSE NULL END
                WHERE registry = @registry AND COALESCE(last_stated_as_of, {Never}) < @close{lower}
                """,
                cancellationToken,
                [.. parameters]);
            previous = asOf;
        }

        return touched;
    }

    /// <summary>Adds the ends of the links that <paramref name="where"/> selects and whose end date <paramref name="end"/> would
    /// change (read before the update: the graph sees the end date, not who closed it).</summary>
    private async Task EndsAsync(
        HashSet<long> touched,
        string end,
        string where,
        CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        await using var command = db.Command(
            $"SELECT from_entity_id, to_entity_id FROM (SELECT from_entity_id, to_entity_id, end_date AS old_end, {end} AS new_end " +
                $"FROM links WHERE {where}) c WHERE (old_end IS NULL) <> (new_end IS NULL) OR old_end <> new_end",
            parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            touched.Add(reader.GetInt64(0));
            touched.Add(reader.GetInt64(1));
        }
    }
}
