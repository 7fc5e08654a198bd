using Qingdan.Graph.Core.Graph;

namespace Qingdan.Graph.Core.Rules;

public sealed partial class RuleEngine
{
    // The medians the scan on this thread consulted; thread-static for the same reason as the snapshot's footprint.
    [ThreadStatic]
    private static HashSet<MedianKey>? _scanMedians;

    /// <summary>One official's scan with its footprint: the recorders are this thread's for the scan's duration only.</summary>
    private (List<Finding> Findings, OfficialFootprint Footprint) ScanTraced(int official, IReadOnlySet<RuleId> rules)
    {
        var nodes = new HashSet<int>();
        var medians = new HashSet<MedianKey>();
        var before = GraphSnapshot.RecordFootprint(nodes);
        var mediansBefore = _scanMedians;
        _scanMedians = medians;
        try
        {
            var findings = new OfficialScan(this, official, rules).Run();
            var sorted = nodes.ToArray();
            Array.Sort(sorted);
            return (findings, new OfficialFootprint(official, sorted, [.. medians.OrderBy(m => m.Role).ThenBy(m => m.Section)]));
        }
        finally
        {
            GraphSnapshot.RecordFootprint(before);
            _scanMedians = mediansBefore;
        }
    }
}
