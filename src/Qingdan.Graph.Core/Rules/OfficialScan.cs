using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Rules;

/// <summary>
/// The rules for one official: R(o) once, then each rule over the related persons. Side, principal
/// and ownership questions repeat for the same (person, day), so they are remembered for the scan.
/// Days are day numbers (<see cref="Days"/>), open ends the extremes of int.
/// </summary>
internal sealed class OfficialScan
{
    private static readonly HashSet<CompanyRole> SeniorRoles =
    [
        CompanyRole.LegalRepresentative, CompanyRole.Chair, CompanyRole.Director, CompanyRole.Supervisor,
        CompanyRole.GeneralManager, CompanyRole.SeniorManager,
    ];

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

            relations.Add(new Relation(related.Relation, Days.Start(related.Validity.Start), Days.End(related.Validity.End), related.Links));
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

        return _drafts.Values.Select(d => d.Build()).ToList();
    }

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
                    if (side.Contains(company) || (variant == "loan" && (TransactionKind)_graph.DetailOf(x) == TransactionKind.Loan && _graph.CompanyOf(company).IsFinancialInstitution))
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
            var companies = reachable.Select(_graph.ToOf).Distinct().Where(c => !_graph.CompanyOf(c).Listed).ToList();
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

        if (SeniorRoles.Contains(kind))
        {
            return SeverityTable.SeniorPost;
        }

        if (kind == CompanyRole.Consultant)
        {
            return SeverityTable.PaidConcurrentPost;
        }

        var section = RuleEngine.SectionOf(_graph.CompanyOf(_graph.ToOf(role)));
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

    // NL9: a decision in scope the official took part in, whose beneficiary c is connected on the
    // decision day to a related person by a role, a holding, or a transaction within the window.
    private void Nl9()
    {
        foreach (var participation in _graph.Outgoing(_official))
        {
            if (_graph.LinkKindOf(participation) != LinkKind.Participation || _graph.NodeOf(_graph.ToOf(participation)) is not Decision decision
                || !DecisionKinds.InScopeOfNl9.Contains(decision.Kind))
            {
                continue;
            }

            var node = _graph.ToOf(participation);
            var day = decision.DecidedDate.DayNumber;
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
                        Nl9Connections(decision, node, [participation, beneficiary], company, person, relation, day);
                    }
                }
            }
        }
    }

    private void Nl9Connections(Decision decision, int node, int[] decisionPath, int company, int person, Relation relation, int day)
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
        draft.Amount(decision.Amount);
        draft.DecisionPath(Path("decision", day, decisionPath));
        if (decision.Bidders == 1)
        {
            draft.Reason(SeverityTable.SingleBidder);
        }

        if (decision.Method is ProcurementMethod.Direct or ProcurementMethod.Limited)
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
            if (_graph.LinkKindOf(link) == LinkKind.Role && _graph.DetailOf(link) != GraphSnapshot.NoDetail && GraphSnapshot.SideRoles.Contains((CompanyRole)_graph.DetailOf(link)))
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

    /// <summary>How the person is a principal of the company on the day: principal roles, or ownership chains reaching principal_share.</summary>
    private List<int[]> PrincipalLinks(int person, int company, int day) => LeadOrOwnLinks(person, company, day, GraphSnapshot.PrincipalRoles);

    /// <summary>How the company is on the person's side on the day: side roles, or ownership chains reaching principal_share.</summary>
    private List<int[]> SideLinks(int person, int company, int day) => LeadOrOwnLinks(person, company, day, GraphSnapshot.SideRoles);

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

    private HashSet<int> PrincipalOf(int person, int day) => Remember(_principalOf, person, day, () => _graph.PrincipalOf(person, day, _parameters));

    private HashSet<int> Principals(int company, int day) => Remember(_principals, company, day, () => _graph.Principals(company, day, _parameters));

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
