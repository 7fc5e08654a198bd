using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Seed.Truth;

/// <summary>REP as RULES.md words it, over the seed world's reports.</summary>
internal sealed partial class TruthChecker
{
    /// <summary>The relations a report must cover besides the official's own interests.</summary>
    private static readonly HashSet<string> ReportedRelations = new(StringComparer.Ordinal) { "spouse", "child", "child_spouse" };

    private void Rep()
    {
        var items = _world.ReportItems.ToLookup(i => i.Report);
        foreach (var report in _world.Reports.Where(r => _tenure.ContainsKey(r.Official)))
        {
            var official = report.Official;
            var day = report.ReportDate.DayNumber;
            var listed = items[report.Id].Where(i => i.Kind == ReportItemKind.Relative).Select(i => i.Person).ToHashSet();
            var declared = items[report.Id].Where(i => i.Kind is ReportItemKind.Holding or ReportItemKind.Post && i.Company is not null)
                .Select(i => (i.Person, i.Company!.Value))
                .ToHashSet();

            // r is o, or in R(o) through spouse, child or child_spouse (stated or derived) valid on the report's own day.
            var persons = RelatedPersons(official)
                .Where(r => (r.Relation == "self" || ReportedRelations.Contains(r.Relation)) && r.Valid.Contains(day))
                .Select(r => r.Person)
                .Distinct();
            foreach (var person in persons)
            {
                var stakes = (_ownsOut.GetValueOrDefault((person, false)) ?? []).Where(o => o.Valid.Contains(day)).Select(o => o.Company);
                var posts = (_rolesByPerson.GetValueOrDefault(person) ?? [])
                    .Where(r => SeniorRoles.Contains(r.Role) && Span.Of(r.Start, r.End).Contains(day))
                    .Select(r => r.Company);
                foreach (var company in stakes.Concat(posts).Where(c => !declared.Contains((person, c))))
                {
                    Find("REP", official, company, person != official && !listed.Contains(person)
                        ? "undeclared_relative"
                        : "undeclared_interest");
                }
            }
        }
    }
}
