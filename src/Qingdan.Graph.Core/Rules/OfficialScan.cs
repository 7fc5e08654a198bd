using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Rules;

/// <summary>
/// The rules for one official: R(o) once, then each rule over the related persons. Side, principal
/// and ownership questions repeat for the same (person, day), so they are remembered for the scan.
/// Days are day numbers (<see cref="Days"/>), open ends the extremes of int.
/// </summary>
internal sealed partial class OfficialScan
{
    private readonly RuleEngine _engine;
    private readonly GraphSnapshot _graph;
    private readonly RuleParameters _parameters;
    private readonly int _official;
    private readonly IReadOnlySet<RuleId> _rules;
    private readonly List<(int Start, int End, int Link)> _posts = [];
    private readonly Dictionary<int, List<Relation>> _related = [];
    private readonly Dictionary<(RuleId, int), FindingDraft> _drafts = [];
    private readonly Dictionary<(int, int), HashSet<int>> _sides = [];
    private readonly Dictionary<(int, int), HashSet<int>> _principalOf = [];
    private readonly Dictionary<(int, int), HashSet<int>> _principals = [];
    private readonly Dictionary<(int, int), Dictionary<int, double>> _effective = [];

    /// <summary>A relation that puts a person in R(o), with its validity and the links it rests on, from the official.</summary>
    private sealed record Relation(string Name, int Start, int End, IReadOnlyList<int> Links)
    {
        public bool ValidAt(int day) => Start <= day && day <= End;
    }

    public OfficialScan(RuleEngine engine, int official, IReadOnlySet<RuleId> rules)
    {
        _engine = engine;
        _graph = engine.Graph;
        _parameters = engine.Parameters;
        _official = official;
        _rules = rules;
        foreach (var link in _graph.Outgoing(official))
        {
            if (_graph.LinkKindOf(link) == LinkKind.Position)
            {
                _posts.Add((_graph.StartOf(link), _graph.EndOf(link), link));
            }
        }

        foreach (var related in _graph.RelatedPersons(official))
        {
            if (!_related.TryGetValue(related.Node, out var relations))
            {
                _related[related.Node] = relations = [];
            }

            relations.Add(
                new Relation(related.Relation, Days.Start(related.Validity.Start), Days.End(related.Validity.End), related.Links));
        }

        // The relation with the fewest links first: it makes the shortest evidence.
        foreach (var relations in _related.Values)
        {
            relations.Sort((a, b) => a.Links.Count.CompareTo(b.Links.Count));
        }
    }

    public List<Finding> Run()
    {
        if (_rules.Contains(RuleId.NL3))
        {
            Nl3();
        }

        if (_rules.Contains(RuleId.NL4))
        {
            Nl4();
        }

        if (_rules.Contains(RuleId.NL5))
        {
            Nl5Shares();
            Nl5Employment();
        }

        if (_rules.Contains(RuleId.NL9))
        {
            Nl9();
        }

        if (_rules.Contains(RuleId.REP))
        {
            Rep();
        }

        return _drafts.Values.Select(d => d.Build()).ToList();
    }

    private FindingDraft Draft(RuleId rule, int company)
    {
        if (!_drafts.TryGetValue((rule, company), out var draft))
        {
            _drafts[(rule, company)] = draft = new FindingDraft(rule, _official, company);
        }

        return draft;
    }

    private bool InTenure(int day)
    {
        foreach (var (start, end, _) in _posts)
        {
            if (start <= day && day <= end)
            {
                return true;
            }
        }

        return false;
    }

    private static Relation? RelationAt(List<Relation> relations, int day)
    {
        foreach (var relation in relations)
        {
            if (relation.ValidAt(day))
            {
                return relation;
            }
        }

        return null;
    }

    /// <summary>Transaction links with the node as either party; a party paying itself is no transaction between two.</summary>
    private IEnumerable<int> Transactions(int node)
    {
        var links = new List<int>();
        foreach (var x in _graph.Outgoing(node))
        {
            if (_graph.LinkKindOf(x) == LinkKind.Transaction && _graph.ToOf(x) != node && _graph.DetailOf(x) != GraphSnapshot.NoDetail)
            {
                links.Add(x);
            }
        }

        foreach (var x in _graph.Incoming(node))
        {
            if (_graph.LinkKindOf(x) == LinkKind.Transaction && _graph.FromOf(x) != node && _graph.DetailOf(x) != GraphSnapshot.NoDetail)
            {
                links.Add(x);
            }
        }

        return links;
    }

