using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Graph;

/// <summary>
/// The personal-matters reports of a snapshot, beside (not inside) the traversal arrays: by official and
/// by id. Keyed by entity ids, not node indexes, so a patched snapshot can keep the reports it did not touch.
/// </summary>
public sealed class ReportBook
{
    // Plain dictionaries: a patch builds the book again, and freezing would cost more than its reads save.
    private readonly Dictionary<EntityId, PersonalReport[]> _byPerson;
    private readonly Dictionary<long, PersonalReport> _byId;

    public ReportBook(IEnumerable<PersonalReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        All = [.. reports.OrderBy(r => r.Id)];
        _byId = All.ToDictionary(r => r.Id);
        _byPerson = All.GroupBy(r => r.Person)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.ReportDate).ThenBy(r => r.Id).ToArray());
        Items = All.Sum(r => r.Items.Count);
    }

    /// <summary>No reports.</summary>
    public static ReportBook Empty { get; } = new([]);

    /// <summary>Every report, by id.</summary>
    public IReadOnlyList<PersonalReport> All { get; }

    public int Count => All.Count;

    /// <summary>Items over every report.</summary>
    public int Items { get; }

    /// <summary>The reports of a person, oldest report day first; empty for none.</summary>
    public IReadOnlyList<PersonalReport> Of(EntityId person) => _byPerson.TryGetValue(person, out var reports) ? reports : [];

    /// <summary>The report with the id, or null.</summary>
    public PersonalReport? Find(long id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// This book after a patch: the reports that name none of the <paramref name="touched"/> entities (official, an item's
    /// person or company; entity ids' values) are kept, the rest replaced by <paramref name="reloaded"/> — every report that
    /// names a touched entity now, as the store holds it.
    /// </summary>
    public ReportBook Patch(IReadOnlySet<long> touched, IEnumerable<PersonalReport> reloaded)
    {
        ArgumentNullException.ThrowIfNull(touched);
        ArgumentNullException.ThrowIfNull(reloaded);
        var fresh = reloaded.ToList();
        if (fresh.Count == 0 && !Naming(touched).Any())
        {
            return this;
        }

        var ids = fresh.Select(r => r.Id).ToHashSet();
        return new ReportBook(All.Where(r => !ids.Contains(r.Id) && !Names(r, touched)).Concat(fresh));
    }

    /// <summary>The reports that name one of the entities (entity ids' values): as official, or as an item's person or company.</summary>
    public IEnumerable<PersonalReport> Naming(IReadOnlySet<long> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        return All.Where(r => Names(r, entities));
    }

    private static bool Names(PersonalReport report, IReadOnlySet<long> entities)
    {
        if (entities.Contains(report.Person.Value))
        {
            return true;
        }

        foreach (var item in report.Items)
        {
            if (entities.Contains(item.Person.Value) || (item.Company is { } company && entities.Contains(company.Value)))
            {
                return true;
            }
        }

        return false;
    }
}
