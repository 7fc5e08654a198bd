using Qingdan.Graph.Ingest.Statements;

namespace Qingdan.Graph.Ingest.Mappings;

/// <summary>A sink that keeps nothing and knows every ref: running a row handler against it checks a record's values alone.</summary>
internal sealed class ValidatingSink : IStatementSink
{
    public bool Knows(NodeRef node) => true;

    public Task AddNodeAsync(NodeStatement node, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task NodesCompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task AddLinkAsync(LinkStatement link, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task AddReportAsync(ReportStatement report, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task AddReportItemAsync(ReportItemStatement item, CancellationToken cancellationToken) => Task.CompletedTask;

    public void Report(RowIssue issue)
    {
    }
}
