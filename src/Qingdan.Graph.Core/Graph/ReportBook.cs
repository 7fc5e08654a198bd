using System.Collections.Frozen;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Graph;

/// <summary>
/// The personal-matters reports of a snapshot, beside (not inside) the traversal arrays: by official and
/// by id. Keyed by entity ids, not node indexes, so a patched snapshot can keep the reports it did not touch.
/// </summary>
public sealed class ReportBook
{
    private readonly FrozenDictionary<EntityId, PersonalReport[]> _byPerson;
    private readonly FrozenDictionary<long, PersonalReport> _byId;

    public ReportBook(IEnumerable<PersonalReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        All = [.. reports.OrderBy(r => r.Id)];
        _byId = All.ToFrozenDictionary(r => r.Id);
        _byPerson = All.GroupBy(r => r.Person)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(r => r.ReportDate).ThenBy(r => r.Id).ToArray());
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
}
