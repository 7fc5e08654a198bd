using System.Data.Common;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using Qingdan.Graph.Ingest.Statements;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Graph;
using Qingdan.Graph.Store.Ingest.Writing;
using Qingdan.Graph.Store.Resolution;

namespace Qingdan.Graph.Store.Ingest;

/// <summary>
/// Receives one batch's statements and writes them inside the batch's transaction: restated records in
/// chunks, then resolution once every node is in (new records are written then, once, with their
/// entity), then links in chunks. Memory holds the registry's refs, its new records until resolution
/// and a few link chunks, never the whole input (docs/ingest.md "Throughput").
/// </summary>
internal sealed partial class IngestPipeline(
    BulkWriter db,
    long batchId,
    string registry,
    DateOnly? asOf,
    Dictionary<NodeRef, (long Record, long? Entity)> refs,
    long firstRecordId,
    long expectedLinks,
    bool? largeLoad,
    ResolutionMode resolutionMode,
    TimeProvider time,
    Action<string, long, long> progress) : IStatementSink
{
    private const int ChunkSize = 20_000;

    private readonly List<NewRecord> _added = [];
    private readonly List<RecordValues> _restatedRecords = new(ChunkSize);
    private List<LinkValues> _links = new(ChunkSize);

    // A chunk's array (20,000 rows, 4 MB) is on the large object heap: written chunks are kept for reuse,
    // so that a load does not allocate one a chunk (each such allocation counts towards a full collection).
    private readonly System.Collections.Concurrent.ConcurrentBag<List<LinkValues>> _spareChunks = [];

    // The writes queued on the connection, which takes one command at a time: the reader parses ahead
    // while the database writes (two cores: one parses, one writes), at most QueuedChunks chunks ahead.
    private const int QueuedChunks = 4;
    private readonly SemaphoreSlim _queue = new(QueuedChunks, QueuedChunks);
    private Task _pendingLinks = Task.CompletedTask;
    private readonly HashSet<long> _touched = [];
    private readonly RestatedKeys _leaving = new();

    // The entities this batch changes in the graph (GraphChanges), null once they are too many to list.
    private HashSet<long>? _graphTouched = [];
    private readonly HashSet<NodeRef> _seenThisBatch = [];
    private long _nextRecordId = firstRecordId;
    private bool _stagingCreated;
    private SuspendedIndexes? _suspended;
    private bool _linksStraightIn;
    private AskedRefs _asked;

    public List<RowIssue> Issues { get; } = [];

    public long Nodes { get; private set; }

    public long Links { get; private set; }

    public long Rejected { get; private set; }

    public long Warnings { get; private set; }

    public ResolutionSummary? Resolution { get; private set; }

    public long Rows => Nodes + Links + ReportRows + Rejected;

    /// <summary>The entities the batch changed in the graph (nodes written, ends of the links it stated or closed), or null
    /// when they are too many to list.</summary>
    public IReadOnlyCollection<long>? GraphTouched => _graphTouched;

    public bool Knows(NodeRef node)
    {
        ref var value = ref CollectionsMarshal.GetValueRefOrNullRef(refs, node);
        if (Unsafe.IsNullRef(ref value))
        {
            return false;
        }

        _asked.Remember(node, value);
        return true;
    }

    public async Task AddNodeAsync(NodeStatement node, CancellationToken cancellationToken)
    {
        if (!_seenThisBatch.Add(node.Key))
        {
            Report(new RowIssue(
                node.Source.File,
                node.Source.Line,
                $"{node.Key} is stated twice in this bundle; the first statement is kept",
                string.Empty,
                Rejected: false));
            return;
        }

        long id;
        ref var known = ref CollectionsMarshal.GetValueRefOrAddDefault(refs, node.Key, out var stated);
        if (stated)
        {
            id = known.Record;
            _restatedRecords.Add(NewRecord.Row(id, registry, batchId, node, entity: null, rule: null));
        }
        else
        {
            id = _nextRecordId++;
            known = (id, null);
            _added.Add(new NewRecord(id, registry, batchId, node));
        }

        _touched.Add(id);
        Nodes++;
        if (_restatedRecords.Count >= ChunkSize)
        {
            await FlushRecordsAsync(cancellationToken);
        }

        Tick();
    }

    public async Task NodesCompleteAsync(CancellationToken cancellationToken)
    {
        await FlushRecordsAsync(cancellationToken);
        await SuspendIndexesIfLargeAsync(cancellationToken);
        progress("resolving entities", Rows, Rejected);
        var resolution = new StoreResolver(db, batchId, time, _added)
        {
            Mode = resolutionMode,
            Leaving = _leaving,
            IndexesSuspended = _suspended?.Tables.Contains("source_records") == true,
        };
        Resolution = await resolution.RunAsync(_touched, cancellationToken);
        Touch(resolution.TouchedEntities);
        _added.Clear();
        _added.TrimExcess();

        // Each ref's entity as resolution has just written it (new records, and stored ones it moved); a record
        // outside a scoped run's closure keeps the entity it had.
        _asked = default;
        foreach (var key in refs.Keys)
        {
            ref var entry = ref CollectionsMarshal.GetValueRefOrNullRef(refs, key);
            if (resolution.EntityOfRecord.TryGetValue(entry.Record, out var entity))
            {
                entry = (entry.Record, entity);
            }
        }

        await db.SyncIdentityAsync("source_records", cancellationToken);
        progress("reading links", Rows, Rejected);

        // Records and nodes are complete: their indexes are built while the reader parses the first links
        // (from here on the connection belongs to the write queue).
        if (_suspended is { } suspended)
        {
            _pendingLinks = Task.Run(
                () => suspended.RestoreAsync(["source_records", "nodes"], DuplicateMerger(cancellationToken), cancellationToken),
                cancellationToken);
        }
    }

    public async Task AddLinkAsync(LinkStatement link, CancellationToken cancellationToken)
    {
        var from = _asked.Recall(link.From, out var known) ? known : refs[link.From];
        var to = _asked.Recall(link.To, out known) ? known : refs[link.To];
        if (_graphTouched is not null)
        {
            // A restated fact that changes nothing is listed too: a reader reloads a little more than it needs.
            _graphTouched.Add(from.Entity!.Value);
            _graphTouched.Add(to.Entity!.Value);
            if (_graphTouched.Count > GraphChanges.MaxListed)
            {
                _graphTouched = null;
            }
        }

        _links.Add(new LinkValues(
            registry, FactKeys.For(registry, link), (short)link.Kind, from.Record, to.Record, from.Entity, to.Entity,
            link.Start, link.End, link.End, asOf, link.Detail, link.Share, link.Amount, link.MonthlySalary, link.Nominal,
            link.Title, link.Rank, link.Powers.Count == 0 ? null : string.Join('|', link.Powers), link.Note, Json(link.Extra),
            batchId, link.Source.File, link.Source.Line));
        Links++;
        if (_links.Count >= ChunkSize)
        {
            await FlushLinksAsync(cancellationToken);
        }

        Tick();
    }

    public void Report(RowIssue issue)
    {
        Issues.Add(issue);
        if (issue.Rejected)
        {
            Rejected++;
        }
        else
        {
            Warnings++;
        }
    }

    /// <summary>Writes what is left, closes what a snapshot no longer states, and records the issues.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await FlushLinksAsync(cancellationToken);
        await _pendingLinks;
        if (_stagingCreated)
        {
            await db.DropTempTableAsync("links_staging", cancellationToken);
        }

        if (_suspended is not null)
        {
            progress("building indexes", Rows, Rejected);
            await _suspended.RestoreAsync(["links"], DuplicateMerger(cancellationToken), cancellationToken);
            _suspended = null;
        }

        progress("closing facts no longer stated", Rows, Rejected);
        Touch(await new RegistrySnapshotClosure(db, registry).ApplyAsync(cancellationToken));
        await WriteReportsAsync(cancellationToken);
        await WriteIssuesAsync(db, batchId, Issues, cancellationToken);
    }

    /// <summary>Waits for a write still running, so that the connection is free (its failure, if any, surfaces in <see
    /// cref="CompleteAsync"/>).</summary>
    public async Task DrainAsync()
    {
        try
        {
            await _pendingLinks;
        }
        catch (Exception error) when (error is DbException or OperationCanceledException or InvalidOperationException)
        {
            // Observed here only to free the connection; the caller is already failing or will see it again.
        }
    }

    /// <summary>Records a batch's rejected rows and warnings.</summary>
    public static async Task WriteIssuesAsync(
        BulkWriter db,
        long batchId,
        IReadOnlyList<RowIssue> issues,
        CancellationToken cancellationToken)
    {
        await db.InsertAsync(
            "rejected_rows",
            StoreTables.RejectedRows,
            issues.Where(i => i.Rejected).Select(i => new object?[] { batchId, i.File, i.Line, i.Reason, i.Raw }),
            cancellationToken);
        await db.InsertAsync(
            "ingest_warnings",
            StoreTables.IngestWarnings,
            issues.Where(i => !i.Rejected).Select(i => new object?[] { batchId, i.File, i.Line, i.Reason }),
            cancellationToken);
    }

    private void Touch(IEnumerable<long> entities)
    {
        _graphTouched?.UnionWith(entities);
        if (_graphTouched?.Count > GraphChanges.MaxListed)
        {
            _graphTouched = null;
        }
    }

    private long _lastTick = Stopwatch.GetTimestamp();

    private void Tick()
    {
        if (Stopwatch.GetElapsedTime(_lastTick).TotalMilliseconds >= 500)
        {
            _lastTick = Stopwatch.GetTimestamp();
            progress(Links == 0 ? "reading nodes" : "reading links", Rows, Rejected);
        }
    }

    private async Task FlushRecordsAsync(CancellationToken cancellationToken)
    {
        if (_restatedRecords.Count > 0)
        {
            // A registry restating a ref: its latest statement is the record (entity and rule stay until resolution).
            await db.CreateTempTableAsync("tmp_records", StoreTables.SourceRecords, cancellationToken);
            await db.InsertAsync("tmp_records", StoreTables.SourceRecords, _restatedRecords, cancellationToken);
            await db.IndexTempTableAsync("tmp_records", "id", cancellationToken);
            await _leaving.RememberAsync(db, "tmp_records", cancellationToken);
            var set = string.Join(", ", StoreTables.SourceRecords.Where(
                c => c.Name is not ("id" or "entity_id" or "resolved_by" or "registry" or "ref" or "kind")).Select(c => $"{c.Name} = " +
                    $"t.{c.Name}"));
            await db.ExecuteAsync($"UPDATE source_records SET {set} FROM tmp_records t WHERE source_records.id = t.id", cancellationToken);
            await db.DropTempTableAsync("tmp_records", cancellationToken);
            _restatedRecords.Clear();
        }
    }

    private async Task FlushLinksAsync(CancellationToken cancellationToken)
    {
        if (_links.Count == 0)
        {
            return;
        }

        var chunk = _links;
        _links = _spareChunks.TryTake(out var spare) ? spare : new List<LinkValues>(ChunkSize);
        await _queue.WaitAsync(cancellationToken);
        _pendingLinks = WriteAfterAsync(_pendingLinks, chunk, cancellationToken);
    }

    /// <summary>
    /// Once the nodes are in, decides whether this batch is a large load for each table it writes and,
    /// where it is, drops the table's secondary indexes until <see cref="CompleteAsync"/> builds them again.
    /// </summary>
    private async Task SuspendIndexesIfLargeAsync(CancellationToken cancellationToken)
    {
        if (largeLoad == false)
        {
            return;
        }

        var newRecords = (long)_added.Count;
        var tables = new List<string>();
        foreach (var (table, added) in new[] { ("source_records", newRecords), ("nodes", newRecords), ("links", expectedLinks) })
        {
            if (largeLoad == true || await SuspendedIndexes.IsLargeAsync(db, table, added, cancellationToken))
            {
                tables.Add(table);
            }
        }

        _suspended = await SuspendedIndexes.SuspendAsync(db, tables, cancellationToken);
        // With no unique fact key to merge on, links go straight in; restated facts are merged when it is rebuilt.
        _linksStraightIn = _suspended?.Tables.Contains("links") == true;
    }

    /// <summary>What a rebuilt unique index calls when the batch's rows would break it.</summary>
    private Func<string, Task> DuplicateMerger(CancellationToken cancellationToken)
        => table => MergeDuplicateFactsAsync(table, cancellationToken);

    /// <summary>
    /// Makes each fact one row again after links went straight in: the first row of a fact stays (an
    /// earlier batch's, else the first read) and takes the latest <c>last_stated_as_of</c> of its
    /// copies, as the merge's conflict clause does row by row.
    /// </summary>
    private async Task MergeDuplicateFactsAsync(string table, CancellationToken cancellationToken)
    {
        if (table != "links")
        {
            throw new InvalidOperationException($"new rows of {table} break one of its unique indexes; only links are merged");
        }

        progress("merging restated facts", Rows, Rejected);
        await db.ExecuteAsync(
            """
            CREATE TEMP TABLE tmp_duplicate_facts ON COMMIT DROP AS
              SELECT fact_key, MIN(id) AS keep, MAX(last_stated_as_of) AS latest FROM links GROUP BY fact_key HAVING COUNT(*) > 1;
            UPDATE links SET last_stated_as_of = d.latest FROM tmp_duplicate_facts d
              WHERE links.id = d.keep AND links.last_stated_as_of IS DISTINCT FROM d.latest;
            DELETE FROM links USING tmp_duplicate_facts d WHERE links.fact_key = d.fact_key AND links.id <> d.keep;
            DROP TABLE tmp_duplicate_facts
            """,
            cancellationToken);
    }

    /// <summary>Writes a chunk once the writes queued before it are done; a failure of one fails the ones after it.</summary>
    private async Task WriteAfterAsync(Task previous, List<LinkValues> chunk, CancellationToken cancellationToken)
    {
        try
        {
            await previous.ConfigureAwait(false);
            await Task.Run(() => WriteLinksAsync(chunk, cancellationToken), cancellationToken).ConfigureAwait(false);
            chunk.Clear();
            _spareChunks.Add(chunk);
        }
        finally
        {
            _queue.Release();
        }
    }

    private async Task WriteLinksAsync(List<LinkValues> chunk, CancellationToken cancellationToken)
    {
        var columns = StoreTables.List(StoreTables.Links);
        if (_linksStraightIn)
        {
            await db.InsertAsync("links", StoreTables.Links, chunk, cancellationToken);
        }
        else if (db.Provider == StoreProvider.Postgres)
        {
            if (!_stagingCreated)
            {
                await db.CreateTempTableAsync("links_staging", StoreTables.Links, cancellationToken);
                _stagingCreated = true;
            }

            await db.InsertAsync("links_staging", StoreTables.Links, chunk, cancellationToken);
            // One row per fact within the chunk: ON CONFLICT may not touch a row twice in one statement.
            await db.ExecuteAsync(
                $"""
                INSERT INTO links ({columns})
                SELECT DISTINCT ON (fact_key) {columns} FROM links_staging ORDER BY fact_key, line
                ON CONFLICT (fact_key) DO UPDATE SET last_stated_as_of = GREATEST(links.last_stated_as_of, EXCLUDED.last_stated_as_of)
                """,
                cancellationToken);
            await db.ExecuteAsync("TRUNCATE links_staging", cancellationToken);
        }
        else
        {
            await db.InsertAsync(
                "links",
                StoreTables.Links,
                chunk,
                cancellationToken,
                """
                ON CONFLICT (fact_key) DO UPDATE SET last_stated_as_of =
                  CASE WHEN excluded.last_stated_as_of IS NOT NULL AND (links.last_stated_as_of IS NULL OR excluded.last_stated_as_of > links.last_stated_as_of)
                       THEN excluded.last_stated_as_of ELSE links.last_stated_as_of END
                """);
        }

    }

    private static string? Json(IReadOnlyDictionary<string, string>? extra) => extra is null ? null : JsonSerializer.Serialize(extra);

    /// <summary>
    /// The last two refs the reader asked about, with their record and entity. The reader asks whether a
    /// link's two refs are known before it hands the link over, and writing the link needs their values:
    /// remembered, each ref is looked up once instead of twice (a lookup in a dictionary of every ref of
    /// the registry misses the cache). A ref is recognised by its very string, so a hit is exact; a miss
    /// looks up the dictionary. Forgotten when resolution gives the refs their entities (adding a ref
    /// changes no remembered one).
    /// </summary>
    private struct AskedRefs
    {
        private NodeRef _first;
        private NodeRef _second;
        private (long Record, long? Entity) _firstValue;
        private (long Record, long? Entity) _secondValue;

        public void Remember(NodeRef node, (long Record, long? Entity) value)
        {
            (_second, _secondValue) = (_first, _firstValue);
            (_first, _firstValue) = (node, value);
        }

        public readonly bool Recall(NodeRef node, out (long Record, long? Entity) value)
        {
            if (ReferenceEquals(node.Ref, _first.Ref) && node.Kind == _first.Kind)
            {
                value = _firstValue;
                return true;
            }

            if (ReferenceEquals(node.Ref, _second.Ref) && node.Kind == _second.Kind)
            {
                value = _secondValue;
                return true;
            }

            value = default;
            return false;
        }
    }
}