    /// <summary>The person and every company that could ever be on their side: reachable by ownership, or led in a side role.</summary>
    private IEnumerable<int> SideCandidates(int person)
    {
        var candidates = new HashSet<int> { person };
        candidates.UnionWith(ReachableOwnership(person).Select(_graph.ToOf));
        foreach (var link in _graph.Outgoing(person))
        {
            if (_graph.LinkKindOf(link) == LinkKind.Role && _graph.DetailOf(link) != GraphSnapshot.NoDetail
                && RuleSets.SideRoles.Contains((CompanyRole)_graph.DetailOf(link)))
            {
                candidates.Add(_graph.ToOf(link));
            }
        }

        return candidates;
    }

    /// <summary>Every ownership link within max_chain links of the holder, whatever its validity.</summary>
    private List<int> ReachableOwnership(int holder)
    {
        var links = new List<int>();
        var seen = new HashSet<int> { holder };
        var frontier = new List<int> { holder };
        for (var depth = 0; depth < _parameters.MaxChain && frontier.Count > 0; depth++)
        {
            var next = new List<int>();
            foreach (var node in frontier)
            {
                foreach (var link in _graph.Outgoing(node))
                {
                    if (_graph.LinkKindOf(link) != LinkKind.Ownership)
                    {
                        continue;
                    }

                    links.Add(link);
                    if (seen.Add(_graph.ToOf(link)))
                    {
                        next.Add(_graph.ToOf(link));
                    }
                }
            }

            frontier = next;
        }

        return links;
    }

    private List<int> DirectHoldings(int holder, int company, int day)
    {
        var links = new List<int>();
        foreach (var link in _graph.Outgoing(holder))
        {
            if (_graph.LinkKindOf(link) == LinkKind.Ownership && _graph.ToOf(link) == company && _graph.ValidAt(link, day))
            {
                links.Add(link);
            }
        }

        return links;
    }

    /// <summary>The holder's direct stakes in the company valid on the day, or else the ownership chains.</summary>
    private IEnumerable<int[]> HoldingLinks(int holder, int company, int day, List<int> direct) =>
        direct.Count > 0
            ? direct.Select(link => (int[])[link])
            : _graph.OwnershipChains(holder, company, day, _parameters.MaxChain).Select(c => c.Links.ToArray());

    /// <summary>How the person is a principal of the company on the day: principal roles, or ownership chains reaching
    /// principal_share.</summary>
    private List<int[]> PrincipalLinks(int person, int company, int day) => LeadOrOwnLinks(person, company, day, RuleSets.PrincipalRoles);

    /// <summary>How the company is on the person's side on the day: side roles, or ownership chains reaching principal_share.</summary>
    private List<int[]> SideLinks(int person, int company, int day) => LeadOrOwnLinks(person, company, day, RuleSets.SideRoles);

    private List<int[]> LeadOrOwnLinks(int person, int company, int day, HashSet<CompanyRole> roles)
    {
        var paths = new List<int[]>();
        foreach (var link in _graph.Outgoing(person))
        {
            if (_graph.LinkKindOf(link) == LinkKind.Role && _graph.ToOf(link) == company && _graph.ValidAt(link, day)
                && _graph.DetailOf(link) != GraphSnapshot.NoDetail && roles.Contains((CompanyRole)_graph.DetailOf(link)))
            {
                paths.Add([link]);
            }
        }

        if (Effective(person, day).GetValueOrDefault(company) >= _parameters.PrincipalShare - RuleParameters.Tolerance)
        {
            paths.AddRange(_graph.OwnershipChains(person, company, day, _parameters.MaxChain).Select(c => c.Links.ToArray()));
        }

        return paths;
    }

    private HashSet<int> Side(int person, int day) => Remember(_sides, person, day, () => _graph.Side(person, day, _parameters));

    private HashSet<int> PrincipalOf(int person, int day)
        => Remember(_principalOf, person, day, () => _graph.PrincipalOf(person, day, _parameters));

    private HashSet<int> Principals(int company, int day)
        => Remember(_principals, company, day, () => _graph.Principals(company, day, _parameters));

    private Dictionary<int, double> Effective(int holder, int day) =>
        Remember(_effective, holder, day, () => _graph.EffectiveOwnership(holder, day, _parameters.MaxChain));

    private static T Remember<T>(Dictionary<(int, int), T> cache, int node, int day, Func<T> compute)
    {
        if (!cache.TryGetValue((node, day), out var value))
        {
            cache[(node, day)] = value = compute();
        }

        return value;
    }

    /// <summary>A path from the official along the links, each read in whichever direction continues it.</summary>
    private EvidencePath Path(string shows, int day, int[] links)
    {
        var nodes = new List<int>(links.Length + 1) { _official };
        var at = _official;
        foreach (var link in links)
        {
            at = _graph.FromOf(link) == at ? _graph.ToOf(link) : _graph.FromOf(link);
            nodes.Add(at);
        }

        return new EvidencePath(shows, Days.ToDate(day), nodes, links);
    }
}
