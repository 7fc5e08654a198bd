namespace Qingdan.Graph.Store.Ingest.Writing;

/// <summary>
/// The column lists of the tables the ingest writes in bulk, in snake case as the model maps them, in the
/// order the rows write their values; <c>StoreTablesTests</c> holds each against the EF model.
/// </summary>
internal static class StoreTables
{
    public static readonly Column[] SourceRecords =
    [
        new("id", ColumnType.BigInt), new("registry", ColumnType.Text), new("batch_id", ColumnType.BigInt), new("file", ColumnType.Text),
        new("line", ColumnType.Int), new("ref", ColumnType.Text), new("kind", ColumnType.SmallInt), new("entity_id", ColumnType.BigInt),
        new("resolved_by", ColumnType.Text), new("name", ColumnType.Text), new("normalized_name", ColumnType.Text), new(
            "identifier",
            ColumnType.Text),
        new("identifier_status", ColumnType.Text), new("birth_date", ColumnType.Date), new("gender", ColumnType.Text), new(
            "phone",
            ColumnType.Text),
        new("address", ColumnType.Text), new("listed", ColumnType.Bool), new("region_code", ColumnType.Text), new(
            "industry",
            ColumnType.Text),
        new("status", ColumnType.Text), new("founded", ColumnType.Date), new("sectors", ColumnType.Text), new(
            "decision_kind",
            ColumnType.Text),
        new("amount", ColumnType.Numeric), new("currency", ColumnType.Text), new("applied_date", ColumnType.Date), new(
            "decided_date",
            ColumnType.Date),
        new("method", ColumnType.Text), new("bidders", ColumnType.Int), new("extra", ColumnType.Text), new("birth_month", ColumnType.Text),
    ];

    public static readonly Column[] Links =
    [
        new("registry", ColumnType.Text), new("fact_key", ColumnType.Uuid), new("kind", ColumnType.SmallInt), new(
            "from_record_id",
            ColumnType.BigInt),
        new("to_record_id", ColumnType.BigInt), new("from_entity_id", ColumnType.BigInt), new("to_entity_id", ColumnType.BigInt),
        new("start_date", ColumnType.Date), new("end_date", ColumnType.Date), new("stated_end_date", ColumnType.Date), new(
            "last_stated_as_of",
            ColumnType.Date),
        new("detail", ColumnType.Text), new("share", ColumnType.Double), new("amount", ColumnType.Numeric), new(
            "monthly_salary",
            ColumnType.Numeric),
        new("nominal", ColumnType.Bool), new("title", ColumnType.Text), new("rank", ColumnType.Text), new("powers", ColumnType.Text), new(
            "note",
            ColumnType.Text),
        new("extra", ColumnType.Text), new("batch_id", ColumnType.BigInt), new("file", ColumnType.Text), new("line", ColumnType.Int),
    ];

    public static readonly Column[] Nodes =
    [
        new("id", ColumnType.BigInt), new("kind", ColumnType.SmallInt), new("name", ColumnType.Text), new(
            "normalized_name",
            ColumnType.Text),
        new("id_number", ColumnType.Text), new("id_number_status", ColumnType.Text), new("birth_date", ColumnType.Date), new(
            "gender",
            ColumnType.Text),
        new("phone", ColumnType.Text), new("address", ColumnType.Text), new("credit_code", ColumnType.Text), new(
            "credit_code_status",
            ColumnType.Text),
        new("listed", ColumnType.Bool), new("region_code", ColumnType.Text), new("industry", ColumnType.Text), new(
            "status",
            ColumnType.Text),
        new("founded", ColumnType.Date), new("sectors", ColumnType.Text), new("decision_kind", ColumnType.Text), new(
            "amount",
            ColumnType.Numeric),
        new("currency", ColumnType.Text), new("applied_date", ColumnType.Date), new("decided_date", ColumnType.Date), new(
            "method",
            ColumnType.Text),
        new("bidders", ColumnType.Int), new("birth_month", ColumnType.Text),
    ];

    public static readonly Column[] RejectedRows =
    [
        new("batch_id", ColumnType.BigInt), new("file", ColumnType.Text), new("line", ColumnType.Int), new("reason", ColumnType.Text), new(
            "raw",
            ColumnType.Text),
    ];

    public static readonly Column[] PersonalReports =
    [
        new("registry", ColumnType.Text), new("ref", ColumnType.Text), new("person_record_id", ColumnType.BigInt),
        new("report_date", ColumnType.Date), new("submitted_date", ColumnType.Date), new("batch_id", ColumnType.BigInt),
        new("file", ColumnType.Text), new("line", ColumnType.Int), new("extra", ColumnType.Text),
    ];

    public static readonly Column[] PersonalReportItems =
    [
        new("registry", ColumnType.Text), new("fact_key", ColumnType.Uuid), new("report_ref", ColumnType.Text), new("item", ColumnType.Text),
        new("person_record_id", ColumnType.BigInt), new("relation", ColumnType.Text), new("company_record_id", ColumnType.BigInt),
        new("batch_id", ColumnType.BigInt), new("file", ColumnType.Text), new("line", ColumnType.Int),
    ];

    public static readonly Column[] IngestWarnings =
    [
        new("batch_id", ColumnType.BigInt), new("file", ColumnType.Text), new("line", ColumnType.Int), new("message", ColumnType.Text),
    ];

    public static readonly Column[] ResolutionEvents =
    [
        new("batch_id", ColumnType.BigInt), new("record_id", ColumnType.BigInt), new("from_entity_id", ColumnType.BigInt), new(
            "to_entity_id",
            ColumnType.BigInt),
        new("rule", ColumnType.Text), new("at", ColumnType.Timestamp),
    ];

    public static readonly Column[] ResolutionCandidates =
    [
        new("record_a_id", ColumnType.BigInt), new("record_b_id", ColumnType.BigInt), new("reason", ColumnType.Text), new(
            "created_at",
            ColumnType.Timestamp),
    ];

    /// <summary>A comma-separated column list, optionally prefixed with a table alias.</summary>
    public static string List(IEnumerable<Column> columns, string? alias = null) =>
        string.Join(", ", columns.Select(c => alias is null ? c.Name : $"{alias}.{c.Name}"));
}
