using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Rules;

// REP: a personal-matters report that leaves out a business of the official, the spouse, a child or a
// child's spouse on the day the report describes (docs/rules.md "REP").
internal sealed partial class OfficialScan
{
    private void Rep()
    {
        foreach (var report in _graph.Reports.Of(_graph.IdOf(_official)))
        {
            var day = report.ReportDate.DayNumber;
            var declared = new HashSet<(EntityId Person, EntityId Company)>();
            var listed = new HashSet<EntityId>();
            foreach (var item in report.Items)
            {
                if (item.Kind == ReportItemKind.Relative)
                {
                    listed.Add(item.Person);
                }
                else if (item.Company is { } company)
                {
                    declared.Add((item.Person, company));
                }
            }

            foreach (var (person, relations) in _related)
            {
                if (ReportedRelationAt(relations, day) is not { } relation)
                {
                    continue;
                }

                var personId = _graph.IdOf(person);
                foreach (var link in _graph.Outgoing(person))
                {
                    if (!ReportCheck.MustDeclare(_graph, link, day) || declared.Contains((personId, _graph.IdOf(_graph.ToOf(link)))))
                    {
                        continue;
                    }

                    var variant = person != _official && !listed.Contains(personId) ? "undeclared_relative" : "undeclared_interest";
                    var draft = Draft(RuleId.REP, _graph.ToOf(link));
                    draft.Add(variant, person, relation.Name);
                    draft.Report(report.Id);
                    RepReasons(draft, link, variant);
                    draft.Evidence(Path($"{relation.Name}+undeclared", day, [.. relation.Links, link]) with
                    {
                        Report = report.Id,
                        ReportSource = report.Source,
                    });
                }
            }
        }
    }

    /// <summary>The weight of what was left out: a relative the report does not list, a senior post, a stake of at least
    /// principal_share.</summary>
    private void RepReasons(FindingDraft draft, int link, string variant)
    {
        if (variant == "undeclared_relative")
        {
            draft.Reason(SeverityTable.RelativeLeftOut);
        }

        if (_graph.LinkKindOf(link) == LinkKind.Role)
        {
            draft.Reason(SeverityTable.SeniorPost);
        }
        else if (_graph.FactOf(link).Share >= _parameters.PrincipalShare - RuleParameters.Tolerance)
        {
            draft.Reason(SeverityTable.ControllingStake);
        }
    }

    /// <summary>The first relation valid on the day among those a report must cover (self, spouse, child, child's spouse).</summary>
    private static Relation? ReportedRelationAt(List<Relation> relations, int day)
    {
        foreach (var relation in relations)
        {
            if (ReportCheck.CoveredRelations.Contains(relation.Name) && relation.ValidAt(day))
            {
                return relation;
            }
        }

        return null;
    }
}
