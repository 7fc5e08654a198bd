using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Store.Cases;

/// <summary>A scoped reader of cases (docs/cases.md "Scope"): their name, and which opener's scopes theirs covers.</summary>
public sealed record CaseReader(string Name, Func<string?, bool> Covers);

// Reading cases: lists with filters, a page's summaries, a case's members and history.
public sealed partial class Casework
{
    /// <summary>
    /// The cases a filter selects, newest change first; for a scoped <paramref name="reader"/>, only those opened under a
    /// scope theirs covers or that they are assigned to.
    /// </summary>
    public static IQueryable<CaseRow> Query(QingdanDbContext context, CaseFilter filter, CaseReader? reader)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(filter);
        var rows = context.Cases.AsNoTracking();
        if (reader is not null)
        {
            // Openers' scopes are few (one a key or sign-in scope): decided here, filtered in SQL.
            var scopes = context.Cases.Where(c => c.Scope != null).Select(c => c.Scope!).Distinct().ToList().Where(reader.Covers).ToList();
            var name = reader.Name;
            rows = rows.Where(c => (c.Scope != null && scopes.Contains(c.Scope))
                || context.CaseAssignees.Any(a => a.CaseId == c.Id && a.Assignee == name));
        }

        if (filter.Statuses is { Count: > 0 } statuses)
        {
            var list = statuses.ToList();
            rows = rows.Where(c => list.Contains(c.Status));
        }

        if (!string.IsNullOrWhiteSpace(filter.Assignee))
        {
            var assignee = filter.Assignee.Trim();
            rows = rows.Where(c => context.CaseAssignees.Any(a => a.CaseId == c.Id && a.Assignee == assignee));
        }

        if (filter.Finding is { } finding)
        {
            rows = rows.Where(c => context.CaseFindings.Any(f => f.CaseId == c.Id && f.FindingId == finding));
        }

        if (!string.IsNullOrWhiteSpace(filter.Entity))
        {
            var entity = filter.Entity.Trim();
            rows = rows.Where(c => context.CaseEntities.Any(e => e.CaseId == c.Id && e.EntityId == entity));
        }

        if (!string.IsNullOrWhiteSpace(filter.Title))
        {
            var title = filter.Title.Trim();
            rows = rows.Where(c => c.Title.Contains(title));
        }

        return rows.OrderByDescending(c => c.UpdatedAt).ThenByDescending(c => c.Id);
    }

    /// <summary>
    /// What a list shows of each case: assignees, findings by triage status and the number of entities — counting only the
    /// findings <paramref name="visible"/> keeps and the entities <paramref name="visibleEntity"/> keeps (both null:
    /// everything). Three queries for the page, whatever its size.
    /// </summary>
    public static async Task<IReadOnlyList<CaseSummary>> SummariesAsync(
        QingdanDbContext context,
        IReadOnlyList<CaseRow> cases,
        Expression<Func<FindingRow, bool>>? visible,
        Func<string, bool>? visibleEntity,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(cases);
        var ids = cases.Select(c => c.Id).ToList();
        var assignees = (await context.CaseAssignees.AsNoTracking().Where(a => ids.Contains(a.CaseId)).OrderBy(a => a.AddedAt)
                .ThenBy(a => a.Assignee).ToListAsync(cancellationToken))
            .ToLookup(a => a.CaseId, a => a.Assignee);
        var findings = context.Findings.AsNoTracking();
        if (visible is not null)
        {
            findings = findings.Where(visible);
        }

        var counts = (await context.CaseFindings.AsNoTracking().Where(m => ids.Contains(m.CaseId))
                .Join(findings, m => m.FindingId, f => f.Id, (m, f) => new { m.CaseId, f.TriageStatus })
                .GroupBy(x => new { x.CaseId, x.TriageStatus })
                .Select(g => new { g.Key.CaseId, g.Key.TriageStatus, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .ToLookup(x => x.CaseId);
        var entities = (await context.CaseEntities.AsNoTracking().Where(e => ids.Contains(e.CaseId))
                .Select(e => new { e.CaseId, e.EntityId }).ToListAsync(cancellationToken))
            .Where(e => visibleEntity?.Invoke(e.EntityId) != false)
            .ToLookup(e => e.CaseId);
        return cases.Select(c => new CaseSummary(
                c,
                [.. assignees[c.Id]],
                Enum.GetValues<TriageStatus>().ToDictionary(s => s, s => counts[c.Id].Where(x => x.TriageStatus == s).Sum(x => x.Count)),
                entities[c.Id].Count()))
            .ToList();
    }

    /// <summary>The case's findings, oldest added first (merged ones too: they stay in the case).</summary>
    public async Task<IReadOnlyList<FindingRow>> FindingsAsync(long caseId, CancellationToken cancellationToken)
    {
        await using var context = connection.CreateContext();
        return await context.CaseFindings.AsNoTracking().Where(m => m.CaseId == caseId)
            .Join(context.Findings.AsNoTracking(), m => m.FindingId, f => f.Id, (m, f) => new { m.AddedAt, Finding = f })
            .OrderBy(x => x.AddedAt).ThenBy(x => x.Finding.Id)
            .Select(x => x.Finding)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The case's entity ids, oldest added first.</summary>
    public async Task<IReadOnlyList<string>> EntitiesAsync(long caseId, CancellationToken cancellationToken)
    {
        await using var context = connection.CreateContext();
        return await context.CaseEntities.AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.AddedAt).ThenBy(e => e.EntityId)
            .Select(e => e.EntityId).ToListAsync(cancellationToken);
    }

    /// <summary>Who works the case, first assigned first.</summary>
    public async Task<IReadOnlyList<string>> AssigneesAsync(long caseId, CancellationToken cancellationToken)
    {
        await using var context = connection.CreateContext();
        return await context.CaseAssignees.AsNoTracking().Where(a => a.CaseId == caseId).OrderBy(a => a.AddedAt).ThenBy(a => a.Assignee)
            .Select(a => a.Assignee).ToListAsync(cancellationToken);
    }

    /// <summary>The case's history, oldest first.</summary>
    public async Task<IReadOnlyList<CaseEventRow>> HistoryAsync(long caseId, CancellationToken cancellationToken)
    {
        await using var context = connection.CreateContext();
        return await context.CaseEvents.AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.At).ThenBy(e => e.Id)
            .ToListAsync(cancellationToken);
    }
}
