using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Core.Rules;

namespace Qingdan.Graph.Core.Graph;

public sealed partial class GraphSnapshot
{
    /// <summary>The roles that make a principal of a company (RULES "Principals").</summary>
    internal static readonly HashSet<CompanyRole> PrincipalRoles =
        [CompanyRole.LegalRepresentative, CompanyRole.Chair, CompanyRole.Director, CompanyRole.GeneralManager, CompanyRole.SeniorManager];

    /// <summary>The roles that put a company on a person's side (RULES "Side").</summary>
    internal static readonly HashSet<CompanyRole> SideRoles = [CompanyRole.LegalRepresentative, CompanyRole.Chair, CompanyRole.GeneralManager];

    /// <summary>
    /// E(x, c, t) for every company c reachable from x: over every simple ownership path of at most
    /// <paramref name="maxChain"/> links, all valid on the day, the product of shares, summed.
    /// </summary>
    public Dictionary<int, double> EffectiveOwnership(int holder, DateOnly day, int maxChain = 6) => EffectiveOwnership(holder, day.DayNumber, maxChain);

    internal Dictionary<int, double> EffectiveOwnership(int holder, int dayNumber, int maxChain)
    {
        var totals = new Dictionary<int, double>();
        var onPath = new HashSet<int> { holder };
        Walk(holder, 1.0, 0);
        return totals;

        void Walk(int node, double product, int depth)
        {
            if (depth == maxChain)
            {
                return;
            }

            foreach (var link in Outgoing(node))
            {
                if ((LinkKind)_kind[link] != LinkKind.Ownership || !ValidAt(link, dayNumber))
                {
                    continue;
                }

                var company = _to[link];
                if (!onPath.Add(company))
                {
                    continue;
                }

                var value = product * _share[link];
                totals[company] = totals.GetValueOrDefault(company) + value;
                Walk(company, value, depth + 1);
                onPath.Remove(company);
            }
        }
    }

    /// <summary>Every simple ownership chain from the holder to the company valid on the day, with its product.</summary>
    public IReadOnlyList<OwnershipChain> OwnershipChains(int holder, int company, DateOnly day, int maxChain = 6) =>
        OwnershipChains(holder, company, day.DayNumber, maxChain);

    internal IReadOnlyList<OwnershipChain> OwnershipChains(int holder, int company, int dayNumber, int maxChain)
    {
        var chains = new List<OwnershipChain>();
        var onPath = new HashSet<int> { holder };
        var links = new List<int>();
        Walk(holder, 1.0);
        return chains;

        void Walk(int node, double product)
        {
            if (links.Count == maxChain)
            {
                return;
            }

            foreach (var link in Outgoing(node))
            {
                if ((LinkKind)_kind[link] != LinkKind.Ownership || !ValidAt(link, dayNumber) || !onPath.Add(_to[link]))
                {
                    continue;
                }

                links.Add(link);
                var value = product * _share[link];
                if (_to[link] == company)
                {
                    chains.Add(new OwnershipChain([.. links], value));
                }
                else
                {
                    Walk(_to[link], value);
                }

                links.RemoveAt(links.Count - 1);
                onPath.Remove(_to[link]);
            }
        }
    }

    /// <summary>The people whose effective ownership of the company on the day reaches <paramref name="minShare"/>, with their chains.</summary>
    public IReadOnlyList<UltimateOwner> UltimateOwners(int company, DateOnly day, double minShare, int maxChain = 6) =>
        UltimateOwners(company, day.DayNumber, minShare, maxChain);

    internal IReadOnlyList<UltimateOwner> UltimateOwners(int company, int dayNumber, double minShare, int maxChain)
    {
        var owners = new Dictionary<int, List<OwnershipChain>>();
        var onPath = new HashSet<int> { company };
        var links = new List<int>();
        Walk(company, 1.0);
        return owners
            .Select(pair => new UltimateOwner(pair.Key, pair.Value.Sum(c => c.Share), pair.Value))
            .Where(o => o.Share >= minShare - RuleParameters.Tolerance)
            .OrderByDescending(o => o.Share).ThenBy(o => o.Person)
            .ToList();

        void Walk(int node, double product)
        {
            if (links.Count == maxChain)
            {
                return;
            }

            foreach (var link in Incoming(node))
            {
                if ((LinkKind)_kind[link] != LinkKind.Ownership || !ValidAt(link, dayNumber))
                {
                    continue;
                }

                var holder = _from[link];
                if (!onPath.Add(holder))
                {
                    continue;
                }

                links.Insert(0, link);
                var value = product * _share[link];
                if (KindOf(holder) == NodeKind.Person)
                {
                    if (!owners.TryGetValue(holder, out var chains))
                    {
                        owners[holder] = chains = [];
                    }

                    chains.Add(new OwnershipChain([.. links], value));
                }
                else
                {
                    Walk(holder, value);
                }

                links.RemoveAt(0);
                onPath.Remove(holder);
            }
        }
    }

