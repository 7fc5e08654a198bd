using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Graph;

public sealed partial class GraphSnapshot
{
    /// <summary>
    /// How far below a threshold a sum of products of shares may fall and still reach it: decimal shares
    /// are not exact in binary (0.7 × 0.5 + 0.1 comes out below 0.45).
    /// </summary>
    public const double ShareTolerance = 1e-9;

    /// <summary>
    /// E(x, c, t) for every company c reachable from x: over every simple ownership path of at most
    /// <paramref name="maxChain"/> links, all valid on the day, the product of shares, summed.
    /// </summary>
    public Dictionary<int, double> EffectiveOwnership(int holder, DateOnly day, int maxChain = 6)
        => EffectiveOwnership(holder, day.DayNumber, maxChain);

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

    /// <summary>The people whose effective ownership of the company on the day reaches <paramref name="minShare"/>, with their
    /// chains.</summary>
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
            .Where(o => o.Share >= minShare - ShareTolerance)
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
