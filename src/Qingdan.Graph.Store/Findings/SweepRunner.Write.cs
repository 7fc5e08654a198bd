using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Store.Findings;

// Writing a sweep: the findings against the stored ones (new, persisting, resolved, reopened), their history, the
// footprints of the scans, and the sweep's digest, in one transaction.
public sealed partial class SweepRunner
{
    private const int ScopeChunk = 500;

    private async Task<(long SweepId, IReadOnlyList<RuleDigest> Rules)> WriteAsync(
        SweepScope scope, SweepRequest request, SweepTrigger trigger, DateTime started, Dictionary<long, List<(string, string)>> refs,
        CancellationToken cancellationToken)
    {
        var (graph, engine, run, plan, fullBecause) = scope;
        var findings = run.Findings;
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
            Officials = run.Footprints.Count,
        };
        context.Sweeps.Add(sweep);
        await context.SaveChangesAsync(cancellationToken);
        var actor = sweep.Name;

        var rules = request.Rules.ToList();
        var rows = plan is null
            ? await context.Findings.Where(f => rules.Contains(f.Rule) && f.MergedIntoId == null).OrderBy(f => f.Id)
                .ToListAsync(cancellationToken)
            : await ScopeRowsAsync(context, sweep.Id, rules, plan, cancellationToken);
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

        await SweepFootprints.WriteAsync(context, sweep.Id, graph, engine, run.Footprints, plan?.Rerun, cancellationToken);

        // Carried findings are found and persisting, as the full sweep would have them.
        var carried = plan?.Carried ?? [];
        var digests = rules.ConvertAll(r => new RuleDigest(
            r.ToString(),
            counts[r][0] + carried.GetValueOrDefault(r),
            counts[r][1],
            counts[r][2] + carried.GetValueOrDefault(r),
            counts[r][3],
            counts[r][4]));
        sweep.FinishedAt = time.GetUtcNow().UtcDateTime;
        sweep.Findings = digests.Sum(d => d.Found);
        sweep.New = digests.Sum(d => d.New);
        sweep.Persisting = digests.Sum(d => d.Persisting);
        sweep.Resolved = digests.Sum(d => d.Resolved);
        sweep.Reopened = digests.Sum(d => d.Reopened);
        // The digest names the new and resolved findings of each rule (the first DigestNames of each), not only their counts.
        List<string> Names(string rule, FindingChange change) =>
            changes.Where(c => c.Row.Rule.ToString() == rule && c.Change == change).Select(c => c.Row.Name).Take(DigestNames).ToList();
        var digest = digests.ToDictionary(
            d => d.Rule,
            d => (object)new
            {
                found = d.Found,
                @new = d.New,
                persisting = d.Persisting,
                resolved = d.Resolved,
                reopened = d.Reopened,
                new_findings = Names(d.Rule, FindingChange.New),
                resolved_findings = Names(d.Rule, FindingChange.Resolved),
            });
        if (plan is not null)
        {
            digest["incremental"] = new
            {
                since = plan.Base.Name,
                since_version = plan.Base.SnapshotVersion,
                touched = plan.Touched.Count,
                officials_run = run.Footprints.Count,
                findings_compared = plan.Scope.Count,
            };
        }
        else if (fullBecause is not null)
        {
            digest["full_because"] = fullBecause;
        }

        sweep.Digest = JsonSerializer.Serialize(digest);
        await context.SaveChangesAsync(cancellationToken);
        await FaultPoint.ReachAsync(FaultPoint.SweepBeforeCommit, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (sweep.Id, digests);
    }

    /// <summary>
    /// An incremental sweep's stored findings: those in the plan's scope, to compare; the active ones outside it are
    /// carried over, marked persisting in this sweep with one statement (and the scope's marks taken back, as the
    /// comparison writes its own).
    /// </summary>
    private static async Task<List<FindingRow>> ScopeRowsAsync(
        QingdanDbContext context, long sweepId, List<RuleId> rules, IncrementalPlan plan, CancellationToken cancellationToken)
    {
        var words = string.Join(", ", rules.Select(r => $"'{r}'"));
        // Ids and words only, no text from outside: safe to write into the statement.
        var carry = "INSERT INTO sweep_findings (sweep_id, finding_id, change) " +
            $"SELECT {sweepId}, id, '{Wire.Name(FindingChange.Persisting)}' FROM findings " +
                $"WHERE active = {{0}} AND merged_into_id IS NULL AND rule IN ({words})";
        await context.Database.ExecuteSqlRawAsync(carry, [true], cancellationToken);
        var rows = new List<FindingRow>();
        foreach (var chunk in plan.Scope.Order().Chunk(ScopeChunk))
        {
            var uncarry = $"DELETE FROM sweep_findings WHERE sweep_id = {sweepId} AND finding_id IN ({string.Join(',', chunk)})";
            await context.Database.ExecuteSqlRawAsync(uncarry, cancellationToken);
            rows.AddRange(await context.Findings.Where(f => chunk.Contains(f.Id)).ToListAsync(cancellationToken));
        }

        return [.. rows.OrderBy(r => r.Id)];
    }

    /// <summary>
    /// Findings follow merges: a finding whose official or company was merged into another entity
    /// takes the surviving entity's id; when a finding already exists under the new key, the older
    /// one is marked merged into it, and the history says so.
    /// </summary>
    private static async Task<Dictionary<(RuleId, long, long), FindingRow>> FollowMergesAsync(
        QingdanDbContext context, List<FindingRow> rows, string actor, long sweepId, DateTime now, CancellationToken cancellationToken)
    {
        var redirects = await IncrementalPlan.Redirects(context, cancellationToken);
        long Follow(long id) => IncrementalPlan.Follow(redirects, id);

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

}