    /// <summary>P(c, t): officers in a principal role on the day, and people owning at least the principal share.</summary>
    public IReadOnlySet<int> Principals(int company, DateOnly day, RuleParameters? parameters = null) =>
        Principals(company, day.DayNumber, parameters ?? RuleParameters.Default);

    internal HashSet<int> Principals(int company, int day, RuleParameters parameters)
    {
        var principals = new HashSet<int>();
        foreach (var link in Incoming(company))
        {
            if ((LinkKind)_kind[link] == LinkKind.Role && ValidAt(link, day) && PrincipalRoles.Contains((CompanyRole)_detail[link]))
            {
                principals.Add(_from[link]);
            }
        }

        foreach (var owner in UltimateOwners(company, day, parameters.PrincipalShare, parameters.MaxChain))
        {
            principals.Add(owner.Person);
        }

        return principals;
    }

    /// <summary>The companies c with the person in P(c, t).</summary>
    public IReadOnlySet<int> PrincipalOf(int person, DateOnly day, RuleParameters? parameters = null) =>
        PrincipalOf(person, day.DayNumber, parameters ?? RuleParameters.Default);

    internal HashSet<int> PrincipalOf(int person, int day, RuleParameters parameters) => LedOrOwned(person, day, parameters, PrincipalRoles, []);

    /// <summary>S(r, t): the person, and the companies they own at least the principal share of or lead as legal representative, chair or general manager.</summary>
    public IReadOnlySet<int> Side(int person, DateOnly day, RuleParameters? parameters = null) =>
        Side(person, day.DayNumber, parameters ?? RuleParameters.Default);

    internal HashSet<int> Side(int person, int day, RuleParameters parameters) => LedOrOwned(person, day, parameters, SideRoles, [person]);

    /// <summary>Adds to <paramref name="companies"/> those the person holds one of the roles at on the day, or owns at least the principal share of.</summary>
    private HashSet<int> LedOrOwned(int person, int day, RuleParameters parameters, HashSet<CompanyRole> roles, HashSet<int> companies)
    {
        foreach (var link in Outgoing(person))
        {
            if ((LinkKind)_kind[link] == LinkKind.Role && ValidAt(link, day) && roles.Contains((CompanyRole)_detail[link]))
            {
                companies.Add(_to[link]);
            }
        }

        foreach (var (company, share) in EffectiveOwnership(person, day, parameters.MaxChain))
        {
            if (share >= parameters.PrincipalShare - RuleParameters.Tolerance)
            {
                companies.Add(company);
            }
        }

        return companies;
    }

    /// <summary>
    /// True when the company is in J(o, t): the official holds a post on the day at an agency whose
    /// region contains the company's, and whose sectors are empty or include the company's industry.
    /// </summary>
    public bool InJurisdiction(int official, int company, DateOnly day) => InJurisdiction(official, company, day.DayNumber);

    internal bool InJurisdiction(int official, int company, int day) => JurisdictionPost(official, company, day) >= 0;

    /// <summary>The first post of the official valid on the day that puts the company in J(o, t), or -1.</summary>
    internal int JurisdictionPost(int official, int company, int day)
    {
        var target = CompanyOf(company);
        if (target.RegionCode is null)
        {
            return -1;
        }

        foreach (var link in Outgoing(official))
        {
            if ((LinkKind)_kind[link] != LinkKind.Position || !ValidAt(link, day))
            {
                continue;
            }

            var agency = (Agency)_nodes[_to[link]];
            if (agency.RegionCode is null || !RegionCodes.Contains(agency.RegionCode, target.RegionCode))
            {
                continue;
            }

            if (agency.Sectors.Count == 0 || (target.Industry is { } industry && agency.Sectors.Any(s => industry.StartsWith(s, StringComparison.Ordinal))))
            {
                return link;
            }
        }

        return -1;
    }

    /// <summary>The official's tenure: the validity of every post.</summary>
    public IReadOnlyList<Interval> Tenure(int official)
    {
        var tenure = new List<Interval>();
        foreach (var link in Outgoing(official))
        {
            if ((LinkKind)_kind[link] == LinkKind.Position)
            {
                tenure.Add(ValidityOf(link));
            }
        }

        return tenure;
    }
}
