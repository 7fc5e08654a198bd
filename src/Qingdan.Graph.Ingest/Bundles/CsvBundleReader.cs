using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Ingest.Csv;
using Qingdan.Graph.Ingest.Statements;

namespace Qingdan.Graph.Ingest.Bundles;

/// <summary>
/// Reads a registry bundle folder (registry-bundle.md): node files first (agencies, people,
/// companies, decisions), then link files and reports, so that every ref a link names is known when it is read.
/// Rows are streamed; only the refs seen are held.
/// </summary>
public sealed class CsvBundleReader(string folder, Manifest manifest)
{
    private readonly HashSet<int> _acceptedDecisionLines = [];

    /// <summary>The files of the format this version reads.</summary>
    public static IReadOnlySet<string> KnownFiles { get; }
        = BundleFiles.All.Where(f => f.IsRead).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);

    /// <summary>The files that hold links (decisions.csv holds nodes and links).</summary>
    public static IReadOnlySet<string> LinkFileNames { get; } = BundleFiles.LinkFiles.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);

    /// <summary>Reads every file of the bundle into the sink.</summary>
    public async Task ReadAsync(IStatementSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        foreach (var path in Directory.EnumerateFiles(folder, "*.csv").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (!KnownFiles.Contains(name))
            {
                sink.Report(new RowIssue(name, 1, $"{name} is not a file of the bundle format; ignored", string.Empty, Rejected: false));
            }
        }

        foreach (var file in BundleFiles.NodeFiles)
        {
            await ReadFileAsync(sink, file, file.ReadNode!, nodes: true, cancellationToken);
        }

        await sink.NodesCompleteAsync(cancellationToken);
        foreach (var file in BundleFiles.LinkFiles.Concat(BundleFiles.ReportFiles))
        {
            await ReadFileAsync(sink, file, file.ReadLinks!, nodes: false, cancellationToken);
        }
    }

    private async Task ReadFileAsync(
        IStatementSink sink,
        BundleFile file,
        BundleRowHandler handle,
        bool nodes,
        CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, file.Name);
        if (!File.Exists(path))
        {
            return;
        }

        // decisions.csv is read twice: its nodes, then the links of the rows whose decision was accepted.
        var secondPass = !nodes && file.ReadNode is not null;
        RowReader? reader = null;
        string? missing = null;
        var seenRefs = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var csv in CsvSource.Read(path, manifest.Encoding, header =>
        {
            reader = new RowReader(header, file.Columns);
            var absent = file.Required.Where(column => !reader.Has(column)).ToList();
            missing = absent.Count == 0 ? null : $"required column{(absent.Count > 1 ? "s" : string.Empty)} " +
                $"{string.Join(", ", absent.Select(c => $"'{c}'"))} missing from the header of {file.Name}";
        }))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (secondPass && !_acceptedDecisionLines.Contains(csv.Line))
            {
                continue;
            }

            var problem = csv.Problem ?? missing;
            if (problem is not null || reader is null)
            {
                if (!secondPass)
                {
                    sink.Report(new RowIssue(file.Name, csv.Line, problem ?? "no header", csv.Raw, Rejected: true));
                }

                continue;
            }

            reader.Load(csv.Fields);
            try
            {
                if (file.HasRef && !secondPass)
                {
                    var key = reader.Required("ref");
                    if (seenRefs.TryGetValue(key, out var firstLine))
                    {
                        throw new RowRejectedException($"duplicate ref '{key}' (first on line {firstLine})");
                    }

                    seenRefs[key] = csv.Line;
                }

                await handle(sink, reader, new SourceRef(manifest.Id, file.Name, csv.Line), cancellationToken);
                if (nodes && file.ReadLinks is not null)
                {
                    _acceptedDecisionLines.Add(csv.Line);
                }
            }
            catch (RowRejectedException rejected)
            {
                sink.Report(new RowIssue(file.Name, csv.Line, rejected.Message, csv.Raw, Rejected: true));
            }
        }
    }
}
