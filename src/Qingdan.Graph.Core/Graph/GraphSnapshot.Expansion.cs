using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Graph;

public sealed partial class GraphSnapshot
{
    /// <summary>
    /// The inner loop every traversal runs: a node's links in both directions, filtered by kind and
    /// validity on a day. Returns how many links were looked at and how many passed, so that a benchmark
    /// can measure the loop without the allocations of a result.
    /// </summary>
    public (long Scanned, long Matched) CountExpansion(int node, LinkKind kind, DateOnly day)
    {
        var dayNumber = day.DayNumber;
        var code = (byte)kind;
        long matched = 0;
        var outgoing = Outgoing(node);
        foreach (var link in outgoing)
        {
            if (_kind[link] == code && _start[link] <= dayNumber && dayNumber <= _end[link])
            {
                matched++;
            }
        }

        var incoming = Incoming(node);
        foreach (var link in incoming)
        {
            if (_kind[link] == code && _start[link] <= dayNumber && dayNumber <= _end[link])
            {
                matched++;
            }
        }

        return (outgoing.Length + incoming.Length, matched);
    }
}
