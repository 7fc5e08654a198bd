using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Rules;

// NL5 (item 5): a relative's shares in an unlisted company, or a suspicious post at a company.
internal sealed partial class OfficialScan
{
    // NL5 shares: on the start day of some overlap of tenure, relation and holdings, a direct stake
    // in a non-listed company, or effective ownership of at least indirect_share.
    private void Nl5Shares()
    {
        foreach (var (person, relations) in _related)
        {
            var reachable = ReachableOwnership(person);
            if (reachable.Count == 0)
            {
                continue;
            }

            var days = _posts.Select(p => p.Start)
                .Concat(relations.Select(r => r.Start))
                .Concat(reachable.Select(_graph.StartOf))
                .Distinct()
                .Order();
            var companies = reachable.Select(_graph.ToOf).Distinct().Where(c => !_graph.IsListed(c)).ToList();
            foreach (var day in days)
            {
                if (!InTenure(day) || RelationAt(relations, day) is not { } relation)
                {
                    continue;
                }

                var effective = Effective(person, day);
                foreach (var company in companies)
                {
                    var direct = DirectHoldings(person, company, day);
                    var share = effective.GetValueOrDefault(company);
                    if (direct.Count == 0 && share < _parameters.IndirectShare - RuleParameters.Tolerance)
                    {
                        continue;
                    }

                    var draft = Draft(RuleId.NL5, company);
                    draft.Add("shares", person, relation.Name);
                    if (direct.Count > 0)
                    {
                        draft.Reason(SeverityTable.DirectStake);
                    }

                    if (share >= _parameters.PrincipalShare - RuleParameters.Tolerance)
                    {
                        draft.Reason(SeverityTable.ControllingStake);
                    }

                    foreach (var chain in HoldingLinks(person, company, day, direct))
                    {
                        draft.Evidence(Path($"{relation.Name}+shares", day, [.. relation.Links, .. chain]));
                    }
                }
            }
        }
    }

    // NL5 employment: a Role of r at any company overlapping tenure and a relation, when the post is
    // senior, a paid concurrent post, nominal, or paid above salary_factor times the peers' median.
    private void Nl5Employment()
    {
        foreach (var (person, relations) in _related)
        {
            foreach (var role in _graph.Outgoing(person))
            {
                if (_graph.LinkKindOf(role) != LinkKind.Role || Suspicion(role) is not { } reason)
                {
                    continue;
                }

                foreach (var relation in relations)
                {
                    if (FirstCommonDay(relation, role) is not { } day)
                    {
                        continue;
                    }

                    var draft = Draft(RuleId.NL5, _graph.ToOf(role));
                    draft.Add("employment", person, relation.Name);
                    draft.Reason(reason);
                    draft.Evidence(Path($"{relation.Name}+employment", day, [.. relation.Links, role]));
                }
            }
        }
    }

    private string? Suspicion(int role)
    {
        if (_graph.DetailOf(role) == GraphSnapshot.NoDetail)
        {
            return null;
        }

        var kind = (CompanyRole)_graph.DetailOf(role);
        if (_graph.NominalOf(role) == true)
        {
            return SeverityTable.NominalPost;
        }

        if (RuleSets.SeniorRoles.Contains(kind))
        {
            return SeverityTable.SeniorPost;
        }

        if (kind == CompanyRole.Consultant)
        {
            return SeverityTable.PaidConcurrentPost;
        }

        var section = RuleEngine.SectionOf(_graph.IndustryOf(_graph.ToOf(role)));
        return _graph.MonthlySalaryOf(role) is { } salary && salary > 0 && _engine.TryMedian(_graph.DetailOf(role), section, out var median)
            && salary > (decimal)_parameters.SalaryFactor * median
            ? SeverityTable.PayAbovePeers
            : null;
    }

    /// <summary>The first day inside the tenure, the relation and the link, or null when they share none.</summary>
    private int? FirstCommonDay(Relation relation, int link)
    {
        int? first = null;
        foreach (var (start, end, _) in _posts)
        {
            var from = Math.Max(Math.Max(start, relation.Start), _graph.StartOf(link));
            var to = Math.Min(Math.Min(end, relation.End), _graph.EndOf(link));
            if (from <= to && (first is null || from < first))
            {
                first = from;
            }
        }

        return first;
    }
}
