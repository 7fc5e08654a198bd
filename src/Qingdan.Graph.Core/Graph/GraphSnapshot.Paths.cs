using System.Diagnostics;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Graph;

public sealed partial class GraphSnapshot
{
    /// <summary>A shortest path (links read in both directions), or null when none lies within the hops.</summary>
    public GraphPath? ShortestPath(PathSearch search)
    {
        Check(search);
        if (search.From == search.To)
        {
            return new GraphPath([search.From], []);
        }

        // Bidirectional breadth-first search: expand the smaller frontier a whole level at a time, and of
        // the meetings in that level keep the one with the fewest hops, so the path is a shortest one.
        var parentsA = new Dictionary<int, (int Node, int Link, int Depth)> { [search.From] = (-1, -1, 0) };
        var parentsB = new Dictionary<int, (int Node, int Link, int Depth)> { [search.To] = (-1, -1, 0) };
        var frontierA = new List<int> { search.From };
        var frontierB = new List<int> { search.To };
        var clock = Stopwatch.StartNew();
        for (var hops = 0; hops < search.MaxHops && frontierA.Count > 0 && frontierB.Count > 0; hops++)
        {
            var forward = frontierA.Count <= frontierB.Count;
            var (frontier, parents, others) = forward ? (frontierA, parentsA, parentsB) : (frontierB, parentsB, parentsA);
            var next = new List<int>();
            var best = -1;
            var bestLength = int.MaxValue;
            foreach (var node in frontier)
            {
                foreach (var (neighbour, link) in Neighbours(node, search))
                {
                    if (parents.ContainsKey(neighbour))
                    {
                        continue;
                    }

                    parents[neighbour] = (node, link, parents[node].Depth + 1);
                    next.Add(neighbour);
                    if (others.TryGetValue(neighbour, out var other) && parents[neighbour].Depth + other.Depth < bestLength)
                    {
                        best = neighbour;
                        bestLength = parents[neighbour].Depth + other.Depth;
                    }
                }

                if (clock.Elapsed > search.Timeout)
                {
                    throw new GraphLimitException($"path search exceeded its time limit of {search.Timeout.TotalMilliseconds:0} ms");
                }
            }

            if (best >= 0)
            {
                return bestLength <= search.MaxHops ? Join(best, parentsA, parentsB) : null;
            }

            if (forward)
            {
                frontierA = next;
            }
            else
            {
                frontierB = next;
            }
        }

        return null;
    }

    /// <summary>Every node-simple path of at most <see cref="PathSearch.MaxHops"/> links, shortest first, up to <see cref="PathSearch.MaxPaths"/>.</summary>
    public PathResult AllSimplePaths(PathSearch search)
    {
        Check(search);
        // Most pairs are not connected within the hops: the bidirectional search says so after looking
        // at a few thousand nodes, where the distances below would map the target's whole neighbourhood.
        if (search.From != search.To && ShortestPath(search) is null)
        {
            return new PathResult([], false);
        }

        var distance = DistancesTo(search);
        var paths = new List<GraphPath>();
        var nodes = new List<int> { search.From };
        var links = new List<int>();
        var onPath = new HashSet<int> { search.From };
        var clock = Stopwatch.StartNew();
        var truncated = false;
        var steps = 0;
        if (distance.ContainsKey(search.From))
        {
            Walk(search.From);
        }

        return new PathResult(paths.OrderBy(p => p.Links.Count).ToList(), truncated);

        void Walk(int node)
        {
            if (truncated)
            {
                return;
            }

            foreach (var (neighbour, link) in Neighbours(node, search))
            {
                if (++steps % 1024 == 0 && clock.Elapsed > search.Timeout)
                {
                    throw new GraphLimitException($"path search exceeded its time limit of {search.Timeout.TotalMilliseconds:0} ms");
                }

                // Prune: the rest of the way must fit in the hops left.
                if (onPath.Contains(neighbour) || !distance.TryGetValue(neighbour, out var left) || links.Count + 1 + left > search.MaxHops)
                {
                    continue;
                }

                nodes.Add(neighbour);
                links.Add(link);
                if (neighbour == search.To)
                {
                    paths.Add(new GraphPath([.. nodes], [.. links]));
                    truncated = paths.Count >= search.MaxPaths;
                }
                else
                {
                    onPath.Add(neighbour);
                    Walk(neighbour);
                    onPath.Remove(neighbour);
                }

                nodes.RemoveAt(nodes.Count - 1);
                links.RemoveAt(links.Count - 1);
                if (truncated)
                {
                    return;
                }
            }
        }
    }

