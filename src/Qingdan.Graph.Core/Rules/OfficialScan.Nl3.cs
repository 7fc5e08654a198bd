using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Rules;

// NL3 (RULES.md, negative-list item 3): borrowing, fees and the use of assets from a company or its principals.
internal sealed partial class OfficialScan
{
    // NL3: value flows to r from c, or from a principal of c; c not on r's side; no bank loans.
    private void Nl3()
    {
        foreach (var (person, relations) in _related)
        {
            foreach (var x in _graph.Incoming(person))
            {
                if (_graph.LinkKindOf(x) != LinkKind.Transaction || Nl3Variant(x) is not { } variant)
                {
                    continue;
                }

                var payer = _graph.FromOf(x);
                var day = _graph.StartOf(x);
                if (payer == person || !InTenure(day) || RelationAt(relations, day) is not { } relation)
                {
                    continue;
                }

                var companies = _graph.KindOf(payer) switch
                {
                    NodeKind.Company => [payer],
                    NodeKind.Person => PrincipalOf(payer, day),
                    _ => [],
                };
                var side = Side(person, day);
                foreach (var company in companies)
                {
                    if (side.Contains(company) || (variant == "loan" && (TransactionKind)_graph.DetailOf(x) == TransactionKind.Loan
                        && _graph.IsFinancialInstitution(company)))
                    {
                        continue;
                    }

                    var draft = Draft(RuleId.NL3, company);
                    draft.Add(variant, person, relation.Name);
                    draft.Transaction(x);
                    draft.Amount(_graph.AmountOf(x));
                    foreach (var tail in payer == company ? [[]] : PrincipalLinks(payer, company, day))
                    {
                        draft.Evidence(Path($"{relation.Name}+transaction", day, [.. relation.Links, x, .. tail]));
                    }
                }
            }
        }
    }

    private string? Nl3Variant(int x) => _graph.DetailOf(x) == GraphSnapshot.NoDetail ? null : (TransactionKind)_graph.DetailOf(x) switch
    {
        TransactionKind.Loan or TransactionKind.Fundraising => "loan",
        TransactionKind.ConsultingFee or TransactionKind.IntermediaryFee => "fee",
        TransactionKind.AssetUse => "asset_use",
        _ => null,
    };
}
