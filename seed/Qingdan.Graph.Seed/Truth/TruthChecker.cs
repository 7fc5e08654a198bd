using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Seed.World;

namespace Qingdan.Graph.Seed.Truth;

/// <summary>
/// The independent reference for RULES.md: a direct, unoptimised reading of each clause over the
/// seed world (every fact any registry states). It shares no code with the rules in
/// Qingdan.Graph.Core, so that a differential test between the two can catch either one's mistakes.
/// </summary>
internal sealed class TruthChecker
{
    private const double PrincipalShare = 0.25;
    private const double IndirectShare = 0.05;
    private const double Tolerance = 1e-9;
    private const int MaxChain = 6;
    private const int WindowDays = 730;
    private const double SalaryFactor = 2.0;
    private const int MinPeers = 5;

    private static readonly HashSet<FamilyRelation> InR =
    [
        FamilyRelation.Spouse, FamilyRelation.Child, FamilyRelation.ChildSpouse, FamilyRelation.Parent,
        FamilyRelation.Sibling, FamilyRelation.ParentInLaw, FamilyRelation.SiblingInLaw,
    ];

    private static readonly HashSet<CompanyRole> PrincipalRoles =
        [CompanyRole.LegalRepresentative, CompanyRole.Chair, CompanyRole.Director, CompanyRole.GeneralManager, CompanyRole.SeniorManager];

    private static readonly HashSet<CompanyRole> SideRoles
        = [CompanyRole.LegalRepresentative, CompanyRole.Chair, CompanyRole.GeneralManager];

    private static readonly HashSet<CompanyRole> SeniorRoles =
        [CompanyRole.LegalRepresentative, CompanyRole.Chair, CompanyRole.Director, CompanyRole.Supervisor, CompanyRole.GeneralManager, CompanyRole.SeniorManager];

    private readonly SeedWorld _world;
    private readonly Dictionary<int, List<Span>> _tenure = [];
    private readonly Dictionary<int, List<(int Other, FamilyRelation Relation, Span Valid)>> _family = [];
    private readonly Dictionary<(int Node, bool IsCompany), List<(int Company, double Share, Span Valid)>> _ownsOut = [];
    private readonly Dictionary<int, List<(int Holder, bool HolderIsCompany, double Share, Span Valid)>> _ownsIn = [];
    private readonly Dictionary<int, List<SeedRole>> _rolesByPerson = [];
    private readonly Dictionary<int, List<SeedRole>> _rolesByCompany = [];
    private readonly Dictionary<int, List<SeedTransaction>> _transactionsByPerson = [];
    private readonly Dictionary<int, List<(int Person, string Relation, Span Valid)>> _related = [];
    private readonly Dictionary<(CompanyRole, string), double> _medians = [];
    private readonly Dictionary<(int, TruthKey), HashSet<string>> _findings = [];

    public TruthChecker(SeedWorld world)
    {
        _world = world;
        foreach (var position in world.Positions)
        {
            Add(_tenure, position.Person, Span.Of(position.Start, position.End));
        }

        foreach (var link in world.Family.Where(f => InR.Contains(f.Relation)).Distinct())
        {
            var valid = Span.Of(link.Start, link.End);
            Add(_family, link.Person, (link.Relative, link.Relation, valid));
            Add(_family, link.Relative, (link.Person, Inverse(link.Relation), valid));
        }

        // Two identical stakes are one link (RULES "Effective ownership").
        foreach (var share in world.Shares.Distinct())
        {
            var valid = Span.Of(share.Start, share.End);
            Add(_ownsOut, (share.Holder, share.HolderIsCompany), (share.Company, share.Share, valid));
            Add(_ownsIn, share.Company, (share.Holder, share.HolderIsCompany, share.Share, valid));
        }

        foreach (var role in world.Roles)
        {
            Add(_rolesByPerson, role.Person, role);
            Add(_rolesByCompany, role.Company, role);
        }

        foreach (var transaction in world.Transactions)
        {
            if (!transaction.FromIsCompany)
            {
                Add(_transactionsByPerson, transaction.From, transaction);
            }

            if (!transaction.ToIsCompany && (transaction.FromIsCompany || transaction.To != transaction.From))
            {
                Add(_transactionsByPerson, transaction.To, transaction);
            }
        }

        foreach (var group in world.Roles.Where(r => r.Salary is > 0).GroupBy(r => (r.Role, Section(world.Companies[r.Company].Industry))))
        {
            var salaries = group.Select(r => r.Salary!.Value).Order().ToList();
            if (salaries.Count >= MinPeers)
            {
                var middle = salaries.Count / 2;
                _medians[group.Key] = (double)(salaries.Count % 2 == 1 ? salaries[middle] : (salaries[middle - 1] + salaries[middle]) / 2m);
            }
        }

        foreach (var official in _tenure.Keys)
        {
            foreach (var (person, relation, valid) in RelatedPersons(official))
            {
                Add(_related, person, (official, relation, valid));
            }
        }
    }

