using Qingdan.Graph.Ingest.Statements;

namespace Qingdan.Graph.Ingest.Tests;

/// <summary>Keeps what a reader sends, as the ingest pipeline would receive it; knows the refs it was sent.</summary>
internal sealed class CollectingSink : IStatementSink
{
    private readonly HashSet<NodeRef> _known = [];

    public List<NodeStatement> Nodes { get; } = [];

    public List<LinkStatement> Links { get; } = [];

    public List<ReportStatement> Reports { get; } = [];

    public List<ReportItemStatement> ReportItems { get; } = [];

    public List<RowIssue> Issues { get; } = [];

    public bool NodesCompleted { get; private set; }

    public IEnumerable<RowIssue> Rejected => Issues.Where(i => i.Rejected);

    public IEnumerable<RowIssue> Warnings => Issues.Where(i => !i.Rejected);

    public bool Knows(NodeRef node) => _known.Contains(node);

    /// <summary>Makes the sink know a ref as an earlier ingest of the registry would.</summary>
    public void Know(NodeRef node) => _known.Add(node);

    public Task AddNodeAsync(NodeStatement node, CancellationToken cancellationToken)
    {
        Assert.False(NodesCompleted, "a node arrived after the nodes were complete");
        _known.Add(node.Key);
        Nodes.Add(node);
        return Task.CompletedTask;
    }

    public Task NodesCompleteAsync(CancellationToken cancellationToken)
    {
        NodesCompleted = true;
        return Task.CompletedTask;
    }

    public Task AddLinkAsync(LinkStatement link, CancellationToken cancellationToken)
    {
        Assert.True(NodesCompleted, "a link arrived before the nodes were complete");
        Links.Add(link);
        return Task.CompletedTask;
    }

    public Task AddReportAsync(ReportStatement report, CancellationToken cancellationToken)
    {
        Assert.True(NodesCompleted, "a report arrived before the nodes were complete");
        Reports.Add(report);
        return Task.CompletedTask;
    }

    public Task AddReportItemAsync(ReportItemStatement item, CancellationToken cancellationToken)
    {
        Assert.True(NodesCompleted, "a report item arrived before the nodes were complete");
        ReportItems.Add(item);
        return Task.CompletedTask;
    }

    public void Report(RowIssue issue) => Issues.Add(issue);
}
