using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Seed.World;

namespace Qingdan.Graph.Seed.Truth;

/// <summary>The clauses read one by one: NL3, NL4, NL5 and NL9 over the seed world, as RULES.md words them.</summary>
internal sealed partial class TruthChecker
{
    private void Nl3()
    {
        var kinds = new Dictionary<TransactionKind, string>
        {
            [TransactionKind.Loan] = "loan",
            [TransactionKind.Fundraising] = "loan",
            [TransactionKind.ConsultingFee] = "fee",
            [TransactionKind.IntermediaryFee] = "fee",
            [TransactionKind.AssetUse] = "asset_use",
        };
        foreach (var x in _world.Transactions.Where(x => kinds.ContainsKey(x.Kind) && !x.ToIsCompany))
        {
            var day = x.Date.DayNumber;
            var payers = x.FromIsCompany ? [x.From] : PrincipalOf(x.From, day);
            foreach (var (official, _, valid) in _related.GetValueOrDefault(x.To) ?? [])
            {
                if (!valid.Contains(day) || !InTenure(official, day))
                {
                    continue;
                }

                var side = SideCompanies(x.To, day);
                foreach (var company in payers.Where(c => !side.Contains(c)))
                {
                    if (x.Kind == TransactionKind.Loan && _world.Companies[company].Industry.StartsWith('J'))
                    {
                        continue;
                    }

                    Find("NL3", official, company, kinds[x.Kind]);
                }
            }
        }
    }

    private void Nl4()
    {
        foreach (var x in _world.Transactions
            .Where(x => x.Kind is TransactionKind.Contract or TransactionKind.Payment or TransactionKind.Gift))
        {
            var day = x.Date.DayNumber;
            foreach (var (y, yIsCompany, z, zIsCompany, toY) in new[] {
                (x.From, x.FromIsCompany, x.To, x.ToIsCompany, false),
                (x.To, x.ToIsCompany, x.From, x.FromIsCompany, true) })
            {
                // The relatives r with y in S(r, t): y itself, or the owners and officers that put y in their side.
                var candidates = yIsCompany
                    ? PersonOwners(y, day).Keys.Concat((_rolesByCompany.GetValueOrDefault(y) ?? []).Select(r => r.Person)).Distinct()
                    : [y];
                foreach (var r in candidates)
                {
                    var side = SideCompanies(r, day);
                    if (yIsCompany && !side.Contains(y))
                    {
                        continue;
                    }

                    if ((!zIsCompany && z == r) || (zIsCompany && side.Contains(z)))
                    {
                        continue;
                    }

                    var companies = zIsCompany ? [z] : PrincipalOf(z, day);
                    foreach (var (official, _, valid) in _related.GetValueOrDefault(r) ?? [])
                    {
                        if (!valid.Contains(day) || !InTenure(official, day))
                        {
                            continue;
                        }

                        foreach (var company in companies.Where(c => !side.Contains(c) && InJurisdiction(official, c, day)))
                        {
                            var benefit = toY && x.Kind is TransactionKind.Payment or TransactionKind.Gift;
                            Find("NL4", official, company, benefit ? "benefit" : "business");
                        }
                    }
                }
            }
        }
    }

    private void Nl5()
    {
        foreach (var official in _tenure.Keys)
        {
            var tenure = _tenure[official];
            foreach (var group in RelatedPersons(official).GroupBy(r => r.Person))
            {
                var person = group.Key;
                var relations = group.Select(g => g.Valid).ToList();

                // Shares: check the start day of every interval that could begin an overlap.
                var links = ReachableShares(person);
                foreach (var day in tenure.Select(s => s.Start).Concat(relations.Select(s => s.Start))
                    .Concat(links.Select(l => l.Valid.Start))
                    .Distinct())
                {
                    if (!tenure.Any(s => s.Contains(day)) || !relations.Any(s => s.Contains(day)))
                    {
                        continue;
                    }

                    var effective = Effective(person, false, day);
                    foreach (var company in links.Select(l => l.Company).Distinct())
                    {
                        if (_world.Companies[company].Listed)
                        {
                            continue;
                        }

                        var direct = (_ownsOut.GetValueOrDefault((person, false)) ?? []).Any(
                            o => o.Company == company && o.Valid.Contains(day));
                        if (direct || effective.GetValueOrDefault(company) >= IndirectShare - Tolerance)
                        {
                            Find("NL5", official, company, "shares");
                        }
                    }
                }

                foreach (var role in _rolesByPerson.GetValueOrDefault(person) ?? [])
                {
                    var valid = Span.Of(role.Start, role.End);
                    var overlaps = tenure.Any(t => relations.Any(r => t.Intersect(r) is { } both && both.Intersect(valid) is not null));
                    if (overlaps && Suspicious(role))
                    {
                        Find("NL5", official, role.Company, "employment");
                    }
                }
            }
        }
    }

    private bool Suspicious(SeedRole role)
    {
        if (SeniorRoles.Contains(role.Role) || role.Role == CompanyRole.Consultant || role.Nominal)
        {
            return true;
        }

        return role.Salary is > 0 && _medians.TryGetValue((role.Role, Section(_world.Companies[role.Company].Industry)), out var median)
            && (double)role.Salary.Value > SalaryFactor * median;
    }

    private List<(int Company, Span Valid)> ReachableShares(int person)
    {
        var result = new List<(int, Span)>();
        var seen = new HashSet<int>();
        var frontier = new List<(int Node, bool IsCompany)> { (person, false) };
        for (var depth = 0; depth < MaxChain && frontier.Count > 0; depth++)
        {
            var next = new List<(int, bool)>();
            foreach (var node in frontier)
            {
                foreach (var (company, _, valid) in _ownsOut.GetValueOrDefault(node) ?? [])
                {
                    result.Add((company, valid));
                    if (seen.Add(company))
                    {
                        next.Add((company, true));
                    }
                }
            }

            frontier = next;
        }

        return result;
    }

    private void Nl9()
    {
        foreach (var decision in _world.Decisions.Where(d => DecisionKinds.InScopeOfNl9.Contains(d.Kind)))
        {
            var day = decision.Decided.DayNumber;
            var company = decision.Beneficiary;
            foreach (var official in decision.Officials.Select(o => o.Person).Distinct().Where(_tenure.ContainsKey))
            {
                foreach (var (person, _, valid) in RelatedPersons(official))
                {
                    if (!valid.Contains(day))
                    {
                        continue;
                    }

                    if ((_rolesByPerson.GetValueOrDefault(person) ?? []).Any(
                        r => r.Company == company && Span.Of(r.Start, r.End).Contains(day)))
                    {
                        Find("NL9", official, company, "role");
                    }

                    if ((_ownsOut.GetValueOrDefault((person, false)) ?? []).Any(o => o.Company == company && o.Valid.Contains(day))
                        || Effective(person, false, day).GetValueOrDefault(company) >= IndirectShare - Tolerance)
                    {
                        Find("NL9", official, company, "ownership");
                    }

                    foreach (var x in _transactionsByPerson.GetValueOrDefault(person) ?? [])
                    {
                        if (Math.Abs(x.Date.DayNumber - day) > WindowDays)
                        {
                            continue;
                        }

                        var (other, otherIsCompany) = !x.FromIsCompany && x.From == person
                            ? (x.To, x.ToIsCompany)
                            : (x.From, x.FromIsCompany);
                        if ((otherIsCompany && other == company)
                            || (!otherIsCompany && Principals(company, x.Date.DayNumber).Contains(other)))
                        {
                            Find("NL9", official, company, "transaction");
                        }
                    }
                }
            }
        }
    }
}
