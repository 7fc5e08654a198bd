using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Store.Cases;

/// <summary>
/// The investigator's cases (docs/cases.md): opening one, editing it, who works it, its notes, the findings and entities
/// it groups, and the bulk triage of its findings. Every change is one transaction that also appends its entries to the
/// case's history; nothing here edits or deletes an entry. Bad input is an <see cref="ArgumentException"/> naming it, an
/// unknown case or finding a <see cref="KeyNotFoundException"/>.
/// </summary>
public sealed partial class Casework(StoreConnection connection, TimeProvider time)
{
    public const int MaxTitle = 200;
    public const int MaxText = 10_000;
    public const int MaxName = 200;

    /// <summary>Opens a case with its first findings, entities and assignees; <paramref name="scope"/> is the opener's
    /// (canonical form, null when unscoped).</summary>
    public async Task<CaseRow> OpenAsync(
        string title,
        string? description,
        IReadOnlyCollection<long> findings,
        IReadOnlyCollection<string> entities,
        IReadOnlyCollection<string> assignees,
        string actor,
        string? scope,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(assignees);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var now = Now();
        var row = new CaseRow
        {
            Title = Title(title),
            Description = Description(description),
            Status = CaseStatus.Open,
            CreatedBy = actor,
            CreatedAt = now,
            UpdatedAt = now,
            Scope = scope
        };
        var names = assignees.Select(Name).Distinct(StringComparer.Ordinal).ToList();
        var ids = entities.Select(Entity).Distinct(StringComparer.Ordinal).ToList();
        var findingIds = findings.Distinct().ToList();

        await using var context = connection.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        await RequireFindingsAsync(context, findingIds, cancellationToken);
        context.Cases.Add(row);
        await context.SaveChangesAsync(cancellationToken);
        Append(context, row, actor, CaseEventKind.Opened, row.Title, now);
        foreach (var finding in findingIds)
        {
            context.CaseFindings.Add(new CaseFindingRow { CaseId = row.Id, FindingId = finding, AddedBy = actor, AddedAt = now });
            Append(context, row, actor, CaseEventKind.FindingAdded, null, now, finding: finding);
        }

        foreach (var entity in ids)
        {
            context.CaseEntities.Add(new CaseEntityRow { CaseId = row.Id, EntityId = entity, AddedBy = actor, AddedAt = now });
            Append(context, row, actor, CaseEventKind.EntityAdded, null, now, entity: entity);
        }

        foreach (var name in names)
        {
            context.CaseAssignees.Add(new CaseAssigneeRow { CaseId = row.Id, Assignee = name, AddedAt = now });
            Append(context, row, actor, CaseEventKind.Assigned, name, now);
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return row;
    }

    /// <summary>Changes the title, description or status; a part that is already so is no change and no entry.</summary>
    public Task<CaseRow> EditAsync(long caseId, CaseEdit edit, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var title = edit.Title is null ? null : Title(edit.Title);
        var description = edit.Description is null ? null : Description(edit.Description) ?? string.Empty;
        if (edit.Status is { } status && !Enum.IsDefined(status))
        {
            throw new ArgumentException(
                $"Unknown case status '{status}': one of {string.Join(", ", Wire.All<CaseStatus>())}.",
                nameof(edit));
        }

        return ChangeAsync(caseId, actor, cancellationToken, (context, row, now) =>
        {
            if (title is not null && title != row.Title)
            {
                Append(context, row, actor, CaseEventKind.Retitled, $"{row.Title} → {title}", now);
                row.Title = title;
            }

            if (description is not null && description != (row.Description ?? string.Empty))
            {
                row.Description = description.Length == 0 ? null : description;
                Append(context, row, actor, CaseEventKind.Described, row.Description, now);
            }

            if (edit.Status is { } next && next != row.Status)
            {
                Append(context, row, actor, CaseEventKind.Status, $"{Wire.Name(row.Status)} → {Wire.Name(next)}", now);
                row.Status = next;
            }

            return Task.CompletedTask;
        });
    }

    /// <summary>Adds and removes assignees; adding one already there or removing one who is not is no change.</summary>
    public Task<CaseRow> AssignAsync(
        long caseId,
        IReadOnlyCollection<string> add,
        IReadOnlyCollection<string> remove,
        string actor,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(add);
        ArgumentNullException.ThrowIfNull(remove);
        var adding = add.Select(Name).Distinct(StringComparer.Ordinal).ToList();
        var removing = remove.Select(Name).Distinct(StringComparer.Ordinal).ToList();
        return ChangeAsync(caseId, actor, cancellationToken, async (context, row, now) =>
        {
            var current = await context.CaseAssignees.Where(a => a.CaseId == row.Id).ToListAsync(cancellationToken);
            foreach (var gone in current.Where(a => removing.Contains(a.Assignee) && !adding.Contains(a.Assignee)))
            {
                context.CaseAssignees.Remove(gone);
                Append(context, row, actor, CaseEventKind.Unassigned, gone.Assignee, now);
            }

            foreach (var name in adding.Where(n => current.All(a => a.Assignee != n)))
            {
                context.CaseAssignees.Add(new CaseAssigneeRow { CaseId = row.Id, Assignee = name, AddedAt = now });
                Append(context, row, actor, CaseEventKind.Assigned, name, now);
            }
        });
    }

    /// <summary>Adds a note to the case's history.</summary>
    public Task<CaseRow> NoteAsync(long caseId, string text, string actor, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("A note needs some text.", nameof(text));
        }

        var note = Bounded(text.Trim(), MaxText, "note");
        return ChangeAsync(caseId, actor, cancellationToken, (context, row, now) =>
        {
            Append(context, row, actor, CaseEventKind.Note, note, now);
            return Task.CompletedTask;
        });
    }

