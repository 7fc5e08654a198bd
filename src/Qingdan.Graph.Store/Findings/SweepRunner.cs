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
public sealed class SweepRunner(
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

        var officials = graph.Officials();
        var engine = new RuleEngine(graph, request.Parameters);
        var findings = engine.Run(
            request.Rules,
            officials,
            new Reporter(done => progress?.Report(new SweepProgress("rules", done, officials.Count, clock.Elapsed))),
            request.MaxParallelism,
            cancellationToken);
        var evaluate = clock.Elapsed - load;

        progress?.Report(new SweepProgress("writing", 0, findings.Count, clock.Elapsed));
        var refs = await RefsAsync(graph, findings, cancellationToken);
        var digests = await WriteAsync(graph, request, trigger, started, officials.Count, findings, refs, cancellationToken);
        var write = clock.Elapsed - load - evaluate;
        progress?.Report(new SweepProgress("committed", findings.Count, findings.Count, clock.Elapsed));
        if (loaded is { FromImage: false })
        {
            await StoreImageAsync(graph, cancellationToken);
        }

        return new SweepReport
        {
            SweepId = digests.SweepId,
            Rules = digests.Rules,
            SnapshotVersion = graph.Version,
            Officials = officials.Count,
            Load = load,
            Evaluate = evaluate,
            Write = write,
        };
    }

    private async Task<(long SweepId, IReadOnlyList<RuleDigest> Rules)> WriteAsync(
        GraphSnapshot graph, SweepRequest request, SweepTrigger trigger, DateTime started, int officials, IReadOnlyList<Finding> findings,
        Dictionary<long, List<(string, string)>> refs, CancellationToken cancellationToken)
    {
        await using var context = connection.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var sweep = new SweepRow
        {
            StartedAt = started,
            Status = SweepStatus.Succeeded,
            Trigger = trigger,
            RequestedBy = request.RequestedBy,
            Rules = string.Join(',', request.Rules.Order()),
            Parameters = JsonSerializer.Serialize(request.Parameters.ToDictionary()),
            SnapshotVersion = graph.Version,
            Officials = officials,
        };
        context.Sweeps.Add(sweep);
        await context.SaveChangesAsync(cancellationToken);
        var actor = sweep.Name;

        var rules = request.Rules.ToList();
        var rows = await context.Findings.Where(f => rules.Contains(f.Rule) && f.MergedIntoId == null).OrderBy(f => f.Id)
            .ToListAsync(cancellationToken);
        var byKey = await FollowMergesAsync(context, rows, actor, sweep.Id, now, cancellationToken);

        var counts = rules.ToDictionary(r => r, _ => new int[5]);
        var seen = new HashSet<FindingRow>();
        var changes = new List<(FindingRow Row, FindingChange Change)>();
        var events = new List<(FindingRow Row, FindingEventRow Event)>();
        foreach (var finding in findings)
        {
            var key = (finding.Rule, graph.IdOf(finding.Official).Value, graph.IdOf(finding.Company).Value);
            var body = FindingDocument.Build(graph, finding, id => refs.TryGetValue(id, out var list) ? list : []).ToJson();
            var evidenceKeys = FindingDocument.EvidenceKeys(graph, finding);
            var count = counts[key.Item1];
            count[0]++;
            if (!byKey.TryGetValue(key, out var row))
            {
                row = new FindingRow
                {
                    Rule = key.Item1,
                    OfficialId = key.Item2,
                    CompanyId = key.Item3,
                    Variants = string.Empty,
                    Relations = string.Empty,
                    TriageStatus = TriageStatus.Open,
                    EvidenceKeys = string.Empty,
                    Body = string.Empty,
                    FirstSeenSweepId = sweep.Id,
                    FirstSeenAt = now,
                };
                context.Findings.Add(row);
                byKey[key] = row;
                changes.Add((row, FindingChange.New));
                events.Add((row, Event(FindingEventKind.Detected, actor, sweep.Id, now, $"found by {actor}")));
                count[1]++;
            }
            else if (!row.Active)
            {
                changes.Add((row, FindingChange.New));
                events.Add(
                    (row, Event(FindingEventKind.Reappeared, actor, sweep.Id, now, $"found again by {actor} after it was resolved")));
                row.ResolvedSweepId = null;
                count[1]++;
            }
            else
            {
                changes.Add((row, FindingChange.Persisting));
                count[2]++;
            }

            if (row.TriageStatus == TriageStatus.Dismissed && NewKeys(evidenceKeys, row.DismissedEvidenceKeys) is > 0 and var added)
            {
                events.Add((row, Event(
                    FindingEventKind.Reopened,
                    actor,
                    sweep.Id,
                    now,
                    $"{added} link(s) of evidence appeared after it was dismissed",
                    TriageStatus.Dismissed,
                    TriageStatus.Open)));
                row.TriageStatus = TriageStatus.Open;
                count[4]++;
            }

            row.Variants = string.Join(',', finding.Variants);
            row.Severity = finding.Severity;
            row.Relations = string.Join(',', finding.Relations);
            row.Amount = finding.Amount;
            row.AgencyId = FindingDocument.AgencyOf(graph, finding);
            row.Active = true;
            row.LastSeenSweepId = sweep.Id;
            row.LastSeenAt = now;
            row.EvidenceKeys = evidenceKeys;
            row.Body = body;
            seen.Add(row);
        }

        foreach (var row in byKey.Values.Where(r => r.Active && !seen.Contains(r)).ToList())
        {
            row.Active = false;
            row.ResolvedSweepId = sweep.Id;
            changes.Add((row, FindingChange.Resolved));
            events.Add((row, Event(FindingEventKind.Resolved, actor, sweep.Id, now, $"no longer found by {actor}")));
            counts[row.Rule][3]++;
        }

        await context.SaveChangesAsync(cancellationToken);
        context.SweepFindings
            .AddRange(changes.Select(c => new SweepFindingRow { SweepId = sweep.Id, FindingId = c.Row.Id, Change = c.Change }));
        context.FindingEvents.AddRange(events.Select(e =>
        {
            e.Event.FindingId = e.Row.Id;
            return e.Event;
        }));

        var digests = rules.ConvertAll(
            r => new RuleDigest(r.ToString(), counts[r][0], counts[r][1], counts[r][2], counts[r][3], counts[r][4]));
        sweep.FinishedAt = time.GetUtcNow().UtcDateTime;
        sweep.Findings = digests.Sum(d => d.Found);
        sweep.New = digests.Sum(d => d.New);
        sweep.Persisting = digests.Sum(d => d.Persisting);
        sweep.Resolved = digests.Sum(d => d.Resolved);
        sweep.Reopened = digests.Sum(d => d.Reopened);
        // The digest names the new and resolved findings of each rule (the first DigestNames of each), not only their counts.
        List<string> Names(string rule, FindingChange change) =>
            changes.Where(c => c.Row.Rule.ToString() == rule && c.Change == change).Select(c => c.Row.Name).Take(DigestNames).ToList();
        sweep.Digest = JsonSerializer.Serialize(digests.ToDictionary(
            d => d.Rule,
            d => new
            {
                found = d.Found,
                @new = d.New,
                persisting = d.Persisting,
                resolved = d.Resolved,
                reopened = d.Reopened,
                new_findings = Names(d.Rule, FindingChange.New),
                resolved_findings = Names(d.Rule, FindingChange.Resolved),
            }));
        await context.SaveChangesAsync(cancellationToken);
        await FaultPoint.ReachAsync(FaultPoint.SweepBeforeCommit, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (sweep.Id, digests);
    }

    /// <summary>
    /// Findings follow merges: a finding whose official or company was merged into another entity
    /// takes the surviving entity's id; when a finding already exists under the new key, the older
    /// one is marked merged into it, and the history says so.
    /// </summary>
    private static async Task<Dictionary<(RuleId, long, long), FindingRow>> FollowMergesAsync(
        QingdanDbContext context, List<FindingRow> rows, string actor, long sweepId, DateTime now, CancellationToken cancellationToken)
    {
        var redirects = (await context.EntityRedirects.AsNoTracking().OrderBy(r => r.At).ToListAsync(cancellationToken))
            .GroupBy(r => r.FromEntityId).ToDictionary(g => g.Key, g => g.Last().ToEntityId);
        long Follow(long id)
        {
            for (var hops = 0; hops < 100 && redirects.TryGetValue(id, out var next); hops++)
            {
                id = next;
            }

            return id;
        }

        var byKey = new Dictionary<(RuleId, long, long), FindingRow>();
        var moved = new List<(FindingRow Row, (RuleId, long, long) Key)>();
        foreach (var row in rows)
        {
            var key = (row.Rule, Follow(row.OfficialId), Follow(row.CompanyId));
            if (key == (row.Rule, row.OfficialId, row.CompanyId))
            {
                byKey[key] = row;
            }
            else
            {
                moved.Add((row, key));
            }
        }

        foreach (var (row, key) in moved)
        {
            if (byKey.TryGetValue(key, out var survivor))
            {
                row.MergedIntoId = survivor.Id;
                row.Active = false;
                context.FindingEvents.Add(Event(
                    FindingEventKind.Merged,
                    actor,
                    sweepId,
                    now,
                    $"{row.Name} (triage {Wire.Name(row.TriageStatus)}) merged into this finding when its entities merged",
                    finding: survivor.Id));
                context.FindingEvents.Add(Event(
                    FindingEventKind.Merged,
                    actor,
                    sweepId,
                    now,
                    $"merged into {survivor.Name} when its entities merged",
                    finding: row.Id));
            }
            else
            {
                row.OfficialId = key.Item2;
                row.CompanyId = key.Item3;
                byKey[key] = row;
            }
        }

        return byKey;
    }

    private static int NewKeys(string current, string? dismissed)
    {
        var before = (dismissed ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        return current.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(k => !before.Contains(k));
    }

    private static FindingEventRow Event(
        FindingEventKind kind, string actor, long sweepId, DateTime at, string text, TriageStatus? from = null, TriageStatus? to = null, long finding = 0) =>
        new()
        {
            FindingId = finding,
            Kind = kind,
            Actor = actor,
            SweepId = sweepId,
            At = at,
            Text = text,
            FromStatus = from,
            ToStatus = to
        };

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