    private readonly record struct TruthKey(string Rule, int Company);

    /// <summary>Every finding of NL3, NL4, NL5 and NL9 with default parameters.</summary>
    public IReadOnlyList<TruthFinding> Check()
    {
        Nl3();
        Nl4();
        Nl5();
        Nl9();
        return _findings
            .Select(pair => new TruthFinding(pair.Key.Item2.Rule, pair.Key.Item1, pair.Key.Item2.Company, pair.Value))
            .OrderBy(f => f.Rule, StringComparer.Ordinal).ThenBy(f => f.Official).ThenBy(f => f.Company)
            .ToList();
    }

    /// <summary>R(o): the official, stated and inverse family, the derived in-law relations, and specific related persons.</summary>
    public List<(int Person, string Relation, Span Valid)> RelatedPersons(int official)
    {
        var result = new List<(int, string, Span)> { (official, "self", Span.Always) };
        var direct = _family.GetValueOrDefault(official) ?? [];
        result.AddRange(direct.Select(d => (d.Other, Wire.Name(d.Relation), d.Valid)));
        foreach (var (child, relation, childValid) in direct.Where(d => d.Relation == FamilyRelation.Child))
        {
            foreach (var (spouse, _, marriage) in Of(child, FamilyRelation.Spouse))
            {
                AddDerived(result, spouse, "child_spouse", childValid, marriage);
            }
        }

        foreach (var (spouse, _, marriage) in direct.Where(d => d.Relation == FamilyRelation.Spouse))
        {
            foreach (var (parent, _, valid) in Of(spouse, FamilyRelation.Parent))
            {
                AddDerived(result, parent, "parent_in_law", marriage, valid);
            }

            foreach (var (sibling, _, valid) in Of(spouse, FamilyRelation.Sibling))
            {
                AddDerived(result, sibling, "sibling_in_law", marriage, valid);
            }
        }

        foreach (var (sibling, _, valid) in direct.Where(d => d.Relation == FamilyRelation.Sibling))
        {
            foreach (var (spouse, _, marriage) in Of(sibling, FamilyRelation.Spouse))
            {
                AddDerived(result, spouse, "sibling_in_law", valid, marriage);
            }
        }

        foreach (var associate in _world.Associates
            .Where(a => a.Kind == AssociateKind.SpecificRelated && (a.Person == official || a.Other == official)))
        {
            result.Add((associate.Person == official
                ? associate.Other
                : associate.Person, "specific_related", Span.Of(associate.Start, associate.End)));
        }

        return result.Where(r => r.Item1 != official || r.Item2 == "self").ToList();

        void AddDerived(List<(int, string, Span)> list, int person, string relation, Span a, Span b)
        {
            if (a.Intersect(b) is { } both)
            {
                list.Add((person, relation, both));
            }
        }
    }

    /// <summary>E(x, c, t) for every company c reachable from x: the sum over simple ownership paths of at most six links valid at t of the
    /// product of shares.</summary>
    public Dictionary<int, double> Effective(int start, bool startIsCompany, int day)
    {
        var totals = new Dictionary<int, double>();
        var onPath = new HashSet<int>();
        if (startIsCompany)
        {
            onPath.Add(start);
        }

        Walk(start, startIsCompany, 1.0, 0);
        return totals;

        void Walk(int node, bool isCompany, double product, int depth)
        {
            if (depth == MaxChain)
            {
                return;
            }

            foreach (var (company, share, valid) in _ownsOut.GetValueOrDefault((node, isCompany)) ?? [])
            {
                if (!valid.Contains(day) || onPath.Contains(company))
                {
                    continue;
                }

                var value = product * share;
                totals[company] = totals.GetValueOrDefault(company) + value;
                onPath.Add(company);
                Walk(company, true, value, depth + 1);
                onPath.Remove(company);
            }
        }
    }

