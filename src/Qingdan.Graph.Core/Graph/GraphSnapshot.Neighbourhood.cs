using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Graph;

public sealed partial class GraphSnapshot
{
    /// <summary>
    /// The nodes within <paramref name="hops"/> links (read both ways), as of a day and through some kinds,
    /// showing at most <paramref name="capPerKind"/> links of each kind at each node and counting the rest.
    /// </summary>
    public NeighbourhoodResult Neighbourhood(
        int node,
        int hops,
        DateOnly? asOf = null,
        IReadOnlySet<LinkKind>? via = null,
        int capPerKind = 25)
    {
        if (hops is < 0 or > PathSearch.MaxHopsLimit)
        {
            throw new GraphLimitException($"hops must be between 0 and {PathSearch.MaxHopsLimit}; {hops} was asked");
        }

        var filter = new LinkFilter(via, asOf);
        var seen = new HashSet<int> { node };
        var nodes = new List<int> { node };
        var links = new HashSet<int>();
        var more = new Dictionary<int, IReadOnlyDictionary<LinkKind, int>>();
        var frontier = new List<int> { node };
        for (var level = 0; level < hops && frontier.Count > 0; level++)
        {
            var next = new List<int>();
            foreach (var current in frontier)
            {
                var shown = new Dictionary<LinkKind, int>();
                var hidden = new Dictionary<LinkKind, int>();
                foreach (var link in Outgoing(current).ToArray().Concat(Incoming(current).ToArray()))
                {
                    if (!filter.Admits(_kind[link], _start[link], _end[link]))
                    {
                        continue;
                    }

                    var kind = (LinkKind)_kind[link];
                    if (shown.GetValueOrDefault(kind) >= capPerKind)
                    {
                        hidden[kind] = hidden.GetValueOrDefault(kind) + 1;
                        continue;
                    }

                    shown[kind] = shown.GetValueOrDefault(kind) + 1;
                    links.Add(link);
                    var other = _from[link] == current ? _to[link] : _from[link];
                    if (seen.Add(other))
                    {
                        nodes.Add(other);
                        next.Add(other);
                    }
                }

                if (hidden.Count > 0)
                {
                    more[current] = hidden;
                }
            }

            frontier = next;
        }

        return new NeighbourhoodResult(nodes, [.. links.Order()], more);
    }
}
