using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Graph;

namespace Qingdan.Graph.Store.Findings;

/// <summary>
/// <c>qingdan sweep</c>: runs the rules on the current snapshot and records what they found against
/// the last sweep of each rule — new, persisting, resolved — keeping each finding's triage and
/// history, and reopening a dismissed finding when new evidence appears behind it. Everything a
/// sweep writes is one transaction; a sweep that fails is recorded as failed and writes nothing else.
/// </summary>
public sealed partial class SweepRunner(
    StoreConnection connection,
    TimeProvider time,
    SnapshotProvider? snapshots = null,
    IProgress<SweepProgress>? progress = null)
{
    private const int RefsChunk = 500;

    /// <summary>New and resolved findings named in a sweep's digest, per rule.</summary>
    public const int DigestNames = 100;

    public async Task<SweepReport> RunAsync(SweepRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var trigger = request.Trigger;
        var started = time.GetUtcNow().UtcDateTime;
        await using var sweepLock = await SweepLock.AcquireAsync(
            connection,
            $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}",
            time,
            cancellationToken);
        try
        {
            var report = await RunLockedAsync(request, trigger, started, cancellationToken);
            SweepMetrics.Succeeded(Wire.Name(trigger), report.Elapsed, report.Rules);
            return report;
        }
        catch (Exception error) when (error is not SweepBusyException)
        {
            SweepMetrics.Failed(Wire.Name(trigger));
            await RecordFailureAsync(request, trigger, started, error);
            throw;
        }
    }

    // The next sweep (or server) loads this version from its image; the image is a cache, so a failure to
    // store it, or a cancellation now, leaves the sweep, already committed, as it is.
    private async Task StoreImageAsync(GraphSnapshot graph, CancellationToken cancellationToken)
    {
        try
        {
            await SnapshotImages.SaveAsync(connection, graph, cancellationToken);
        }
        catch (Exception error) when (error is System.Data.Common.DbException or IOException or InvalidOperationException or OperationCanceledException)
        {
            StoreMetrics.SnapshotImage("failed");
        }
    }

    private async Task<SweepReport> RunLockedAsync(
        SweepRequest request,
        SweepTrigger trigger,
        DateTime started,
        CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        progress?.Report(new SweepProgress("loading", 0, 0, clock.Elapsed));
        var loaded = snapshots is null ? await SnapshotLoader.LoadAsync(connection, cancellationToken) : null;
        var graph = loaded?.Snapshot ?? await snapshots!.GetAsync(cancellationToken);
        var load = clock.Elapsed;

        var engine = new RuleEngine(graph, request.Parameters);
        IncrementalPlan? plan = null;
        string? fullBecause = null;
        if (request.Incremental)
        {
            (plan, fullBecause) = await IncrementalPlan.PrepareAsync(connection, graph, engine, request, cancellationToken);
        }

        var officials = plan?.Officials(graph) ?? graph.Officials();
        var run = engine.RunTraced(
            request.Rules,
            officials,
            new Reporter(done => progress?.Report(new SweepProgress("rules", done, officials.Count, clock.Elapsed))),
            request.MaxParallelism,
            cancellationToken);
        var findings = run.Findings;
        var evaluate = clock.Elapsed - load;

        progress?.Report(new SweepProgress("writing", 0, findings.Count, clock.Elapsed));
        var refs = await RefsAsync(graph, findings, cancellationToken);
        var digests = await WriteAsync(
            new SweepScope(graph, engine, run, plan, fullBecause),
            request,
            trigger,
            started,
            refs,
            cancellationToken);
        var write = clock.Elapsed - load - evaluate;
        progress?.Report(new SweepProgress("committed", findings.Count, findings.Count, clock.Elapsed));
        if (loaded is not null && SnapshotImages.ShouldStore(loaded))
        {
            await StoreImageAsync(graph, cancellationToken);
        }

        return new SweepReport
        {
            SweepId = digests.SweepId,
            Rules = digests.Rules,
            SnapshotVersion = graph.Version,
            Officials = run.Footprints.Count,
            Incremental = plan is not null,
            FullBecause = fullBecause,
            Touched = plan?.Touched.Count,
            Load = load,
            Evaluate = evaluate,
            Write = write,
        };
    }

    /// <summary>Every (registry, ref) merged into the findings' officials and companies.</summary>
    private async Task<Dictionary<long, List<(string, string)>>> RefsAsync(
        GraphSnapshot graph,
        IReadOnlyList<Finding> findings,
        CancellationToken cancellationToken)
    {
        var ids = findings.SelectMany(f => new[] { graph.IdOf(f.Official).Value, graph.IdOf(f.Company).Value }).Distinct().ToList();
        var refs = new Dictionary<long, List<(string, string)>>();
        await using var context = connection.CreateContext();
        foreach (var chunk in ids.Chunk(RefsChunk))
        {
            var rows = await context.SourceRecords.AsNoTracking()
                .Where(r => r.EntityId != null && chunk.Contains(r.EntityId.Value))
                .Select(r => new { EntityId = r.EntityId!.Value, r.Registry, r.Ref })
                .ToListAsync(cancellationToken);
            foreach (var row in rows.OrderBy(r => r.Registry, StringComparer.Ordinal).ThenBy(r => r.Ref, StringComparer.Ordinal))
            {
                if (!refs.TryGetValue(row.EntityId, out var list))
                {
                    refs[row.EntityId] = list = [];
                }

                list.Add((row.Registry, row.Ref));
            }
        }

        return refs;
    }

    private async Task RecordFailureAsync(SweepRequest request, SweepTrigger trigger, DateTime started, Exception error)
    {
        try
        {
            await using var context = connection.CreateContext();
            context.Sweeps.Add(new SweepRow
            {
                StartedAt = started,
                FinishedAt = time.GetUtcNow().UtcDateTime,
                Status = SweepStatus.Failed,
                Trigger = trigger,
                RequestedBy = request.RequestedBy,
                Rules = string.Join(',', request.Rules.Order()),
                Parameters = JsonSerializer.Serialize(request.Parameters.ToDictionary()),
                Error = error is OperationCanceledException ? "cancelled" : $"{error.GetType().Name}: {error.Message}",
            });
            await context.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception recording) when (recording is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            // The store itself is what failed: the original error is the one to report.
        }
    }

    /// <summary>Reports on the caller's thread, at once: <see cref="Progress{T}"/> would post to the thread pool and could report after the
    /// sweep has ended.</summary>
    private sealed class Reporter(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
