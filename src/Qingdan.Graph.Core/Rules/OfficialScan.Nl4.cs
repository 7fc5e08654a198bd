using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Rules;

// NL4 (item 4): business between a relative's side and a company in the official's jurisdiction.
internal sealed partial class OfficialScan
{
    // NL4: a party y on r's side trades with c in the official's jurisdiction, or with a principal of c.
    private void Nl4()
    {
        foreach (var (person, relations) in _related)
        {
            foreach (var party in SideCandidates(person))
            {
                foreach (var x in Transactions(party))
                {
                    var kind = (TransactionKind)_graph.DetailOf(x);
                    if (kind is not (TransactionKind.Contract or TransactionKind.Payment or TransactionKind.Gift))
                    {
                        continue;
                    }

                    var day = _graph.StartOf(x);
                    if (!InTenure(day) || RelationAt(relations, day) is not { } relation)
                    {
                        continue;
                    }

                    var side = Side(person, day);
                    var other = _graph.FromOf(x) == party ? _graph.ToOf(x) : _graph.FromOf(x);
                    if (!side.Contains(party) || other == person || side.Contains(other))
                    {
                        continue;
                    }

                    var companies = _graph.KindOf(other) switch
                    {
                        NodeKind.Company => [other],
                        NodeKind.Person => PrincipalOf(other, day),
                        _ => [],
                    };
                    var benefit = _graph.ToOf(x) == party && kind is TransactionKind.Payment or TransactionKind.Gift;
                    foreach (var company in companies)
                    {
                        var post = side.Contains(company) ? -1 : _graph.JurisdictionPost(_official, company, day);
                        if (post < 0)
                        {
                            continue;
                        }

                        var draft = Draft(RuleId.NL4, company);
                        draft.Add(benefit ? "benefit" : "business", person, relation.Name);
                        draft.Transaction(x);
                        draft.Post(post);
                        draft.Amount(_graph.AmountOf(x));
                        if (benefit)
                        {
                            draft.Reason(SeverityTable.Benefit);
                        }

                        foreach (var head in party == person ? [[]] : SideLinks(person, party, day))
                        {
                            foreach (var tail in other == company ? [[]] : PrincipalLinks(other, company, day))
                            {
                                draft.Evidence(Path($"{relation.Name}+side+transaction", day, [.. relation.Links, .. head, x, .. tail]));
                            }
                        }
                    }
                }
            }
        }
    }
}