    /// <summary>E(p, c, t) for every person p owning into c: the same sum, walked from c up to its owners.</summary>
    private Dictionary<int, double> PersonOwners(int company, int day)
    {
        var totals = new Dictionary<int, double>();
        var onPath = new HashSet<int> { company };
        Walk(company, 1.0, 0);
        return totals;

        void Walk(int node, double product, int depth)
        {
            if (depth == MaxChain)
            {
                return;
            }

            foreach (var (holder, holderIsCompany, share, valid) in _ownsIn.GetValueOrDefault(node) ?? [])
            {
                if (!valid.Contains(day))
                {
                    continue;
                }

                var value = product * share;
                if (!holderIsCompany)
                {
                    totals[holder] = totals.GetValueOrDefault(holder) + value;
                }
                else if (!onPath.Contains(holder))
                {
                    onPath.Add(holder);
                    Walk(holder, value, depth + 1);
                    onPath.Remove(holder);
                }
            }
        }
    }

    /// <summary>P(c, t).</summary>
    private HashSet<int> Principals(int company, int day)
    {
        var principals = (_rolesByCompany.GetValueOrDefault(company) ?? [])
            .Where(r => PrincipalRoles.Contains(r.Role) && Span.Of(r.Start, r.End).Contains(day))
            .Select(r => r.Person)
            .ToHashSet();
        principals.UnionWith(PersonOwners(company, day).Where(p => p.Value >= PrincipalShare - Tolerance).Select(p => p.Key));
        return principals;
    }

    /// <summary>The companies c with the person in P(c, t).</summary>
    private HashSet<int> PrincipalOf(int person, int day)
    {
        var companies = (_rolesByPerson.GetValueOrDefault(person) ?? [])
            .Where(r => PrincipalRoles.Contains(r.Role) && Span.Of(r.Start, r.End).Contains(day))
            .Select(r => r.Company)
            .ToHashSet();
        companies.UnionWith(Effective(person, false, day).Where(e => e.Value >= PrincipalShare - Tolerance).Select(e => e.Key));
        return companies;
    }

    /// <summary>The companies of S(r, t) (r itself is the other member).</summary>
    private HashSet<int> SideCompanies(int person, int day)
    {
        var companies = Effective(person, false, day).Where(e => e.Value >= PrincipalShare - Tolerance).Select(e => e.Key).ToHashSet();
        companies.UnionWith((_rolesByPerson.GetValueOrDefault(person) ?? [])
            .Where(r => SideRoles.Contains(r.Role) && Span.Of(r.Start, r.End).Contains(day))
            .Select(r => r.Company));
        return companies;
    }

    private bool InJurisdiction(int official, int company, int day)
    {
        var target = _world.Companies[company];
        return _world.Positions.Where(p => p.Person == official && Span.Of(p.Start, p.End).Contains(day)).Any(p =>
        {
            var agency = _world.Agencies[p.Agency];
            return InsideRegion(agency.RegionCode, target.RegionCode)
                && (agency.Sectors.Count == 0 || agency.Sectors.Any(s => target.Industry.StartsWith(s, StringComparison.Ordinal)));
        });
    }

    /// <summary>RULES "Jurisdiction" (i): strip trailing "00" pairs from the agency's code and compare prefixes.</summary>
    private static bool InsideRegion(string agencyRegion, string companyRegion)
    {
        var prefix = agencyRegion;
        while (prefix.Length > 2 && prefix.EndsWith("00", StringComparison.Ordinal))
        {
            prefix = prefix[..^2];
        }

        return companyRegion.StartsWith(prefix, StringComparison.Ordinal);
    }

    private bool InTenure(int official, int day) => _tenure[official].Any(s => s.Contains(day));

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

    private void Find(string rule, int official, int company, string variant)
    {
        var key = (official, new TruthKey(rule, company));
        if (!_findings.TryGetValue(key, out var variants))
        {
            _findings[key] = variants = new HashSet<string>(StringComparer.Ordinal);
        }

        variants.Add(variant);
    }

    private IEnumerable<(int Other, FamilyRelation Relation, Span Valid)> Of(int person, FamilyRelation relation) =>
        (_family.GetValueOrDefault(person) ?? []).Where(d => d.Relation == relation);

    private static FamilyRelation Inverse(FamilyRelation relation) => relation switch
    {
        FamilyRelation.Child => FamilyRelation.Parent,
        FamilyRelation.Parent => FamilyRelation.Child,
        FamilyRelation.ChildSpouse => FamilyRelation.ParentInLaw,
        FamilyRelation.ParentInLaw => FamilyRelation.ChildSpouse,
        _ => relation,
    };

    private static string Section(string industry) => industry.Length == 0 ? string.Empty : industry[..1];

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }
}
