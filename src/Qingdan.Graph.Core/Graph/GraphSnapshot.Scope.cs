using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Graph;

public sealed partial class GraphSnapshot
{
    /// <summary>
    /// What a scoped reader may see (docs/security.md "Scopes"): the agencies inside (<paramref name="agencyInside"/>), the
    /// officials who hold or held a post at one of them, and every node within <paramref name="hops"/> links of those two,
    /// read both ways whatever the day — never entering an official outside and never walking on from an agency outside
    /// (an agency is a hub: through it everything would connect). Agencies are public bodies: all of them are visible.
    /// </summary>
    public ScopeReach Reach(Func<int, bool> agencyInside, int hops)
    {
        ArgumentNullException.ThrowIfNull(agencyInside);
        var count = _nodes.Count;
        var inside = new bool[count];
        for (var node = 0; node < count; node++)
        {
            inside[node] = _nodeKind[node] == (byte)NodeKind.Agency && agencyInside(node);
        }

        // An official inside: a Position link to an agency inside; outside: Position links, none to an agency inside.
        var outside = new bool[count];
        var visible = new bool[count];
        var frontier = new List<int>();
        for (var node = 0; node < count; node++)
        {
            if (_nodeKind[node] == (byte)NodeKind.Agency)
            {
                visible[node] = true;
                if (inside[node])
                {
                    frontier.Add(node);
                }

                continue;
            }

            if (_nodeKind[node] != (byte)NodeKind.Person)
            {
                continue;
            }

            var official = false;
            var posted = false;
            foreach (var link in Outgoing(node))
            {
                if ((LinkKind)_kind[link] == LinkKind.Position)
                {
                    official = true;
                    posted |= inside[_to[link]];
                }
            }

            if (posted)
            {
                inside[node] = visible[node] = true;
                frontier.Add(node);
            }
            else
            {
                outside[node] = official;
            }
        }

        for (var level = 0; level < hops && frontier.Count > 0; level++)
        {
            var next = new List<int>();
            foreach (var current in frontier)
            {
                if (_nodeKind[current] == (byte)NodeKind.Agency && !inside[current])
                {
                    continue;
                }

                Visit(Outgoing(current), _to, next);
                Visit(Incoming(current), _from, next);
            }

            frontier = next;
        }

        return new ScopeReach(visible, outside);

        void Visit(ReadOnlySpan<int> links, int[] end, List<int> next)
        {
            foreach (var link in links)
            {
                var other = end[link];
                if (!visible[other] && !outside[other])
                {
                    visible[other] = true;
                    next.Add(other);
                }
            }
        }
    }
}

/// <summary>The nodes of one snapshot a scope may see (<see cref="GraphSnapshot.Reach"/>), by node index.</summary>
public sealed class ScopeReach
{
    private readonly bool[] _visible;
    private readonly bool[] _outside;

    internal ScopeReach(bool[] visible, bool[] outside)
    {
        _visible = visible;
        _outside = outside;
        VisibleCount = visible.Count(v => v);
    }

    /// <summary>How many nodes are visible.</summary>
    public int VisibleCount { get; }

    /// <summary>Whether the node may be read, listed and counted.</summary>
    public bool Sees(int node) => _visible[node];

    /// <summary>Whether the node is an official outside the scope: absent from reads, drawn redacted.</summary>
    public bool IsOutsideOfficial(int node) => _outside[node];
}
