using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Ingest.Bundles;
using Qingdan.Graph.Ingest.Mappings;
using Qingdan.Graph.Ingest.Sources;
using Qingdan.Graph.Ingest.Statements;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Graph;
using Qingdan.Graph.Store.Ingest.Writing;

namespace Qingdan.Graph.Store.Ingest;

/// <summary>
/// <c>qingdan ingest</c>: reads a bundle folder, an OCDS package or a BODS statement array into the
/// store, one transaction per source, so that a crash or a kill leaves the store as it was before.
/// Ingests are serialised: an advisory lock on PostgreSQL, the write lock on SQLite.
/// </summary>
public sealed class BundleIngestor(StoreConnection connection, TimeProvider time, IProgress<IngestProgress>? progress = null)
{
    public async Task<IngestReport> IngestAsync(string path, IngestOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        try
        {
            return await IngestAsync(path, IngestSource.Open(path), options, clock, cancellationToken);
        }
        catch (BundleFormatException error)
        {
            return await Task.FromResult(
                new IngestReport { Path = path, Status = IngestStatus.Failed, Error = error.Message, Elapsed = clock.Elapsed });
        }
    }

    /// <summary>
    /// Ingests delivered files through a mapping (mapping.md), exactly as a bundle: one transaction, the
    /// same validation, resolution and idempotency. <paramref name="files"/> null reads what the mapping's
    /// globs find; a mapping that cannot be used fails the source before any row is read.
    /// </summary>
    public async Task<IngestReport> IngestMappingAsync(
        string mapping,
        IReadOnlyList<string>? files,
        IngestOptions options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        try
        {
            return await IngestAsync(mapping, IngestSource.OpenMapping(mapping, files), options, clock, cancellationToken);
        }
        catch (MappingException error)
        {
            return await Task.FromResult(
                new IngestReport { Path = mapping, Status = IngestStatus.Failed, Error = error.Message, Elapsed = clock.Elapsed });
        }
    }

