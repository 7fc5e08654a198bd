using System.Data.Common;
using System.Globalization;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Store.Graph;

/// <summary>
/// The personal-matters reports a snapshot holds beside its graph (<see cref="ReportBook"/>): each report and item with the
/// entities its records resolve to now, read through <c>source_records</c>. Reports number one an official a year, so the
/// book is read whole with every load and every patch (docs/benchmarks.md "Reports").
/// </summary>
internal static class SnapshotReports
{
    public static async Task<ReportBook> ReadAsync(
        DbConnection db,
        DbTransaction transaction,
        Dictionary<long, string> bundles,
        CancellationToken cancellationToken)
    {
        var items = new Dictionary<long, List<PersonalReportItem>>();
        await using (var command = SnapshotLoader.Command(
            db,
            transaction,
            """
            SELECT r.id, i.item, p.entity_id, i.relation, c.entity_id, i.batch_id, i.file, i.line
            FROM personal_report_items i
            JOIN personal_reports r ON r.registry = i.registry AND r.ref = i.report_ref
            JOIN source_records p ON p.id = i.person_record_id
            LEFT JOIN source_records c ON c.id = i.company_record_id
            ORDER BY r.id, i.id
            """))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var report = reader.GetInt64(0);
                if (!items.TryGetValue(report, out var list))
                {
                    items[report] = list = [];
                }

                list.Add(new PersonalReportItem
                {
                    Kind = Wire.TryParse<ReportItemKind>(reader.GetString(1), out var kind) ? kind.Value : ReportItemKind.Relative,
                    Person = new EntityId(NodeKind.Person, reader.GetInt64(2)),
                    Relation = reader.IsDBNull(3) ? null : reader.GetString(3),
                    Company = reader.IsDBNull(4) ? null : new EntityId(NodeKind.Company, reader.GetInt64(4)),
                    Source = new SourceRef(Bundle(bundles, reader.GetInt64(5)), reader.GetString(6), reader.GetInt32(7)),
                });
            }
        }

        var reports = new List<PersonalReport>();
        await using (var command = SnapshotLoader.Command(
            db,
            transaction,
            """
            SELECT r.id, r.registry, r.ref, s.entity_id, r.report_date, r.submitted_date, r.batch_id, r.file, r.line
            FROM personal_reports r JOIN source_records s ON s.id = r.person_record_id
            ORDER BY r.id
            """))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetInt64(0);
                reports.Add(new PersonalReport
                {
                    Id = id,
                    Registry = reader.GetString(1),
                    Ref = reader.GetString(2),
                    Person = new EntityId(NodeKind.Person, reader.GetInt64(3)),
                    ReportDate = Day(reader.GetValue(4)),
                    SubmittedDate = reader.IsDBNull(5) ? null : Day(reader.GetValue(5)),
                    Source = new SourceRef(Bundle(bundles, reader.GetInt64(6)), reader.GetString(7), reader.GetInt32(8)),
                    Items = items.TryGetValue(id, out var list) ? list : [],
                });
            }
        }

        return reports.Count == 0 ? ReportBook.Empty : new ReportBook(reports);
    }

    private static string Bundle(Dictionary<long, string> bundles, long batch) =>
        bundles.TryGetValue(batch, out var bundle) ? bundle : batch.ToString(CultureInfo.InvariantCulture);

    // SQLite hands dates back as text, PostgreSQL as DateTime or DateOnly, depending on how the value is asked for.
    private static DateOnly Day(object value) => value switch
    {
        DateOnly day => day,
        DateTime time => DateOnly.FromDateTime(time),
        string text => DateOnly.ParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"a report's day came back as {value.GetType().Name}"),
    };
}
