using Qingdan.Graph.Ingest.Statements;

namespace Qingdan.Graph.Ingest.Mappings;

/// <summary>
/// Holds one row's links, reports and warnings until every record of the row has been read, then hands them on:
/// a row whose last record is rejected leaves nothing behind.
/// </summary>
internal sealed class BufferingSink(IStatementSink inner) : IStatementSink
{
    private readonly List<LinkStatement> _links = [];
    private readonly List<ReportStatement> _reports = [];
    private readonly List<ReportItemStatement> _items = [];
    private readonly List<RowIssue> _issues = [];

    public bool Knows(NodeRef node) => inner.Knows(node);

    public Task AddNodeAsync(NodeStatement node, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("links only: a mapped row's records are handed over before its links");

    public Task NodesCompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task AddLinkAsync(LinkStatement link, CancellationToken cancellationToken)
    {
        _links.Add(link);
        return Task.CompletedTask;
    }

    public Task AddReportAsync(ReportStatement report, CancellationToken cancellationToken)
    {
        _reports.Add(report);
        return Task.CompletedTask;
    }

    public Task AddReportItemAsync(ReportItemStatement item, CancellationToken cancellationToken)
    {
        _items.Add(item);
        return Task.CompletedTask;
    }

    public void Report(RowIssue issue) => _issues.Add(issue);

    public void Clear()
    {
        _links.Clear();
        _reports.Clear();
        _items.Clear();
        _issues.Clear();
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        foreach (var issue in _issues)
        {
            inner.Report(issue);
        }

        foreach (var link in _links)
        {
            await inner.AddLinkAsync(link, cancellationToken);
        }

        foreach (var report in _reports)
        {
            await inner.AddReportAsync(report, cancellationToken);
        }

        foreach (var item in _items)
        {
            await inner.AddReportItemAsync(item, cancellationToken);
        }

        Clear();
    }
}