    private async Task<IngestReport> IngestAsync(
        string path,
        IngestSource source,
        IngestOptions options,
        Stopwatch clock,
        CancellationToken cancellationToken)
    {
        await using var context = connection.ForBulkWork().CreateContext();
        await context.Database.OpenConnectionAsync(cancellationToken);
        var dbConnection = context.Database.GetDbConnection();
        if (connection.Provider == StoreProvider.Sqlite)
        {
            // A large page cache keeps the link indexes in memory during bulk writes (the default 2 MB thrashes).
            await context.Database.ExecuteSqlRawAsync(
                "PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY; PRAGMA synchronous = NORMAL;",
                cancellationToken);
        }

        var (hash, expectedLinks) = source.Survey();
        var previous = await context.IngestBatches.AsNoTracking()
            .Where(b => b.BundleId == source.Manifest.Id && b.ContentHash == hash && b.Status == IngestBatchStatus.Committed)
            .Select(b => (long?)b.Id).FirstOrDefaultAsync(cancellationToken);
        if (previous is not null)
        {
            return new IngestReport
            {
                Path = path,
                Status = IngestStatus.Unchanged,
                BundleId = source.Manifest.Id,
                Registry = source.Manifest.Registry,
                BatchId = previous,
                Elapsed = clock.Elapsed,
            };
        }

        IngestPipeline pipeline;
        long batchId;
        await using (var transaction = await dbConnection.BeginTransactionAsync(cancellationToken))
        {
            var db = new BulkWriter(dbConnection, transaction, connection.Provider);
            if (connection.Provider == StoreProvider.Postgres)
            {
                await db.ExecuteAsync($"SELECT pg_advisory_xact_lock({BundleIngestorLock.Key})", cancellationToken);
            }

            var previousVersion = await SnapshotLoader.VersionAsync(dbConnection, transaction, cancellationToken);
            batchId = await InsertBatchAsync(db, source, hash, IngestBatchStatus.Running, cancellationToken);
            var refs = await LoadRefsAsync(db, source.Manifest.Registry, cancellationToken);
            pipeline = new IngestPipeline(
                db, batchId, source.Manifest.Registry, source.Manifest.AsOf, refs, await db.NextIdAsync(
                    "source_records",
                    cancellationToken), expectedLinks, options.LargeLoad, options.Resolution, time,
                (stage, rows, rejected) => progress?.Report(new IngestProgress(source.Manifest.Id, stage, rows, rejected, clock.Elapsed)));
            try
            {
                await source.ReadAsync(
                    pipeline,
                    (stage, rows) => progress?.Report(new IngestProgress(source.Manifest.Id, stage, rows, pipeline.Rejected, clock.Elapsed)),
                    cancellationToken);
            }
            catch (Exception error) when (error is BundleFormatException or MappingException)
            {
                await pipeline.DrainAsync();
                await transaction.RollbackAsync(CancellationToken.None);
                return new IngestReport
                {
                    Path = path,
                    Status = IngestStatus.Failed,
                    BundleId = source.Manifest.Id,
                    Registry = source.Manifest.Registry,
                    Error = error.Message,
                    Elapsed = clock.Elapsed
                };
            }
            finally
            {
                await pipeline.DrainAsync();
            }

            await pipeline.CheckReportItemsAsync(cancellationToken);
            if (options.AllOrNothing && pipeline.Rejected > 0)
            {
                await transaction.RollbackAsync(CancellationToken.None);
            }
            else
            {
                await pipeline.CompleteAsync(cancellationToken);
                await FinishBatchAsync(db, batchId, IngestBatchStatus.Committed, pipeline, cancellationToken);
                await GraphChanges.RecordAsync(
                    db,
                    previousVersion,
                    await SnapshotLoader.VersionAsync(dbConnection, transaction, cancellationToken),
                    (batchId, null),
                    pipeline.GraphTouched,
                    time.GetUtcNow().UtcDateTime,
                    cancellationToken);
                await FaultPoint.ReachAsync(FaultPoint.IngestBeforeCommit, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                progress?.Report(new IngestProgress(source.Manifest.Id, "committed", pipeline.Rows, pipeline.Rejected, clock.Elapsed));
                return Report(path, source, IngestStatus.Committed, batchId, pipeline, clock.Elapsed);
            }
        }

        // All or nothing: no fact was kept, but the batch and why it was refused are, so that they can be looked up.
        await using (var transaction = await dbConnection.BeginTransactionAsync(cancellationToken))
        {
            var db = new BulkWriter(dbConnection, transaction, connection.Provider);
            batchId = await InsertBatchAsync(db, source, hash, IngestBatchStatus.RolledBack, cancellationToken);
            await IngestPipeline.WriteIssuesAsync(db, batchId, pipeline.Issues, cancellationToken);
            await FinishBatchAsync(db, batchId, IngestBatchStatus.RolledBack, pipeline, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return Report(path, source, IngestStatus.RolledBack, batchId, pipeline, clock.Elapsed);
    }

    private static IngestReport Report(
        string path,
        IngestSource source,
        IngestStatus status,
        long batchId,
        IngestPipeline pipeline,
        TimeSpan elapsed)
    {
        StoreMetrics.Ingested(source.Manifest.Registry, pipeline.Rows, pipeline.Rejected);
        return ReportOf(path, source, status, batchId, pipeline, elapsed);
    }

    private static IngestReport ReportOf(
        string path,
        IngestSource source,
        IngestStatus status,
        long batchId,
        IngestPipeline pipeline,
        TimeSpan elapsed) => new()
        {
            Path = path,
            Status = status,
            BundleId = source.Manifest.Id,
            Registry = source.Manifest.Registry,
            BatchId = batchId,
            RowsRead = pipeline.Rows,
            Nodes = status == IngestStatus.Committed ? pipeline.Nodes : 0,
            Links = status == IngestStatus.Committed ? pipeline.Links : 0,
            Rejected = pipeline.Rejected,
            Warnings = pipeline.Warnings,
            Issues = pipeline.Issues,
            Resolution = status == IngestStatus.Committed ? pipeline.Resolution : null,
            Elapsed = elapsed,
        };

    private async Task<long> InsertBatchAsync(
        BulkWriter db,
        IngestSource source,
        string hash,
        IngestBatchStatus status,
        CancellationToken cancellationToken)
    {
        var id = await db.NextIdAsync("ingest_batches", cancellationToken);
        await db.ExecuteAsync(
            """
            INSERT INTO ingest_batches (id, bundle_id, registry, source, as_of, mode, encoding, content_hash, started_at, status, rows_read, rows_accepted, rows_rejected, warnings)
            VALUES (@id, @bundle, @registry, @source, @asOf, @mode, @encoding, @hash, @started, @status, 0, 0, 0, 0)
            """,
            cancellationToken,
            ("@id", id),
            ("@bundle", source.Manifest.Id),
            ("@registry", source.Manifest.Registry),
            ("@source", source.Manifest.Source),
            ("@asOf", source.Manifest.AsOf),
            ("@mode", source.Manifest.IsSnapshot ? "snapshot" : "delta"),
            ("@encoding", source.Manifest.Encoding),
            ("@hash", hash),
            ("@started", time.GetUtcNow().UtcDateTime),
            ("@status", Wire.Name(status)));
        await db.SyncIdentityAsync("ingest_batches", cancellationToken);
        return id;
    }

    private async Task FinishBatchAsync(
        BulkWriter db,
        long batchId,
        IngestBatchStatus status,
        IngestPipeline pipeline,
        CancellationToken cancellationToken) =>
        await db.ExecuteAsync(
            "UPDATE ingest_batches SET status = @status, finished_at = @finished, rows_read = @read, rows_accepted = @accepted, " +
                "rows_rejected = @rejected, warnings = @warnings WHERE id = @id",
            cancellationToken,
            ("@status", Wire.Name(status)),
            ("@finished", time.GetUtcNow().UtcDateTime),
            ("@read", pipeline.Rows),
            ("@accepted", status == IngestBatchStatus.Committed ? pipeline.Nodes + pipeline.Links + pipeline.ReportRows : 0L),
            ("@rejected", pipeline.Rejected),
            ("@warnings", pipeline.Warnings),
            ("@id", batchId));

    private static async Task<Dictionary<NodeRef, (long Record, long? Entity)>> LoadRefsAsync(
        BulkWriter db,
        string registry,
        CancellationToken cancellationToken)
    {
        var refs = new Dictionary<NodeRef, (long, long?)>();
        await using var command = db.Command(
            "SELECT kind, ref, id, entity_id FROM source_records WHERE registry = @registry",
            ("@registry", registry));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            refs[new NodeRef((NodeKind)reader.Int(0)!.Value, reader.Text(1)!)] = (reader.Long(2)!.Value, reader.Long(3));
        }

        return refs;
    }
}
