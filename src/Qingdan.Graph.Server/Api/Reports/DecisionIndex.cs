using System.Runtime.CompilerServices;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Server.Api.Reports;

/// <summary>
/// A snapshot's decisions by issuing agency, with each one's amount, date, issuer and beneficiary, read once a snapshot (one
/// pass over its links) and kept beside it while it lives: the awarded amounts of every official and company then cost a
/// lookup a decision instead of reading the decision's record again for each post and each winner.
/// </summary>
internal sealed class DecisionIndex
{
    private static readonly ConditionalWeakTable<GraphSnapshot, DecisionIndex> Built = [];

    private readonly Dictionary<int, IssuedDecision[]> _byAgency;
    private readonly Dictionary<int, decimal?> _amounts = [];
    private readonly Dictionary<int, int> _issuers = [];
    private readonly Dictionary<int, int> _beneficiaries = [];
    private readonly GraphSnapshot _snapshot;
    private readonly Lazy<Dictionary<int, decimal>> _awardedByPosts;

    private DecisionIndex(GraphSnapshot snapshot)
    {
        _snapshot = snapshot;
        _awardedByPosts = new(() => snapshot.Officials().ToDictionary(o => o, o => EntityMeasures.AwardedByPosts(snapshot, this, o)));
        var byAgency = new Dictionary<int, List<IssuedDecision>>();
        for (var link = 0; link < snapshot.LinkCount; link++)
        {
            if (snapshot.LinkKindOf(link) == LinkKind.Beneficiary)
            {
                _beneficiaries.TryAdd(snapshot.FromOf(link), snapshot.ToOf(link));
            }

            if (snapshot.LinkKindOf(link) != LinkKind.Issued || snapshot.NodeOf(snapshot.ToOf(link)) is not Decision decision)
            {
                continue;
            }

            var node = snapshot.ToOf(link);
            _amounts[node] = decision.Amount;
            var agency = snapshot.FromOf(link);
            _issuers.TryAdd(node, agency);
            if (!byAgency.TryGetValue(agency, out var list))
            {
                byAgency[agency] = list = [];
            }

            list.Add(new IssuedDecision(node, decision.Amount, decision.DecidedDate));
        }

        _byAgency = byAgency.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    public static DecisionIndex Of(GraphSnapshot snapshot) => Built.GetValue(snapshot, s => new DecisionIndex(s));

    /// <summary>The decisions the agency (a snapshot node) issued.</summary>
    public IReadOnlyList<IssuedDecision> IssuedBy(int agency) => _byAgency.TryGetValue(agency, out var issued) ? issued : [];

    /// <summary>The agency (a snapshot node) that issued the decision (its first Issued link), if any.</summary>
    public int? IssuerOf(int decision) => _issuers.TryGetValue(decision, out var agency) ? agency : null;

    /// <summary>The company (a snapshot node) the decision benefits (its first Beneficiary link), if any.</summary>
    public int? BeneficiaryOf(int decision) => _beneficiaries.TryGetValue(decision, out var company) ? company : null;

    /// <summary>An official's awarded amount (<see cref="EntityMeasures.AwardedByPosts(GraphSnapshot, int)"/>), worked out for
    /// every official at the first asking; 0 for a person without a post.</summary>
    public decimal AwardedByPosts(int person) => _awardedByPosts.Value.GetValueOrDefault(person);

    /// <summary>The amount of an issued decision (a snapshot node); for any other decision, its record's.</summary>
    public decimal? AmountOf(int decision) =>
        _amounts.TryGetValue(decision, out var amount) ? amount : (_snapshot.NodeOf(decision) as Decision)?.Amount;
}

/// <summary>A decision as its issuer's list holds it.</summary>
internal readonly record struct IssuedDecision(int Node, decimal? Amount, DateOnly Decided);
