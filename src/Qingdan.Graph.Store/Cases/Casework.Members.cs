using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Store.Cases;

// What a case holds: its findings and entities, and the bulk triage of its findings.
public sealed partial class Casework
{
    /// <summary>Adds findings and entities; one already in the case is no change.</summary>
    public Task<CaseRow> AddAsync(
        long caseId,
        IReadOnlyCollection<long> findings,
        IReadOnlyCollection<string> entities,
        string actor,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(entities);
        var ids = entities.Select(Entity).Distinct(StringComparer.Ordinal).ToList();
        var findingIds = findings.Distinct().ToList();
        return ChangeAsync(caseId, actor, cancellationToken, async (context, row, now) =>
        {
            await RequireFindingsAsync(context, findingIds, cancellationToken);
            var held = await context.CaseFindings.Where(f => f.CaseId == row.Id && findingIds.Contains(f.FindingId))
                .Select(f => f.FindingId).ToListAsync(cancellationToken);
            foreach (var finding in findingIds.Except(held))
            {
                context.CaseFindings.Add(new CaseFindingRow { CaseId = row.Id, FindingId = finding, AddedBy = actor, AddedAt = now });
                Append(context, row, actor, CaseEventKind.FindingAdded, null, now, finding: finding);
            }

            var heldEntities = await context.CaseEntities.Where(e => e.CaseId == row.Id && ids.Contains(e.EntityId))
                .Select(e => e.EntityId).ToListAsync(cancellationToken);
            foreach (var entity in ids.Except(heldEntities, StringComparer.Ordinal))
            {
                context.CaseEntities.Add(new CaseEntityRow { CaseId = row.Id, EntityId = entity, AddedBy = actor, AddedAt = now });
                Append(context, row, actor, CaseEventKind.EntityAdded, null, now, entity: entity);
            }
        });
    }

    /// <summary>Removes findings and entities; naming one the case does not hold is refused and nothing changes.</summary>
    public Task<CaseRow> RemoveAsync(
        long caseId,
        IReadOnlyCollection<long> findings,
        IReadOnlyCollection<string> entities,
        string actor,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(entities);
        var ids = entities.Select(Entity).Distinct(StringComparer.Ordinal).ToList();
        var findingIds = findings.Distinct().ToList();
        return ChangeAsync(caseId, actor, cancellationToken, async (context, row, now) =>
        {
            var held = await context.CaseFindings.Where(f => f.CaseId == row.Id && findingIds.Contains(f.FindingId))
                .ToListAsync(cancellationToken);
            if (findingIds.FirstOrDefault(f => held.All(h => h.FindingId != f)) is var missing and > 0)
            {
                throw new ArgumentException($"f_{missing} is not in {row.Name}.", nameof(findings));
            }

            var heldEntities = await context.CaseEntities.Where(e => e.CaseId == row.Id && ids.Contains(e.EntityId))
                .ToListAsync(cancellationToken);
            if (ids.FirstOrDefault(e => heldEntities.All(h => h.EntityId != e)) is { } absent)
            {
                throw new ArgumentException($"{absent} is not in {row.Name}.", nameof(entities));
            }

            foreach (var finding in held)
            {
                context.CaseFindings.Remove(finding);
                Append(context, row, actor, CaseEventKind.FindingRemoved, null, now, finding: finding.FindingId);
            }

            foreach (var entity in heldEntities)
            {
                context.CaseEntities.Remove(entity);
                Append(context, row, actor, CaseEventKind.EntityRemoved, null, now, entity: entity.EntityId);
            }
        });
    }

    /// <summary>
    /// Sets the triage status of the case's findings — all of them (<paramref name="findings"/> null; merged ones left
    /// out), or the ones named, each of which must be in the case — through the finding's own triage
    /// (<see cref="FindingTriage.Status"/>), so that each finding's history records it with the note. Findings that
    /// already have the status are left as they are. One transaction: the findings, their history and the case's entry.
    /// </summary>
    public async Task<CaseTriageResult> TriageAsync(
        long caseId,
        TriageStatus status,
        IReadOnlyCollection<long>? findings,
        string? note,
        string actor,
        CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(status))
        {
            throw new ArgumentException(
                $"Unknown triage status '{status}': one of {string.Join(", ", Wire.All<TriageStatus>())}.",
                nameof(status));
        }

        var text = string.IsNullOrWhiteSpace(note) ? null : Bounded(note.Trim(), MaxText, "note");
        var changed = new List<long>();
        var row = await ChangeAsync(caseId, actor, cancellationToken, async (context, row, now) =>
        {
            var members = await context.CaseFindings.Where(f => f.CaseId == row.Id).Select(f => f.FindingId)
                .ToListAsync(cancellationToken);
            if (findings?.FirstOrDefault(f => !members.Contains(f)) is var outside and > 0)
            {
                throw new ArgumentException($"f_{outside} is not in {row.Name}.", nameof(findings));
            }

            var chosen = findings?.Distinct().ToList() ?? members;
            var rows = await context.Findings.Where(f => chosen.Contains(f.Id) && (findings != null || f.MergedIntoId == null))
                .OrderBy(f => f.Id).ToListAsync(cancellationToken);
            foreach (var finding in rows.Where(f => f.TriageStatus != status))
            {
                var item = FindingTriage.Status(finding, status, actor, text);
                item.At = now;
                context.FindingEvents.Add(item);
                changed.Add(finding.Id);
            }

            if (changed.Count > 0)
            {
                Append(
                    context,
                    row,
                    actor,
                    CaseEventKind.Triaged,
                    $"{Wire.Name(status)} {changed.Count}/{rows.Count}" + (text is null ? string.Empty : $": {text}"),
                    now,
                    finding: changed.Count == 1 ? changed[0] : null);
            }
        });
        return new CaseTriageResult(row, changed);
    }

    private static async Task RequireFindingsAsync(QingdanDbContext context, List<long> findings, CancellationToken cancellationToken)
    {
        if (findings.Count == 0)
        {
            return;
        }

        var known = await context.Findings.Where(f => findings.Contains(f.Id)).Select(f => f.Id).ToListAsync(cancellationToken);
        if (findings.FirstOrDefault(f => !known.Contains(f)) is var missing and > 0)
        {
            throw new KeyNotFoundException($"There is no finding f_{missing}.");
        }
    }
}
