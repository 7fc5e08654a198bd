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

        // Bidirectional breadth-first search: expand, a whole level at a time, the side whose frontier
        // has fewer links to look at, and of the meetings in that level keep the one with the fewest
        // hops, so the path is a shortest one. The per-node marks live in arrays kept for the thread and
        // told apart by a generation number, so a search allocates only its answer.
        var state = SearchState.Rent(NodeCount);
        try
        {
            return ShortestPath(search, state);
        }
        finally
        {
            SearchState.Return(state);
        }
    }

    private GraphPath? ShortestPath(PathSearch search, SearchState state)
    {
        var generation = state.Begin();
        var day = search.AsOf?.DayNumber;
        var kinds = KindMask(search.Via);
        state.Visit(search.From, generation, SideA, -1, -1, 0);
        state.Visit(search.To, generation, SideB, -1, -1, 0);
        var frontierA = state.FrontierA;
        var frontierB = state.FrontierB;
        frontierA.Add(search.From);
        frontierB.Add(search.To);
        var clock = Stopwatch.StartNew();
        for (var hops = 0; hops < search.MaxHops && frontierA.Count > 0 && frontierB.Count > 0; hops++)
        {
            var forward = Degree(frontierA) <= Degree(frontierB);
            var frontier = forward ? frontierA : frontierB;
            var side = forward ? SideA : SideB;
            var next = state.Next;
            next.Clear();
            var (bestA, bestLink, bestB, bestLength) = (-1, -1, -1, int.MaxValue);
            for (var f = 0; f < frontier.Count; f++)
            {
                var node = frontier[f];
                var depth = state.Depth[node] + 1;
                foreach (var link in Outgoing(node))
                {
                    Meet(_to[link], link);
                }

                foreach (var link in Incoming(node))
                {
                    Meet(_from[link], link);
                }

                if ((f & 63) == 63 && clock.Elapsed > search.Timeout)
                {
                    throw new GraphLimitException($"path search exceeded its time limit of {search.Timeout.TotalMilliseconds:0} ms");
                }

                void Meet(int neighbour, int link)
                {
                    if (!Admits(link, kinds, day))
                    {
                        return;
                    }

                    if (state.Stamp[neighbour] != generation)
                    {
                        state.Visit(neighbour, generation, side, node, link, depth);
                        next.Add(neighbour);
                    }
                    else if (state.Side[neighbour] != side && depth + state.Depth[neighbour] < bestLength)
                    {
                        bestLength = depth + state.Depth[neighbour];
                        (bestA, bestLink, bestB) = forward ? (node, link, neighbour) : (neighbour, link, node);
                    }
                }
            }

            if (bestLink >= 0)
            {
                return bestLength <= search.MaxHops ? state.Join(bestA, bestLink, bestB) : null;
            }

            // The expanded side's next level becomes its frontier; the list it had is reused for the level after.
            if (forward)
            {
                (frontierA, state.Next) = (next, frontierA);
            }
            else
            {
                (frontierB, state.Next) = (next, frontierB);
            }
        }

        return null;

        long Degree(List<int> nodes)
        {
            long sum = 0;
            foreach (var node in nodes)
            {
                sum += _outStart[node + 1] - _outStart[node] + _inStart[node + 1] - _inStart[node];
            }

            return sum;
        }
    }

    private const byte SideA = 1;
    private const byte SideB = 2;

    /// <summary>The link kinds a search may follow as bits (all when none are named).</summary>
    private static uint KindMask(IReadOnlySet<LinkKind>? via)
    {
        if (via is null || via.Count == 0)
        {
            return uint.MaxValue;
        }

        var mask = 0u;
        foreach (var kind in via)
        {
            mask |= 1u << (int)kind;
        }

        return mask;
    }

    private bool Admits(int link, uint kinds, int? day) =>
        (kinds & (1u << _kind[link])) != 0 && (day is null || ValidAt(link, day.Value));

    /// <summary>
    /// One search's marks: which search (generation) reached a node, from which side, through which
    /// node and link, at what depth; and the frontier lists. Kept in a small shared pool, so there are
    /// as many as searches have run at once (≈ 14 bytes a node each), not one per thread.
    /// </summary>
    private sealed class SearchState
    {
        private static readonly System.Collections.Concurrent.ConcurrentBag<SearchState> Pool = [];

        private int _generation;

        private SearchState(int nodes)
        {
            Stamp = new int[nodes];
            Side = new byte[nodes];
            Depth = new byte[nodes];
            Parent = new int[nodes];
            ParentLink = new int[nodes];
        }

        public int[] Stamp { get; }

        public byte[] Side { get; }

        public byte[] Depth { get; }

        public int[] Parent { get; }

        public int[] ParentLink { get; }

        private readonly List<int>[] _lists = [[], [], []];

        public List<int> FrontierA { get; private set; } = [];

        public List<int> FrontierB { get; private set; } = [];

        /// <summary>The list the level being expanded fills; the search swaps it with the frontier it replaces.</summary>
        public List<int> Next { get; set; } = [];

        public static SearchState Rent(int nodes) =>
            Pool.TryTake(out var state) && state.Stamp.Length >= nodes ? state : new SearchState(nodes);

        public static void Return(SearchState state)
        {
            if (Pool.Count < Environment.ProcessorCount * 2)
            {
                Pool.Add(state);
            }
        }

        public int Begin()
        {
            if (++_generation == int.MaxValue)
            {
                Array.Clear(Stamp);
                _generation = 1;
            }

            // Three distinct lists, whatever the last search swapped.
            (FrontierA, FrontierB, Next) = (_lists[0], _lists[1], _lists[2]);
            foreach (var list in _lists)
            {
                list.Clear();
            }

            return _generation;
        }

        public void Visit(int node, int generation, byte side, int parent, int link, int depth)
        {
            Stamp[node] = generation;
            Side[node] = side;
            Parent[node] = parent;
            ParentLink[node] = link;
            Depth[node] = (byte)depth;
        }

        /// <summary>The path from the search's start to <paramref name="a"/>, the link, and on from <paramref name="b"/> to its end.</summary>
        public GraphPath Join(int a, int link, int b)
        {
            var nodes = new List<int>();
            var links = new List<int>();
            for (var node = a; node != -1; node = Parent[node])
            {
                nodes.Add(node);
                if (ParentLink[node] >= 0)
                {
                    links.Add(ParentLink[node]);
                }
            }

            nodes.Reverse();
            links.Reverse();
            links.Add(link);
            for (var node = b; node != -1; node = Parent[node])
            {
                nodes.Add(node);
                if (ParentLink[node] >= 0)
                {
                    links.Add(ParentLink[node]);
                }
            }

            return new GraphPath(nodes, links);
        }
    }

    /// <summary>Every node-simple path of at most <see cref="PathSearch.MaxHops"/> links, shortest first, up to <see cref="PathSearch.MaxPaths"/>.</summary>
    public PathResult AllSimplePaths(PathSearch search)
    {
        Check(search);
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

    private Dictionary<int, int> DistancesTo(PathSearch search)
    {
        var distance = new Dictionary<int, int> { [search.To] = 0 };
        var frontier = new List<int> { search.To };
        for (var hops = 1; hops <= search.MaxHops && frontier.Count > 0; hops++)
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
}
