namespace Qingdan.Graph.Ingest.Statements;

/// <summary>Where a reader sends what it reads, in order: nodes first, then links.</summary>
public interface IStatementSink
{
    /// <summary>True when the registry already knows the ref, from this bundle or an earlier one.</summary>
    bool Knows(NodeRef node);

    Task AddNodeAsync(NodeStatement node, CancellationToken cancellationToken);

    /// <summary>Called once, after the last node and before the first link.</summary>
    Task NodesCompleteAsync(CancellationToken cancellationToken);

    Task AddLinkAsync(LinkStatement link, CancellationToken cancellationToken);

    void Report(RowIssue issue);
}
