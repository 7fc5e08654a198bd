using System.Globalization;
using System.Linq.Expressions;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Server.Api.Security;
using Qingdan.Graph.Store.Cases;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Findings;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Server.Api.Cases;

/// <summary>
/// Cases and scopes (docs/cases.md "Scope"): a scoped caller sees a case opened under a scope theirs covers, or one they are
/// assigned to; inside any case they see only the findings and entities their scope keeps, and counts count only those.
/// </summary>
internal static class CaseAccess
{
    /// <summary>A case's id as the API spells it: <c>k_</c> and the stored number.</summary>
    public static bool TryParse(string? text, out long id)
    {
        id = 0;
        return text?.StartsWith("k_", StringComparison.Ordinal) == true
            && long.TryParse(text.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out id);
    }

    public static long Parse(string? text) => TryParse(text, out var id)
        ? id
        : throw new ExecutionError($"'{text}' is not a case id (k_ and a number).") { Code = "BAD_ARGUMENT" };

    /// <summary>The reader the store filters lists for; null for an unscoped caller (who sees every case).</summary>
    public static CaseReader? Reader(ScopeView? view, string name) => view is null ? null : new CaseReader(name, s => Covers(view, s));

    /// <summary>Whether the caller's scope covers the scope a case was opened under: every region of it lies within one of
    /// the caller's, every agency of it is the caller's or lies within one of their regions. An unscoped opener's case is
    /// covered by no scope.</summary>
    public static bool Covers(ScopeView view, string? caseScope)
    {
        ArgumentNullException.ThrowIfNull(view);
        AccessScope? opened;
        try
        {
            opened = AccessScope.Parse(caseScope);
        }
        catch (FormatException)
        {
            return false;
        }

        if (opened is null)
        {
            return false;
        }

        var reader = view.Scope;
        return opened.Regions.All(r => reader.Regions.Any(p => r.StartsWith(p, StringComparison.Ordinal)))
            && opened.Agencies.All(a => reader.Agencies.Contains(a)
                || (view.Snapshot.IndexOf(new EntityId(NodeKind.Agency, a)) is var index and >= 0
                    && view.Snapshot.NodeOf(index) is Agency agency && reader.Covers(a, agency.RegionCode)));
    }

    /// <summary>Whether the caller may see the case at all.</summary>
    public static async Task<bool> SeesAsync(QingdanDbContext context, CaseRow row, ScopeView? view, string reader, CancellationToken token)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(row);
        return view is null || Covers(view, row.Scope)
            || await context.CaseAssignees.AnyAsync(a => a.CaseId == row.Id && a.Assignee == reader, token);
    }

    /// <summary>The findings a scoped caller may see, as the findings inbox filters them; null when unscoped.</summary>
    public static Expression<Func<FindingRow, bool>>? VisibleFindings(ScopeView? view)
    {
        if (view is null)
        {
            return null;
        }

        var (include, officials) = view.IdsOf(NodeKind.Person);
        return include ? f => officials.Contains(f.OfficialId) : f => !officials.Contains(f.OfficialId);
    }

    /// <summary>The entity ids a scoped caller may see; null when unscoped.</summary>
    public static Func<string, bool>? VisibleEntity(ScopeView? view) =>
        view is null ? null : id => !EntityId.TryParse(id, out var entity) || view.Sees(entity.Value);

    /// <summary>The case with its summary as this caller may see it.</summary>
    public static async Task<CaseView> ViewOfAsync(QingdanDbContext context, CaseRow row, ScopeView? view, CancellationToken token) =>
        new((await Casework.SummariesAsync(context, [row], VisibleFindings(view), VisibleEntity(view), token))[0]);

    /// <summary>A page of the cases a filter selects, as this caller may see them, and how many match.</summary>
    public static async Task<(IReadOnlyList<CaseView> Page, int Total)> ListAsync(
        QingdanDbContext context,
        CaseFilter filter,
        ScopeView? view,
        string reader,
        int offset,
        int first,
        CancellationToken token)
    {
        var rows = Casework.Query(context, filter, Reader(view, reader));
        var total = await rows.CountAsync(token);
        var page = await rows.Skip(offset).Take(first).ToListAsync(token);
        var summaries = await Casework.SummariesAsync(context, page, VisibleFindings(view), VisibleEntity(view), token);
        return (summaries.Select(s => new CaseView(s)).ToList(), total);
    }
}
