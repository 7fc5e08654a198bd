using Qingdan.Graph.Ingest.Statements;

namespace Qingdan.Graph.Ingest.Mappings;

/// <summary>
/// <c>qingdan map check</c>: a mapping tried on its delivered files without a store — the header found
/// in each, the first rows as the bundle records they make, and every problem a real ingest would meet
/// (refs are known when this mapping states them, or when <paramref name="knownRefs"/> does).
/// </summary>
public sealed class MappingCheck(MappingFile mapping, IReadOnlyList<string>? files, int sampleRows, ISet<NodeRef>? knownRefs = null)
{
    /// <summary>Tries the mapping; a mapping that cannot be used at all gives a result holding only its problems.</summary>
    public async Task<MappingCheckResult> RunAsync(CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var samples = new List<MappingSampleRow>();
        var shown = new Dictionary<string, int>(StringComparer.Ordinal);
        var reader = new MappedBundleReader(mapping, files)
        {
            RowMapped = (location, row, records) =>
            {
                var count = shown.GetValueOrDefault(location);
                if (count < sampleRows)
                {
                    shown[location] = count + 1;
                    samples.Add(new MappingSampleRow(location, row, records.Select(Sample).ToList()));
                }
            },
        };
        var sink = new CheckSink(knownRefs);
        try
        {
            await reader.ReadAsync(sink, cancellationToken);
            sink.CheckReports();
        }
        catch (MappingException error)
        {
            return new MappingCheckResult(mapping.Manifest, [], [], [], error.Problems, 0, 0, 0, 0);
        }

        return new MappingCheckResult(
            mapping.Manifest,
            reader.Headers.Select(h => new MappingHeader(h.Location, h.Row, h.Cells)).ToList(),
            samples,
            sink.Issues,
            [],
            reader.RowsRead,
            reader.RowsFiltered,
            sink.Nodes,
            sink.Links);
    }

    private static MappingSampleRecord Sample(MappedRecord record)
    {
        var columns = record.Mapping.File.Columns;
        var values = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < columns.Count; i++)
        {
            var value = columns[i] == "ref" ? record.Ref : record.Values[i];
            if (value is not null)
            {
                values.Add(KeyValuePair.Create(columns[i], value));
            }
        }

        return new MappingSampleRecord(record.Mapping.Name, record.Mapping.File.Kind, values);
    }

    private sealed class CheckSink(ISet<NodeRef>? known) : IStatementSink
    {
        private readonly HashSet<NodeRef> _stated = [];
        private readonly HashSet<string> _reports = new(StringComparer.Ordinal);
        private readonly List<ReportItemStatement> _items = [];

        public List<RowIssue> Issues { get; } = [];

        public long Nodes { get; private set; }

        public long Links { get; private set; }

        public bool Knows(NodeRef node) => _stated.Contains(node) || known?.Contains(node) == true;

        public Task AddNodeAsync(NodeStatement node, CancellationToken cancellationToken)
        {
            _stated.Add(node.Key);
            Nodes++;
            return Task.CompletedTask;
        }

        public Task NodesCompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task AddLinkAsync(LinkStatement link, CancellationToken cancellationToken)
        {
            Links++;
            return Task.CompletedTask;
        }

        // A report is a record with a ref of its own; an item, like a link, a fact about records.
        public Task AddReportAsync(ReportStatement report, CancellationToken cancellationToken)
        {
            _reports.Add(report.Ref);
            Nodes++;
            return Task.CompletedTask;
        }

        public Task AddReportItemAsync(ReportItemStatement item, CancellationToken cancellationToken)
        {
            _items.Add(item);
            Links++;
            return Task.CompletedTask;
        }

        /// <summary>Items whose report these files do not state: the ingest rejects them unless an earlier one stated it.</summary>
        public void CheckReports()
        {
            foreach (var item in _items.Where(i => !_reports.Contains(i.ReportRef)))
            {
                Issues.Add(new RowIssue(
                    item.Source.File,
                    item.Source.Line,
                    $"report_ref '{item.ReportRef}' names no report of these files: the ingest rejects the item unless an earlier ingest " +
                        "of the registry stated that report",
                    string.Empty,
                    Rejected: false));
            }
        }

        public void Report(RowIssue issue) => Issues.Add(issue);
    }
}

/// <summary>What <see cref="MappingCheck"/> found.</summary>
public sealed record MappingCheckResult(
    Bundles.Manifest Manifest,
    IReadOnlyList<MappingHeader> Headers,
    IReadOnlyList<MappingSampleRow> Samples,
    IReadOnlyList<RowIssue> Issues,
    IReadOnlyList<MappingProblem> MappingProblems,
    long RowsRead,
    long RowsFiltered,
    long Records,
    long Links)
{
    /// <summary>True when an ingest would reject a row or fail: what makes <c>map check</c> exit 1.</summary>
    public bool HasProblems => MappingProblems.Count > 0 || Issues.Any(i => i.Rejected);
}

/// <summary>The header found in one delivered file (or sheet).</summary>
public sealed record MappingHeader(string Location, int Row, IReadOnlyList<string> Cells);

/// <summary>One of the first rows of a table, as the records it makes.</summary>
public sealed record MappingSampleRow(string Location, int Row, IReadOnlyList<MappingSampleRecord> Records);

/// <summary>A record as the bundle would hold it: its mapping's name, its kind, and its non-empty columns.</summary>
public sealed record MappingSampleRecord(string Name, string Kind, IReadOnlyList<KeyValuePair<string, string>> Values);
