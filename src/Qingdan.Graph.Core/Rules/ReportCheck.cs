using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Rules;

/// <summary>
/// A personal-matters report beside what the registries show on its day (RULES.md "REP"): the people it must cover, each
/// covered person's interests it must declare, and whether each of its items is borne out. The rule engine asks the same
/// questions of every report (<c>OfficialScan.Rep</c>); this answers them for one, to show an investigator the differences.
/// </summary>
public static class ReportCheck
{
    /// <summary>The relations a report must cover: the official and the spouse, children and children's spouses.</summary>
    public static IReadOnlySet<string> CoveredRelations { get; } =
        new HashSet<string>(StringComparer.Ordinal) { "self", "spouse", "child", "child_spouse" };

    /// <summary>Roles a report must declare as a post (经商办企业: senior posts; not an employee's or a consultant's).</summary>
    public static IReadOnlySet<CompanyRole> DeclaredRoles => RuleSets.SeniorRoles;

    /// <summary>An Ownership (any share) or a declared Role valid on the day: an interest the report must declare.</summary>
    public static bool MustDeclare(GraphSnapshot graph, int link, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return MustDeclare(graph, link, day.DayNumber);
    }

    internal static bool MustDeclare(GraphSnapshot graph, int link, int day) =>
        graph.ValidAt(link, day) && graph.LinkKindOf(link) switch
        {
            LinkKind.Ownership => true,
            LinkKind.Role => graph.DetailOf(link) != GraphSnapshot.NoDetail && DeclaredRoles.Contains((CompanyRole)graph.DetailOf(link)),
            _ => false,
        };

    /// <summary>The report against the graph on its day; empty when its official is not in the graph.</summary>
    public static ReportComparison Compare(GraphSnapshot graph, PersonalReport report)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(report);
        var official = graph.IndexOf(report.Person);
        if (official < 0)
        {
            return new ReportComparison([], [], [.. report.Items.Select(i => new ReportItemCheck(i, Shown: false))]);
        }

        var day = report.ReportDate;
        var listed = report.Items.Where(i => i.Kind == ReportItemKind.Relative).Select(i => i.Person).ToHashSet();
        var declared = report.Items.Where(i => i.Company is not null).Select(i => (i.Person, i.Company!.Value)).ToHashSet();
        var covered = new List<CoveredPerson>();
        foreach (var related in graph.RelatedPersons(official))
        {
            if (CoveredRelations.Contains(related.Relation) && related.ValidOn(day) && covered.TrueForAll(c => c.Node != related.Node))
            {
                covered.Add(new CoveredPerson(related.Node, related.Relation, related.Node == official || listed.Contains(graph.IdOf(related.Node))));
            }
        }

        var interests = new List<ReportInterest>();
        var shown = new HashSet<(EntityId, EntityId)>();
        foreach (var person in covered)
        {
            foreach (var link in graph.LinksFrom(person.Node))
            {
                if (MustDeclare(graph, link, day))
                {
                    var key = (graph.IdOf(person.Node), graph.IdOf(graph.ToOf(link)));
                    shown.Add(key);
                    interests.Add(new ReportInterest(person.Node, person.Relation, graph.ToOf(link), link, declared.Contains(key)));
                }
            }
        }

        var coveredIds = covered.Select(c => graph.IdOf(c.Node)).ToHashSet();
        var items = report.Items.Select(item => new ReportItemCheck(
            item,
            item.Company is { } company ? shown.Contains((item.Person, company)) : coveredIds.Contains(item.Person))).ToList();
        return new ReportComparison(covered, interests, items);
    }
}

/// <summary>What a report is compared with: the people it must cover, their interests, and its own items borne out or not.</summary>
public sealed record ReportComparison(
    IReadOnlyList<CoveredPerson> Covered,
    IReadOnlyList<ReportInterest> Interests,
    IReadOnlyList<ReportItemCheck> Items);

/// <summary>A person the report must cover on its day (the official, a spouse, child or child's spouse), and whether it lists them
/// (the official always).</summary>
public sealed record CoveredPerson(int Node, string Relation, bool Listed);

/// <summary>An interest of a covered person the registries show on the report's day (the link), and whether the report declares
/// it, as either kind.</summary>
public sealed record ReportInterest(int Person, string Relation, int Company, int Link, bool Declared);

/// <summary>An item of the report and whether the registries bear it out on its day: a listed relative is a covered relative
/// then; a holding or post, an interest the registries show then (as either kind).</summary>
public sealed record ReportItemCheck(PersonalReportItem Item, bool Shown);