    /// <summary>
    /// Each node's distance to the target, as far as a path from the start can use it: a node the walk
    /// reaches after j links must be within MaxHops − j of the target, so distances beyond MaxHops − 2
    /// matter only for the start's own neighbours (j = 1) — the widest levels of the target's
    /// neighbourhood are never mapped.
    /// </summary>
    private Dictionary<int, int> DistancesTo(PathSearch search)
    {
        var distance = new Dictionary<int, int> { [search.To] = 0 };
        var frontier = new List<int> { search.To };
        for (var hops = 1; hops <= search.MaxHops - 2 && frontier.Count > 0; hops++)
        {
            var next = new List<int>();
            foreach (var node in frontier)
            {
                foreach (var (neighbour, _) in Neighbours(node, search))
                {
                    if (distance.TryAdd(neighbour, hops))
                    {
                        next.Add(neighbour);
                    }
                }
            }

            frontier = next;
        }

        if (search.MaxHops >= 2)
        {
            foreach (var (first, _) in Neighbours(search.From, search))
            {
                if (!distance.ContainsKey(first) && Neighbours(first, search).Exists(n => distance.TryGetValue(n.Node, out var d) && d == search.MaxHops - 2))
                {
                    distance[first] = search.MaxHops - 1;
                }
            }
        }

        // The start itself: within MaxHops (the caller has checked), and never walked into again.
        distance.TryAdd(search.From, search.MaxHops);
        return distance;
    }

    private static void Check(PathSearch search)
    {
        if (search.MaxHops is < 1 or > PathSearch.MaxHopsLimit)
        {
            throw new GraphLimitException($"maxHops must be between 1 and {PathSearch.MaxHopsLimit}; {search.MaxHops} was asked");
        }

        if (search.MaxPaths < 1)
        {
            throw new GraphLimitException("maxPaths must be at least 1");
        }
    }

    private List<(int Node, int Link)> Neighbours(int node, PathSearch search)
    {
        var day = search.AsOf?.DayNumber;
        var result = new List<(int, int)>();
        foreach (var link in Outgoing(node))
        {
            if (Admits(link, search.Via, day))
            {
                result.Add((_to[link], link));
            }
        }

        foreach (var link in Incoming(node))
        {
            if (Admits(link, search.Via, day))
            {
                result.Add((_from[link], link));
            }
        }

        return result;
    }

    private bool Admits(int link, IReadOnlySet<LinkKind>? via, int? day) =>
        (via is null || via.Count == 0 || via.Contains((LinkKind)_kind[link])) && (day is null || ValidAt(link, day.Value));

    private static GraphPath Join(int meeting, Dictionary<int, (int Node, int Link, int Depth)> fromStart, Dictionary<int, (int Node, int Link, int Depth)> fromEnd)
    {
        var nodes = new List<int>();
        var links = new List<int>();
        for (var node = meeting; node != -1; node = fromStart[node].Node)
        {
            nodes.Insert(0, node);
            if (fromStart[node].Link >= 0)
            {
                links.Insert(0, fromStart[node].Link);
            }
        }

        for (var (node, link, _) = fromEnd[meeting]; node != -1; (node, link) = (fromEnd[node].Node, fromEnd[node].Link))
        {
            nodes.Add(node);
            links.Add(link);
        }

        return new GraphPath(nodes, links);
    }
}
