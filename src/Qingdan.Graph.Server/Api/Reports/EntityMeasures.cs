using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Server.Api.Findings;
using Qingdan.Graph.Server.Api.Security;
using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Server.Api.Reports;

/// <summary>
/// What people and companies have that no column holds — their findings, the decisions they won, what their posts' agencies
/// decided — computed from the store's findings and the snapshot, shared by the stats queries and the computed fields.
/// </summary>
internal static class EntityMeasures
{
    /// <summary>The rules of the findings (not merged) the caller may read, by official id and by company id.</summary>
    public static async Task<FindingsOf> FindingsAsync(QingdanDbContext context, ScopeView? scope, CancellationToken cancellationToken)
    {
        var rows = await FindingQueries.Filter(context, null, scope).Select(f => new { f.OfficialId, f.CompanyId, f.Rule })
            .ToListAsync(cancellationToken);
        return new FindingsOf(
            rows.GroupBy(r => r.OfficialId).ToDictionary(g => g.Key, g => g.Select(r => r.Rule).ToArray()),
            rows.GroupBy(r => r.CompanyId).ToDictionary(g => g.Key, g => g.Select(r => r.Rule).ToArray()));
    }

    /// <summary>
    /// An official's awarded amount: the sum of the amounts of the decisions issued by the agencies of the person's posts on a
    /// day the person held the post (a decision counts once, however many posts cover it); 0 for one who is no official.
    /// </summary>
    public static decimal AwardedByPosts(GraphSnapshot snapshot, int person) => DecisionIndex.Of(snapshot).AwardedByPosts(person);

    /// <summary>One official's awarded amount, from the snapshot's decisions by issuing agency.</summary>
    internal static decimal AwardedByPosts(GraphSnapshot snapshot, DecisionIndex decisions, int person)
    {
        Dictionary<int, decimal>? amounts = null;
        foreach (var post in snapshot.LinksFrom(person))
        {
            if (snapshot.LinkKindOf(post) != LinkKind.Position)
            {
                continue;
            }

            var held = snapshot.ValidityOf(post);
            foreach (var issued in decisions.IssuedBy(snapshot.ToOf(post)))
            {
                if (issued.Amount is { } amount && held.Contains(issued.Decided))
                {
                    (amounts ??= [])[issued.Node] = amount;
                }
            }
        }

        return Stats.Numbers.Plain(amounts?.Values.Sum() ?? 0m);
    }

    /// <summary>The decisions a company benefits from, as snapshot nodes.</summary>
    public static IEnumerable<int> Awards(GraphSnapshot snapshot, int company) =>
        snapshot.LinksTo(company).Where(l => snapshot.LinkKindOf(l) == LinkKind.Beneficiary).Select(snapshot.FromOf).Distinct();

    /// <summary>The sum of the amounts of the decisions a company benefits from.</summary>
    public static decimal AwardedAmount(GraphSnapshot snapshot, int company)
    {
        var decisions = DecisionIndex.Of(snapshot);
        return Stats.Numbers.Plain(Awards(snapshot, company).Sum(d => decisions.AmountOf(d) ?? 0m));
    }

    /// <summary>The agencies that issued the decisions a company benefits from.</summary>
    public static IEnumerable<int> WinningAgencies(GraphSnapshot snapshot, int company) =>
        Awards(snapshot, company).SelectMany(d => snapshot.LinksTo(d).Where(l => snapshot.LinkKindOf(l) == LinkKind.Issued))
            .Select(snapshot.FromOf).Distinct();

    /// <summary>The persons related to a person (self left out), through family and associate links.</summary>
    public static IEnumerable<int> Relatives(GraphSnapshot snapshot, int person) =>
        snapshot.RelatedPersons(person).Where(r => r.Relation != "self").Select(r => r.Node).Distinct();
}

/// <summary>The rules of the findings the caller may read, by official and by company.
/// Shared arrays, read only: a person or company without findings gets the one empty array.</summary>
internal sealed record FindingsOf(Dictionary<long, RuleId[]> ByOfficial, Dictionary<long, RuleId[]> ByCompany)
{
    public RuleId[] Official(long id) => ByOfficial.TryGetValue(id, out var rules) ? rules : [];

    public RuleId[] Company(long id) => ByCompany.TryGetValue(id, out var rules) ? rules : [];
}
