using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Graph;
using Qingdan.Graph.Store.Ingest;
using Qingdan.Graph.Store.Ingest.Writing;

namespace Qingdan.Graph.Store.Resolution;

/// <summary>
/// Records a person's verdict on two records (same entity or not) and re-resolves at once, in one
/// transaction: a wrong merge splits, a missed one merges, and links follow. The verdict is kept and
/// applied at every later ingest.
/// </summary>
public sealed class MatchDecider(StoreConnection connection, TimeProvider time)
{
    /// <summary>Which records the decision resolves again: by default the closure of its two records (docs/resolution.md).</summary>
    public ResolutionMode Resolution { get; init; }

    public async Task<ResolutionSummary> DecideAsync(
        long recordA,
        long recordB,
        bool same,
        string decidedBy,
        string? note,
        CancellationToken cancellationToken)
    {
        if (recordA == recordB)
        {
            throw new ArgumentException("A decision needs two different records.", nameof(recordB));
        }

        await using var context = connection.CreateContext();
        await context.Database.OpenConnectionAsync(cancellationToken);
        var dbConnection = context.Database.GetDbConnection();
        await using var transaction = await dbConnection.BeginTransactionAsync(cancellationToken);
        var db = new BulkWriter(dbConnection, transaction, connection.Provider);
        if (connection.Provider == StoreProvider.Postgres)
        {
            await db.ExecuteAsync($"SELECT pg_advisory_xact_lock({BundleIngestorLock.Key})", cancellationToken);
        }

        var kinds = new List<long>();
        await using (var command = db.Command("SELECT kind FROM source_records WHERE id IN (@a, @b)", ("@a", recordA), ("@b", recordB)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                kinds.Add(reader.Long(0)!.Value);
            }
        }

        if (kinds.Count != 2)
        {
            throw new ArgumentException(
                $"No source record {(kinds.Count == 0 ? $"{recordA} or {recordB}" : "for one of the two ids")}.",
                nameof(recordA));
        }

        if (kinds[0] != kinds[1])
        {
            throw new ArgumentException("A person and a company (or other kinds) can never be the same entity.", nameof(recordB));
        }

        var previousVersion = await SnapshotLoader.VersionAsync(dbConnection, transaction, cancellationToken);
        await db.ExecuteAsync(
            "INSERT INTO match_decisions (record_a_id, record_b_id, same, decided_by, decided_at, note) VALUES (@a, @b, @same, @by, @at, " +
                "@note)",
            cancellationToken,
            ("@a", Math.Min(recordA, recordB)),
            ("@b", Math.Max(recordA, recordB)),
            ("@same", same),
            ("@by", decidedBy),
            ("@at", time.GetUtcNow().UtcDateTime),
            ("@note", note));
        var resolver = new StoreResolver(db, null, time) { Mode = Resolution, Decided = [recordA, recordB] };
        var summary = await resolver.RunAsync(new HashSet<long>(), cancellationToken);
        var version = await SnapshotLoader.VersionAsync(dbConnection, transaction, cancellationToken);
        var decision = Convert.ToInt64(
            await db.ScalarAsync("SELECT MAX(id) FROM match_decisions", cancellationToken),
            System.Globalization.CultureInfo.InvariantCulture);
        await GraphChanges.RecordAsync(
            db,
            previousVersion,
            version,
            (null, decision),
            resolver.TouchedEntities,
            time.GetUtcNow().UtcDateTime,
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return summary;
    }
}
