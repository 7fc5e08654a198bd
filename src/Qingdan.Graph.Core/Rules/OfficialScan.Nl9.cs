using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Rules;

// NL9 (item 9): a decision the official took part in that benefits a company a relative is connected to.
internal sealed partial class OfficialScan
{
    // NL9: a decision in scope the official took part in, whose beneficiary c is connected on the
    // decision day to a related person by a role, a holding, or a transaction within the window.
    private void Nl9()
    {
        foreach (var participation in _graph.Outgoing(_official))
        {
            if (_graph.LinkKindOf(participation) != LinkKind.Participation
                || _graph.DecisionKindOf(_graph.ToOf(participation)) is not { } kind
                || !DecisionKinds.InScopeOfNl9.Contains(kind))
            {
                continue;
            }

            var node = _graph.ToOf(participation);
            var day = _graph.DecidedDayOf(node);
            foreach (var beneficiary in _graph.Outgoing(node))
            {
                if (_graph.LinkKindOf(beneficiary) != LinkKind.Beneficiary || _graph.KindOf(_graph.ToOf(beneficiary)) != NodeKind.Company)
                {
                    continue;
                }

                var company = _graph.ToOf(beneficiary);
                foreach (var (person, relations) in _related)
                {
                    if (RelationAt(relations, day) is { } relation)
                    {
                        Nl9Connections(node, [participation, beneficiary], company, person, relation, day);
                    }
                }
            }
        }
    }

    private void Nl9Connections(int node, int[] decisionPath, int company, int person, Relation relation, int day)
    {
        var found = new List<(string Variant, int[] Links)>();
        foreach (var role in _graph.Outgoing(person))
        {
            if (_graph.LinkKindOf(role) == LinkKind.Role && _graph.ToOf(role) == company && _graph.ValidAt(role, day))
            {
                found.Add(("role", [role]));
            }
        }

        var direct = DirectHoldings(person, company, day);
        if (direct.Count > 0 || Effective(person, day).GetValueOrDefault(company) >= _parameters.IndirectShare - RuleParameters.Tolerance)
        {
            found.AddRange(HoldingLinks(person, company, day, direct).Select(chain => ("ownership", chain)));
        }

        foreach (var x in Transactions(person))
        {
            var date = _graph.StartOf(x);
            if (date == Days.DistantPast || Math.Abs((long)date - day) > _parameters.WindowDays)
            {
                continue;
            }

            var other = _graph.FromOf(x) == person ? _graph.ToOf(x) : _graph.FromOf(x);
            if (other == company)
            {
                found.Add(("transaction", [x]));
            }
            else if (_graph.KindOf(other) == NodeKind.Person && Principals(company, date).Contains(other))
            {
                found.AddRange(PrincipalLinks(other, company, date).Select(tail => ("transaction", (int[])[x, .. tail])));
            }
        }

        if (found.Count == 0)
        {
            return;
        }

        var draft = Draft(RuleId.NL9, company);
        draft.Decision(node);
        draft.Amount(_graph.DecisionAmountOf(node));
        draft.DecisionPath(Path("decision", day, decisionPath));
        if (_graph.BiddersOf(node) == 1)
        {
            draft.Reason(SeverityTable.SingleBidder);
        }

        if (_graph.MethodOf(node) is ProcurementMethod.Direct or ProcurementMethod.Limited)
        {
            draft.Reason(SeverityTable.DirectOrLimitedMethod);
        }

        foreach (var (variant, links) in found)
        {
            draft.Add(variant, person, relation.Name);
            if (variant is "role" or "ownership")
            {
                draft.Reason(SeverityTable.StakeOrPostInBeneficiary);
            }
            else
            {
                draft.Transaction(links[0]);
            }

            draft.Evidence(Path($"{relation.Name}+{variant}", day, [.. relation.Links, .. links]));
        }
    }
}
