namespace Qingdan.Graph.Ingest.Statements;

/// <summary>Where a reader sends what it reads, in order: nodes first, then links and reports.</summary>
public interface IStatementSink
{
    /// <summary>True when the registry already knows the ref, from this bundle or an earlier one.</summary>
    bool Knows(NodeRef node);

    Task AddNodeAsync(NodeStatement node, CancellationToken cancellationToken);

    /// <summary>Called once, after the last node and before the first link.</summary>
    Task NodesCompleteAsync(CancellationToken cancellationToken);

    Task AddLinkAsync(LinkStatement link, CancellationToken cancellationToken);

    /// <summary>A personal-matters report; called after <see cref="NodesCompleteAsync"/>, like a link.</summary>
    Task AddReportAsync(ReportStatement report, CancellationToken cancellationToken);

    /// <summary>An item of a report, in any order relative to its report: the sink checks the report's ref once all is read.</summary>
    Task AddReportItemAsync(ReportItemStatement item, CancellationToken cancellationToken);

    void Report(RowIssue issue);
}
