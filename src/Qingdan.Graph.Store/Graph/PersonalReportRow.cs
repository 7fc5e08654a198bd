namespace Qingdan.Graph.Store.Graph;

/// <summary>
/// A personal-matters report as its registry stated it (<c>reports.csv</c>). The official is the record the row named; its
/// entity is the record's, read through <c>source_records</c>, so a merge or split moves the report with the record.
/// </summary>
public sealed class PersonalReportRow
{
    public long Id { get; set; }

    public required string Registry { get; set; }

    /// <summary>The registry's key for the report, unique per registry.</summary>
    public required string Ref { get; set; }

    public long PersonRecordId { get; set; }

    public DateOnly ReportDate { get; set; }

    public DateOnly? SubmittedDate { get; set; }

    /// <summary>The batch that last stated it differently (a restatement that changes nothing leaves it).</summary>
    public long BatchId { get; set; }

    public required string File { get; set; }

    public int Line { get; set; }

    /// <summary>Columns the format does not define, as a JSON object.</summary>
    public string? Extra { get; set; }
}

/// <summary>
/// One item of a report (<c>report_items.csv</c>): a relative it lists, or a holding or post of a person at a company. Keyed
/// by what it states, as a link is: restating it restates it. Its report is named by ref, as the registry names it.
/// </summary>
public sealed class PersonalReportItemRow
{
    public long Id { get; set; }

    public required string Registry { get; set; }

    /// <summary>Hash of the registry and what the row states (report, item, person, relation, company).</summary>
    public required Guid FactKey { get; set; }

    public required string ReportRef { get; set; }

    /// <summary><c>relative</c>, <c>holding</c> or <c>post</c>.</summary>
    public required string Item { get; set; }

    public long PersonRecordId { get; set; }

    /// <summary>For a relative item: the relation the report gives (wire word).</summary>
    public string? Relation { get; set; }

    public long? CompanyRecordId { get; set; }

    public long BatchId { get; set; }

    public required string File { get; set; }

    public int Line { get; set; }
}
