using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Seed.World;

namespace Qingdan.Graph.Seed.Truth;

/// <summary>
/// The independent reference for RULES.md: a direct, unoptimised reading of each clause over the
/// seed world (every fact any registry states). It shares no code with the rules in
/// Qingdan.Graph.Core, so that a differential test between the two can catch either one's mistakes.
/// </summary>
internal sealed partial class TruthChecker
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

    /// <summary>Every finding of NL3, NL4, NL5, NL9 and REP with default parameters.</summary>
    public IReadOnlyList<TruthFinding> Check()
    {
        Nl3();
        Nl4();
        Nl5();
        Nl9();
        Rep();
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
