using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Tests.Graph;

/// <summary>Two snapshots hold the same graph: every node's record and adjacency, every link's facts and sources. (Also compiled into the
/// store tests.)</summary>
internal static class SnapshotAssert
{
    /// <param name="expected">The snapshot as it should be.</param>
    /// <param name="actual">The snapshot compared with it.</param>
    /// <param name="sameBytes">Whether the columns' sizes must match too (a patch sizes its flag words exactly, a load by its
    /// estimate).</param>
    public static void Same(GraphSnapshot expected, GraphSnapshot actual, bool sameBytes = true)
    {
        Assert.Equal((expected.Version, expected.NodeCount, expected.LinkCount), (actual.Version, actual.NodeCount, actual.LinkCount));
        for (var node = 0; node < expected.NodeCount; node++)
        {
            Assert.Equal(expected.IdOf(node), actual.IdOf(node));
            if (expected.NodeOf(node) is Agency agency)
            {
                // A record compares its list of sectors by reference.
                var copy = Assert.IsType<Agency>(actual.NodeOf(node));
                Assert.Equal(agency.Sectors, copy.Sectors);
                Assert.Equal(agency with { Sectors = [] }, copy with { Sectors = [] });
            }
            else
            {
                Assert.Equal(expected.NodeOf(node), actual.NodeOf(node));
            }

            Assert.Equal(expected.LinksFrom(node), actual.LinksFrom(node));
            Assert.Equal(expected.LinksTo(node), actual.LinksTo(node));
        }

        for (var link = 0; link < expected.LinkCount; link++)
        {
            Assert.Equal(expected.FactOf(link), actual.FactOf(link));
            Assert.Equal(expected.SourcesOf(link), actual.SourcesOf(link));
        }

        // The reports beside the graph: each with its items (a record compares its list by reference).
        Assert.Equal(expected.Reports.Count, actual.Reports.Count);
        foreach (var report in expected.Reports.All)
        {
            var copy = actual.Reports.Find(report.Id);
            Assert.NotNull(copy);
            Assert.Equal(report with { Items = [] }, copy with { Items = [] });
            Assert.Equal(report.Items, copy.Items);
        }

        if (sameBytes)
        {
            Assert.Equal(expected.LinkBytes(), actual.LinkBytes());
        }
    }
}
