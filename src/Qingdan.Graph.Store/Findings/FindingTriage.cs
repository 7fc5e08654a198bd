using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Store.Findings;

/// <summary>
/// The investigator's side of a finding: status, assignee, comments, each written to the finding's
/// history with who and when. Triage stays with the finding across sweeps; dismissing remembers the
/// evidence it saw, so that a later sweep can reopen the finding when more appears.
/// </summary>
public sealed class FindingTriage(StoreConnection connection, TimeProvider time)
{
    /// <summary>Sets the status; throws <see cref="ArgumentException"/> for an unknown status and <see cref="KeyNotFoundException"/> for an
    /// unknown finding.</summary>
    public async Task<FindingRow> SetStatusAsync(
        long findingId,
        TriageStatus status,
        string actor,
        string? note,
        CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(status))
        {
            throw new ArgumentException(
                $"Unknown triage status '{status}': one of {string.Join(", ", Wire.All<TriageStatus>())}.",
                nameof(status));
        }

        return await ChangeAsync(findingId, actor, cancellationToken, row => Status(row, status, actor, note));
    }

    /// <summary>The status change on a tracked row, and the history entry that records it (not yet added): what
    /// <see cref="SetStatusAsync"/> does, for a caller that changes several findings in its own transaction (a case's
    /// bulk triage).</summary>
    internal static FindingEventRow Status(FindingRow row, TriageStatus status, string actor, string? note)
    {
        var before = row.TriageStatus;
        row.TriageStatus = status;
        row.DismissedEvidenceKeys = status == TriageStatus.Dismissed ? row.EvidenceKeys : null;
        return new FindingEventRow
        {
            FindingId = row.Id,
            Kind = FindingEventKind.Status,
            Actor = actor,
            FromStatus = before,
            ToStatus = status,
            Text = note
        };
    }

    /// <summary>Assigns the finding to someone, or to no one with null.</summary>
    public Task<FindingRow> AssignAsync(long findingId, string? assignee, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(findingId, actor, cancellationToken, row =>
        {
            var before = row.Assignee;
            row.Assignee = string.IsNullOrWhiteSpace(assignee) ? null : assignee.Trim();
            return new FindingEventRow
            {
                Kind = FindingEventKind.Assigned,
                Actor = actor,
                Text = $"{before ?? "nobody"} → {row.Assignee ?? "nobody"}"
            };
        });

    public Task<FindingRow> CommentAsync(long findingId, string text, string actor, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("A comment needs some text.", nameof(text));
        }

        return ChangeAsync(
            findingId,
            actor,
            cancellationToken,
            _ => new FindingEventRow { Kind = FindingEventKind.Comment, Actor = actor, Text = text.Trim() });
    }

    /// <summary>The finding's history, oldest first.</summary>
    public async Task<IReadOnlyList<FindingEventRow>> HistoryAsync(long findingId, CancellationToken cancellationToken)
    {
        await using var context = connection.CreateContext();
        return await context.FindingEvents.AsNoTracking().Where(e => e.FindingId == findingId).OrderBy(e => e.At).ThenBy(e => e.Id)
            .ToListAsync(cancellationToken);
    }

    private async Task<FindingRow> ChangeAsync(
        long findingId,
        string actor,
        CancellationToken cancellationToken,
        Func<FindingRow, FindingEventRow> change)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        await using var context = connection.CreateContext();
        var row = await context.Findings.SingleOrDefaultAsync(f => f.Id == findingId, cancellationToken)
            ?? throw new KeyNotFoundException($"There is no finding f_{findingId}.");
        var item = change(row);
        item.FindingId = row.Id;
        item.At = time.GetUtcNow().UtcDateTime;
        context.FindingEvents.Add(item);
        await context.SaveChangesAsync(cancellationToken);
        return row;
    }
}
