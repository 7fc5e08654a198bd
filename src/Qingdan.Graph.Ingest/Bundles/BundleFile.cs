using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Ingest.Csv;
using Qingdan.Graph.Ingest.Statements;

namespace Qingdan.Graph.Ingest.Bundles;

/// <summary>How one row of a bundle file becomes statements; throws <see cref="RowRejectedException"/> for a row that cannot be
/// read.</summary>
internal delegate Task BundleRowHandler(IStatementSink sink, RowReader row, SourceRef source, CancellationToken cancellationToken);

/// <summary>
/// One file of the bundle format (registry-bundle.md "Files and columns"): its columns, the record kind
/// its refs name, the columns that point at other records, and how its rows are read. The CSV reader
/// and the mapping reader both read rows through it, so that a mapped record is validated exactly as a
/// bundle row is.
/// </summary>
/// <remarks>A class, not a record: files are compared and hashed by identity, as the mapping reader's per-row lookups need.</remarks>
internal sealed class BundleFile(string name, IReadOnlyList<string> required, IReadOnlyList<string> optional)
{
    public string Name { get; } = name;

    public IReadOnlyList<string> Required { get; } = required;

    public IReadOnlyList<string> Optional { get; } = optional;

    /// <summary>The file's name without <c>.csv</c>: the <c>kind</c> a mapping names.</summary>
    public string Kind => Name[..^4];

    /// <summary>The node kind of the file's records, for files whose rows have a <c>ref</c> of their own.</summary>
    public NodeKind? Nodes { get; init; }

    /// <summary>True when each row is a record with a <c>ref</c> of its own (people, companies, agencies, decisions, reports).</summary>
    public bool HasRef { get; } = required.Contains("ref");

    /// <summary>Columns naming another record, with the files whose refs they may name.</summary>
    public IReadOnlyList<RefColumn> Refs { get; init; } = [];

    /// <summary>Reads a row's node (node files), before any link of the bundle.</summary>
    public BundleRowHandler? ReadNode { get; init; }

    /// <summary>Reads a row's links, once every node of the bundle is in.</summary>
    public BundleRowHandler? ReadLinks { get; init; }

    private readonly string[] _columns = [.. required, .. optional];

    /// <summary>Every column, required first.</summary>
    public IReadOnlyList<string> Columns => _columns;

    /// <summary>The position of a column in <see cref="Columns"/>; -1 for none.</summary>
    public int IndexOf(string column) => Array.IndexOf(_columns, column);

    /// <summary>True for a file this version reads (every file of the format has a handler).</summary>
    public bool IsRead => ReadNode is not null || ReadLinks is not null;

    public RefColumn? RefColumn(string column) => Refs.FirstOrDefault(r => r.Column == column);
}

/// <summary>
/// A column of a bundle file that names another record by its ref. <paramref name="KindColumn"/> is the
/// column saying which of <paramref name="Targets"/> it names (<c>holder_kind</c>: person or company).
/// </summary>
internal sealed record RefColumn(string Column, IReadOnlyList<string> Targets, string? KindColumn = null);
