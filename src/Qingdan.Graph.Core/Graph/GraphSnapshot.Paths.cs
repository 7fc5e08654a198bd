using System.Diagnostics;
using System.Runtime.InteropServices;
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
        // Most pairs are not connected, so the search usually runs to its last level: the loop reads the
        // adjacency spans directly, filters by a kind mask, and allocates nothing a link.
        var filter = new LinkFilter(search);
        var parentsA = new Dictionary<int, (int Node, int Link, int Depth)> { [search.From] = (-1, -1, 0) };
        var parentsB = new Dictionary<int, (int Node, int Link, int Depth)> { [search.To] = (-1, -1, 0) };
        var frontierA = new List<int> { search.From };
        var frontierB = new List<int> { search.To };
        var next = new List<int>();
        var deadline = Stopwatch.GetTimestamp() + (long)(search.Timeout.TotalSeconds * Stopwatch.Frequency);
        for (var hops = 0; hops < search.MaxHops && frontierA.Count > 0 && frontierB.Count > 0; hops++)
        {
            var forward = frontierA.Count <= frontierB.Count;
            var (frontier, parents, others) = forward ? (frontierA, parentsA, parentsB) : (frontierB, parentsB, parentsA);
            var meeting = new Meeting(-1, int.MaxValue);
            next.Clear();
            for (var i = 0; i < frontier.Count; i++)
            {
                var node = frontier[i];
                var depth = parents[node].Depth + 1;
                Expand(Outgoing(node), _to, node, depth, filter, parents, others, next, ref meeting);
                Expand(Incoming(node), _from, node, depth, filter, parents, others, next, ref meeting);
                if ((i & 255) == 255 && Stopwatch.GetTimestamp() > deadline)
                {
                    throw new GraphLimitException($"path search exceeded its time limit of {search.Timeout.TotalMilliseconds:0} ms");
                }
            }

            if (meeting.Node >= 0)
            {
                return meeting.Length <= search.MaxHops ? Join(meeting.Node, parentsA, parentsB) : null;
            }

            // The expanded frontier's list becomes the next level's buffer.
            if (forward)
            {
                (frontierA, next) = (next, frontierA);
            }
            else
            {
                (frontierB, next) = (next, frontierB);
            }
        }

        return null;
    }

    private void Expand(
        ReadOnlySpan<int> links, int[] ends, int node, int depth, in LinkFilter filter, Dictionary<int, (int Node, int Link, int Depth)> parents,
        Dictionary<int, (int Node, int Link, int Depth)> others, List<int> next, ref Meeting meeting)
    {
        foreach (var link in links)
        {
            if (!filter.Admits(_kind[link], _start[link], _end[link]))
            {
                continue;
            }

            var neighbour = ends[link];
            ref var parent = ref CollectionsMarshal.GetValueRefOrAddDefault(parents, neighbour, out var seen);
            if (seen)
            {
                continue;
            }

            parent = (node, link, depth);
            next.Add(neighbour);
            if (others.TryGetValue(neighbour, out var other) && depth + other.Depth < meeting.Length)
            {
                meeting = new Meeting(neighbour, depth + other.Depth);
            }
        }
    }

    private readonly record struct Meeting(int Node, int Length);

    /// <summary>A search's link kinds as a bit mask and its day as a day number: the test every link of a traversal takes.</summary>
    private readonly struct LinkFilter
    {
        private readonly uint _kinds;
        private readonly int _day;
        private readonly bool _anyDay;

        public LinkFilter(PathSearch search)
            : this(search.Via, search.AsOf)
        {
        }

        /// <summary>Links of the given kinds (every kind when none are given) valid on the day (any day when none is given).</summary>
        public LinkFilter(IReadOnlySet<LinkKind>? via, DateOnly? asOf)
        {
            _kinds = via is { Count: > 0 } ? via.Aggregate(0u, (mask, kind) => mask | (1u << (int)kind)) : uint.MaxValue;
            (_day, _anyDay) = asOf is { } day ? (day.DayNumber, false) : (0, true);
        }

        public bool Admits(byte kind, int start, int end) => ((_kinds >> kind) & 1) != 0 && (_anyDay || (start <= _day && _day <= end));
    }

    /// <summary>Every node-simple path of at most <see cref="PathSearch.MaxHops"/> links, shortest first, up to <see
    /// cref="PathSearch.MaxPaths"/>.</summary>
    public PathResult AllSimplePaths(PathSearch search)
    {
        Check(search);
        // Most pairs are not connected within the hops: the bidirectional search says so after looking
        // at a few thousand nodes, where the distances below would map the target's whole neighbourhood.
        if (search.From != search.To && ShortestPath(search) is null)
        {
            return new PathResult([], false);
        }

        var filter = new LinkFilter(search);
        var distance = DistancesTo(search, filter);
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

            foreach (var (neighbour, link) in Neighbours(node, filter))
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
    private Dictionary<int, int> DistancesTo(PathSearch search, LinkFilter filter)
    {
        var distance = new Dictionary<int, int> { [search.To] = 0 };
        var frontier = new List<int> { search.To };
        for (var hops = 1; hops <= search.MaxHops - 2 && frontier.Count > 0; hops++)
        {
            var next = new List<int>();
            foreach (var node in frontier)
            {
                foreach (var (neighbour, _) in Neighbours(node, filter))
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
            foreach (var (first, _) in Neighbours(search.From, filter))
            {
                if (!distance.ContainsKey(first)
                    && Neighbours(first, filter).Exists(n => distance.TryGetValue(n.Node, out var d) && d == search.MaxHops - 2))
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

    private List<(int Node, int Link)> Neighbours(int node, LinkFilter filter)
    {
        var result = new List<(int, int)>();
        foreach (var link in Outgoing(node))
        {
            if (filter.Admits(_kind[link], _start[link], _end[link]))
            {
                result.Add((_to[link], link));
            }
        }

        foreach (var link in Incoming(node))
        {
            if (filter.Admits(_kind[link], _start[link], _end[link]))
            {
                result.Add((_from[link], link));
            }
        }

        return result;
    }

    private static GraphPath Join(
        int meeting,
        Dictionary<int, (int Node, int Link, int Depth)> fromStart,
        Dictionary<int, (int Node, int Link, int Depth)> fromEnd)
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
