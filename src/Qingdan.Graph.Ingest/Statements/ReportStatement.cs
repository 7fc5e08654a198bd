using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Ingest.Statements;

/// <summary>A personal-matters report as one registry row states it (<c>reports.csv</c>): the official and the day it describes.</summary>
public sealed record ReportStatement
{
    public required SourceRef Source { get; init; }

    /// <summary>The registry's own key for the report; items name it.</summary>
    public required string Ref { get; init; }

    /// <summary>The official whose report it is.</summary>
    public required NodeRef Person { get; init; }

    /// <summary>The day whose state of affairs the report describes.</summary>
    public required DateOnly ReportDate { get; init; }

    /// <summary>When it was handed in.</summary>
    public DateOnly? SubmittedDate { get; init; }

    public IReadOnlyDictionary<string, string>? Extra { get; init; }
}

/// <summary>
/// What a report declares, as one row states it (<c>report_items.csv</c>): a relative it lists, or a holding or post of
/// <see cref="Person"/> at <see cref="Company"/>. It adds no link to the graph.
/// </summary>
public sealed record ReportItemStatement
{
    public required SourceRef Source { get; init; }

    /// <summary>The report's ref; checked against the registry's reports once the whole bundle is read.</summary>
    public required string ReportRef { get; init; }

    public required ReportItemKind Kind { get; init; }

    public required NodeRef Person { get; init; }

    /// <summary>For a relative: the relation the report gives, as a wire word.</summary>
    public string? Relation { get; init; }

    /// <summary>For a holding or post: the company.</summary>
    public NodeRef? Company { get; init; }
}
