using System.Text.Json;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Ingest.Statements;
using Qingdan.Graph.Store.Ingest.Writing;

namespace Qingdan.Graph.Store.Ingest;

// Personal-matters reports (rule REP): held until the batch's rows are all read, then written once. A report is keyed by
// (registry, ref) and takes its latest statement; an item is keyed by what it states, as a link is. An item whose report
// neither this batch nor an earlier one of the registry states is rejected then, naming its row.
internal sealed partial class IngestPipeline
{
    private readonly Dictionary<string, ReportStatement> _reports = new(StringComparer.Ordinal);
    private readonly List<ReportItemStatement> _reportItems = [];
    private Dictionary<string, long?>? _storedReports;

    /// <summary>Report and item rows accepted so far.</summary>
    public long ReportRows { get; private set; }

    public Task AddReportAsync(ReportStatement report, CancellationToken cancellationToken)
    {
        if (_reports.TryGetValue(report.Ref, out var first))
        {
            // A delivered sheet with a row per item repeats its report on every row: the same statement is the same report.
            if (first.Person != report.Person || first.ReportDate != report.ReportDate || first.SubmittedDate != report.SubmittedDate)
            {
                Report(new RowIssue(
                    report.Source.File,
                    report.Source.Line,
                    $"report '{report.Ref}' is stated again with another person or day than on {first.Source.File}:{first.Source.Line}",
                    string.Empty,
                    Rejected: true));
            }

            return Task.CompletedTask;
        }

        _reports[report.Ref] = report;
        ReportRows++;
        Tick();
        return Task.CompletedTask;
    }

    public Task AddReportItemAsync(ReportItemStatement item, CancellationToken cancellationToken)
    {
        _reportItems.Add(item);
        ReportRows++;
        Tick();
        return Task.CompletedTask;
    }

    /// <summary>
    /// Once every row is read: rejects the items whose report neither this batch nor an earlier one of the registry states (before
    /// an all-or-nothing ingest decides, so that they count).
    /// </summary>
    public async Task CheckReportItemsAsync(CancellationToken cancellationToken)
    {
        if (_reportItems.Count == 0 && _reports.Count == 0)
        {
            return;
        }

        _storedReports = await StoredReportsAsync(cancellationToken);
        _reportItems.RemoveAll(item =>
        {
            if (_reports.ContainsKey(item.ReportRef) || _storedReports.ContainsKey(item.ReportRef))
            {
                return false;
            }

            Report(new RowIssue(
                item.Source.File,
                item.Source.Line,
                $"unknown report_ref '{item.ReportRef}': no reports row of this registry has that ref",
                string.Empty,
                Rejected: true));
            ReportRows--;
            return true;
        });
    }

    private async Task WriteReportsAsync(CancellationToken cancellationToken)
    {
        if (_reports.Count == 0 && _reportItems.Count == 0)
        {
            return;
        }

        progress("writing reports", Rows, Rejected);
        var stored = _storedReports ?? await StoredReportsAsync(cancellationToken);
        // Every report and item written touches its official (a restated report also the official it had).
        Touch(_reports.Values.Select(r => (long?)refs[r.Person].Entity)
            .Concat(_reports.Keys.Select(r => stored.GetValueOrDefault(r)))
            .Concat(_reportItems.Select(i => _reports.TryGetValue(i.ReportRef, out var report) ? refs[report.Person].Entity
                : stored.GetValueOrDefault(i.ReportRef)))
            .OfType<long>());

        // Staged in bulk (COPY on PostgreSQL), then merged: a report takes its latest statement when it changes, an item
        // stated before is the same item.
        var columns = StoreTables.List(StoreTables.PersonalReports);
        await db.CreateTempTableAsync("tmp_reports", StoreTables.PersonalReports, cancellationToken);
        await db.InsertAsync(
            "tmp_reports",
            StoreTables.PersonalReports,
            _reports.Values.Select(r => new object?[]
            {
                registry, r.Ref, refs[r.Person].Record, r.ReportDate, r.SubmittedDate, batchId, r.Source.File, r.Source.Line,
                r.Extra is null ? null : JsonSerializer.Serialize(r.Extra),
            }),
            cancellationToken);
        await db.ExecuteAsync(
            $"""
            INSERT INTO personal_reports ({columns}) SELECT {columns} FROM tmp_reports WHERE 1 = 1
            ON CONFLICT (registry, ref) DO UPDATE SET person_record_id = excluded.person_record_id,
              report_date = excluded.report_date, submitted_date = excluded.submitted_date, batch_id = excluded.batch_id,
              file = excluded.file, line = excluded.line, extra = excluded.extra
            WHERE personal_reports.person_record_id <> excluded.person_record_id
              OR personal_reports.report_date <> excluded.report_date
              OR {Distinct("personal_reports.submitted_date", "excluded.submitted_date")}
            """,
            cancellationToken);
        await db.DropTempTableAsync("tmp_reports", cancellationToken);

        var itemColumns = StoreTables.List(StoreTables.PersonalReportItems);
        await db.CreateTempTableAsync("tmp_report_items", StoreTables.PersonalReportItems, cancellationToken);
        await db.InsertAsync(
            "tmp_report_items",
            StoreTables.PersonalReportItems,
            _reportItems.Select(i => new object?[]
            {
                registry, FactKeys.ForItem(registry, i), i.ReportRef, Wire.Name(i.Kind), refs[i.Person].Record, i.Relation,
                i.Company is { } company ? refs[company].Record : null, batchId, i.Source.File, i.Source.Line,
            }),
            cancellationToken);
        await db.ExecuteAsync(
            $"""
            INSERT INTO personal_report_items ({itemColumns}) SELECT {itemColumns} FROM tmp_report_items WHERE 1 = 1 ORDER BY line
            ON CONFLICT (fact_key) DO NOTHING
            """,
            cancellationToken);
        await db.DropTempTableAsync("tmp_report_items", cancellationToken);
    }

    private string Distinct(string left, string right) =>
        db.Provider == Database.StoreProvider.Postgres ? $"{left} IS DISTINCT FROM {right}" : $"{left} IS NOT {right}";

    /// <summary>The registry's stored reports by ref, with the entity of each one's official.</summary>
    private async Task<Dictionary<string, long?>> StoredReportsAsync(CancellationToken cancellationToken)
    {
        var stored = new Dictionary<string, long?>(StringComparer.Ordinal);
        await using var command = db.Command(
            """
            SELECT r.ref, s.entity_id FROM personal_reports r
            LEFT JOIN source_records s ON s.id = r.person_record_id WHERE r.registry = @registry
            """,
            ("@registry", registry));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            stored[reader.GetString(0)] = reader.IsDBNull(1) ? null : reader.GetInt64(1);
        }

        return stored;
    }
}