    /// <summary>The case, or null when there is none.</summary>
    public async Task<CaseRow?> FindAsync(long caseId, CancellationToken cancellationToken)
    {
        await using var context = connection.CreateContext();
        return await context.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
    }

    // One change of a case: read it, change it and append its entries in one transaction, note the time. A change
    // that appends nothing leaves the case as it was (its UpdatedAt too).
    private async Task<CaseRow> ChangeAsync(
        long caseId,
        string actor,
        CancellationToken cancellationToken,
        Func<QingdanDbContext, CaseRow, DateTime, Task> change)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        await using var context = connection.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var row = await context.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken)
            ?? throw new KeyNotFoundException($"There is no case k_{caseId}.");
        var now = Now();
        await change(context, row, now);
        if (context.ChangeTracker.Entries<CaseEventRow>().Any(e => e.State == EntityState.Added))
        {
            row.UpdatedAt = now;
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return row;
    }

    private static void Append(
        QingdanDbContext context,
        CaseRow row,
        string actor,
        CaseEventKind kind,
        string? text,
        DateTime at,
        long? finding = null,
        string? entity = null) =>
        context.CaseEvents.Add(new CaseEventRow
        {
            CaseId = row.Id,
            At = at,
            Actor = actor,
            Kind = kind,
            Text = text,
            FindingId = finding,
            EntityId = entity
        });

    private DateTime Now() => time.GetUtcNow().UtcDateTime;

    private static string Title(string? title) => string.IsNullOrWhiteSpace(title)
        ? throw new ArgumentException("A case needs a title.", nameof(title))
        : Bounded(title.Trim(), MaxTitle, "title");

    private static string? Description(string? description) =>
        string.IsNullOrWhiteSpace(description) ? null : Bounded(description.Trim(), MaxText, "description");

    private static string Name(string name) => string.IsNullOrWhiteSpace(name)
        ? throw new ArgumentException("An assignee needs a name.", nameof(name))
        : Bounded(name.Trim(), MaxName, "assignee");

    /// <summary>A person, company or agency id (<c>p_12</c>, <c>c_7</c>, <c>a_3</c>) as written; anything else is refused.</summary>
    public static string Entity(string id) =>
        EntityId.TryParse(id?.Trim(), out var entity) && entity.Value.Kind is NodeKind.Person or NodeKind.Company or NodeKind.Agency
            ? entity.Value.ToString()
            : throw new ArgumentException($"'{id}' is not a person, company or agency id (p_12, c_7, a_3).", nameof(id));

    private static string Bounded(string text, int max, string what) => text.Length > max
        ? throw new ArgumentException($"The {what} is {text.Length:N0} characters; at most {max:N0} are accepted.", what)
        : text;
}
