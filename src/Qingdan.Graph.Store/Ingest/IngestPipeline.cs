using System.Data.Common;
using System.Diagnostics;
using System.Text.Json;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Core.Text;
using Qingdan.Graph.Ingest.Statements;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Ingest.Writing;
using Qingdan.Graph.Store.Resolution;

namespace Qingdan.Graph.Store.Ingest;

/// <summary>
/// Receives one batch's statements and writes them inside the batch's transaction: records in
/// chunks, then resolution once every node is in, then links in chunks. Memory holds the registry's
/// refs and one chunk, never the whole input.
/// </summary>
internal sealed class IngestPipeline(
    BulkWriter db,
    long batchId,
    string registry,
    DateOnly? asOf,
    Dictionary<NodeRef, (long Record, long? Entity)> refs,
    long firstRecordId,
    TimeProvider time,
    Action<string, long, long> progress) : IStatementSink
{
    private const int ChunkSize = 20_000;
    private const string RecordStaging = "records_staging";

    private readonly List<object?[]> _newRecords = new(ChunkSize);
    private readonly List<object?[]> _restatedRecords = new(ChunkSize);
    private List<object?[]> _links = new(ChunkSize);

    // The previous chunk's write: the connection takes one command at a time, so the reader parses the
    // next chunk while the database indexes this one (two cores: one parses, one writes).
    private Task _pendingLinks = Task.CompletedTask;
    private readonly HashSet<long> _touched = [];
    private readonly HashSet<NodeRef> _seenThisBatch = [];
    private long _nextRecordId = firstRecordId;
    private bool _stagingCreated;
    private bool _recordStagingCreated;

    public List<RowIssue> Issues { get; } = [];

    public long Nodes { get; private set; }

    public long Links { get; private set; }

    public long Rejected { get; private set; }

    public long Warnings { get; private set; }

    public ResolutionSummary? Resolution { get; private set; }

    public long Rows => Nodes + Links + Rejected;

    public bool Knows(NodeRef node) => refs.ContainsKey(node);

    public async Task AddNodeAsync(NodeStatement node, CancellationToken cancellationToken)
    {
        if (!_seenThisBatch.Add(node.Key))
        {
            Report(new RowIssue(node.Source.File, node.Source.Line, $"{node.Key} is stated twice in this bundle; the first statement is kept", string.Empty, Rejected: false));
            return;
        }

        long id;
        if (refs.TryGetValue(node.Key, out var known))
        {
            id = known.Record;
            _restatedRecords.Add(RecordRow(id, node));
        }
        else
        {
            id = _nextRecordId++;
            refs[node.Key] = (id, null);
            _newRecords.Add(RecordRow(id, node));
        }

        _touched.Add(id);
        Nodes++;
        if (_newRecords.Count + _restatedRecords.Count >= ChunkSize)
        {
            await FlushRecordsAsync(cancellationToken);
        }

        Tick();
    }

    public async Task NodesCompleteAsync(CancellationToken cancellationToken)
    {
        await FlushRecordsAsync(cancellationToken);
        progress("resolving entities", Rows, Rejected);
        Resolution = await new ResolutionStep(db, batchId, time, _recordStagingCreated ? RecordStaging : null).RunAsync(_touched, cancellationToken);
        if (_recordStagingCreated)
        {
            await db.DropTempTableAsync(RecordStaging, cancellationToken);
            _recordStagingCreated = false;
        }

        await db.SyncIdentityAsync("source_records", cancellationToken);
        progress("reading links", Rows, Rejected);
        await using var command = db.Command("SELECT kind, ref, id, entity_id FROM source_records WHERE registry = @registry", ("@registry", registry));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            refs[new NodeRef((NodeKind)reader.Int(0)!.Value, reader.Text(1)!)] = (reader.Long(2)!.Value, reader.Long(3));
        }
    }

    public async Task AddLinkAsync(LinkStatement link, CancellationToken cancellationToken)
    {
        var from = refs[link.From];
        var to = refs[link.To];
        _links.Add(
        [
            registry, FactKeys.For(registry, link), (short)link.Kind, from.Record, to.Record, from.Entity, to.Entity,
            link.Start, link.End, link.End, asOf, link.Detail, link.Share, link.Amount, link.MonthlySalary, link.Nominal,
            link.Title, link.Rank, link.Powers.Count == 0 ? null : string.Join('|', link.Powers), link.Note, Json(link.Extra),
            batchId, link.Source.File, link.Source.Line,
        ]);
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

        progress("closing facts no longer stated", Rows, Rejected);
        await new SnapshotClosure(db, registry).ApplyAsync(cancellationToken);
        await WriteIssuesAsync(db, batchId, Issues, cancellationToken);
    }

    /// <summary>Waits for a write still running, so that the connection is free (its failure, if any, surfaces in <see cref="CompleteAsync"/>).</summary>
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
    public static async Task WriteIssuesAsync(BulkWriter db, long batchId, IReadOnlyList<RowIssue> issues, CancellationToken cancellationToken)
    {
        await db.InsertAsync("rejected_rows", StoreTables.RejectedRows, issues.Where(i => i.Rejected).Select(i => new object?[] { batchId, i.File, i.Line, i.Reason, i.Raw }), cancellationToken);
        await db.InsertAsync("ingest_warnings", StoreTables.IngestWarnings, issues.Where(i => !i.Rejected).Select(i => new object?[] { batchId, i.File, i.Line, i.Reason }), cancellationToken);
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

    private object?[] RecordRow(long id, NodeStatement node) =>
    [
        id, registry, batchId, node.Source.File, node.Source.Line, node.Ref, (short)node.Kind, null, null, node.Name, NameNormalizer.Normalize(node.Name),
        node.Identifier, node.IdentifierStatus?.ToString(), node.BirthDate, node.Gender?.ToString(), node.Phone, node.Address, node.Listed,
        node.RegionCode, node.Industry, node.Status, node.Founded, node.Sectors.Count == 0 ? null : string.Join('|', node.Sectors), node.DecisionKind,
        node.Amount, node.Currency, node.AppliedDate, node.DecidedDate, node.Method is { } method ? method.ToString() : null, node.Bidders, Json(node.Extra),
    ];

    private async Task FlushRecordsAsync(CancellationToken cancellationToken)
    {
        if (_newRecords.Count > 0)
        {
            // New records wait in staging until resolution gives them their entity, so each is written once.
            if (!_recordStagingCreated)
            {
                await db.CreateTempTableAsync(RecordStaging, StoreTables.SourceRecords, cancellationToken);
                _recordStagingCreated = true;
            }

            await db.InsertAsync(RecordStaging, StoreTables.SourceRecords, _newRecords, cancellationToken);
            _newRecords.Clear();
        }

        if (_restatedRecords.Count > 0)
        {
            // A registry restating a ref: its latest statement is the record (entity and rule stay until resolution).
            await db.CreateTempTableAsync("tmp_records", StoreTables.SourceRecords, cancellationToken);
            await db.InsertAsync("tmp_records", StoreTables.SourceRecords, _restatedRecords, cancellationToken);
            await db.IndexTempTableAsync("tmp_records", "id", cancellationToken);
            var set = string.Join(", ", StoreTables.SourceRecords.Where(c => c.Name is not ("id" or "entity_id" or "resolved_by" or "registry" or "ref" or "kind")).Select(c => $"{c.Name} = t.{c.Name}"));
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
        _links = new List<object?[]>(ChunkSize);
        await _pendingLinks;
        _pendingLinks = Task.Run(() => WriteLinksAsync(chunk, cancellationToken), cancellationToken);
    }

    private async Task WriteLinksAsync(List<object?[]> chunk, CancellationToken cancellationToken)
    {
        var columns = StoreTables.List(StoreTables.Links);
        if (db.Provider == StoreProvider.Postgres)
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
}
