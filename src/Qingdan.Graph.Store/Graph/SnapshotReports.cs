using System.Data.Common;
using System.Globalization;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Store.Graph;

/// <summary>
/// The personal-matters reports a snapshot holds beside its graph (<see cref="ReportBook"/>): each report and item with the
/// entities its records resolve to now, read through <c>source_records</c>. A load reads them all; a patch reads again only
/// the reports that name a touched entity — their official, an item's person or company — and keeps the others
/// (docs/benchmarks.md "Personal-matters reports").
/// </summary>
internal static class SnapshotReports
{
    // Ids a query names at once, as the patcher's.
    private const int Chunk = 2_000;

    public static Task<ReportBook> ReadAsync(
        DbConnection db,
        DbTransaction transaction,
        Dictionary<long, string> bundles,
        CancellationToken cancellationToken) => ReadAsync(db, transaction, bundles, null, cancellationToken);

    /// <summary>The book of <paramref name="before"/> brought up to the transaction's state for the entities a patch touched.</summary>
    public static async Task<ReportBook> PatchAsync(
        DbConnection db,
        DbTransaction transaction,
        Dictionary<long, string> bundles,
        ReportBook before,
        IReadOnlySet<long> touched,
        CancellationToken cancellationToken)
    {
        var ids = await AffectedAsync(db, transaction, before, touched, cancellationToken);
        var reloaded = ids.Count == 0 ? ReportBook.Empty : await ReadAsync(db, transaction, bundles, ids, cancellationToken);
        return before.Patch(touched, reloaded.All);
    }

    /// <summary>
    /// The reports a patch reads again: those of the book that name a touched entity (a merge or split touches the entities an
    /// item's record leaves and joins), and those whose official is touched now — every report or item a batch writes
    /// touches its official, so a new report is among them.
    /// </summary>
    internal static async Task<HashSet<long>> AffectedAsync(
        DbConnection db,
        DbTransaction transaction,
        ReportBook before,
        IReadOnlySet<long> touched,
        CancellationToken cancellationToken)
    {
        var ids = before.Naming(touched).Select(r => r.Id).ToHashSet();
        var entities = touched.Order().ToArray();
        for (var at = 0; at < entities.Length; at += Chunk)
        {
            var list = string.Join(',', entities.Skip(at).Take(Chunk).Select(id => id.ToString(CultureInfo.InvariantCulture)));
            await using var command = SnapshotLoader.Command(
                db,
                transaction,
                $"SELECT r.id FROM source_records s JOIN personal_reports r ON r.person_record_id = s.id WHERE s.entity_id IN ({list})");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        return ids;
    }

    internal static async Task<ReportBook> ReadAsync(
        DbConnection db,
        DbTransaction transaction,
        Dictionary<long, string> bundles,
        IReadOnlySet<long>? only,
        CancellationToken cancellationToken)
    {
        if (only is not null)
        {
            // Read chunk by chunk of report ids.
            var chunks = new List<PersonalReport>();
            var ordered = only.Order().ToArray();
            for (var at = 0; at < ordered.Length; at += Chunk)
            {
                var list = string.Join(',', ordered.Skip(at).Take(Chunk).Select(id => id.ToString(CultureInfo.InvariantCulture)));
                chunks.AddRange(await ReadWhereAsync(db, transaction, bundles, $"r.id IN ({list})", cancellationToken));
            }

            return new ReportBook(chunks);
        }

        var all = await ReadWhereAsync(db, transaction, bundles, "1 = 1", cancellationToken);
        return all.Count == 0 ? ReportBook.Empty : new ReportBook(all);
    }

    private static async Task<List<PersonalReport>> ReadWhereAsync(
        DbConnection db,
        DbTransaction transaction,
        Dictionary<long, string> bundles,
        string where,
        CancellationToken cancellationToken)
    {
        var items = new Dictionary<long, List<PersonalReportItem>>();
        await using (var command = SnapshotLoader.Command(
            db,
            transaction,
            $"""
            SELECT r.id, i.item, p.entity_id, i.relation, c.entity_id, i.batch_id, i.file, i.line
            FROM personal_reports r
            JOIN personal_report_items i ON i.registry = r.registry AND i.report_ref = r.ref
            JOIN source_records p ON p.id = i.person_record_id
            LEFT JOIN source_records c ON c.id = i.company_record_id
            WHERE {where}
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
            $"""
            SELECT r.id, r.registry, r.ref, s.entity_id, r.report_date, r.submitted_date, r.batch_id, r.file, r.line
            FROM personal_reports r JOIN source_records s ON s.id = r.person_record_id
            WHERE {where}
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

        return reports;
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
