using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Ingest.Csv;
using Qingdan.Graph.Ingest.Statements;

namespace Qingdan.Graph.Ingest.Bundles;

// Rule REP's files: a report names its official; an item names a person and, for a holding or post, a company.
internal static partial class BundleRows
{
    public static Task ReportAsync(IStatementSink sink, RowReader row, SourceRef source, CancellationToken cancellationToken)
    {
        var day = row.RequiredDate("report_date");
        var submitted = row.Date("submitted_date");
        if (submitted < day)
        {
            Warn(sink, source, $"submitted_date {submitted:yyyy-MM-dd} is before report_date {day:yyyy-MM-dd}; kept as stated");
        }

        return sink.AddReportAsync(new ReportStatement
        {
            Source = source,
            Ref = row.Required("ref"),
            Person = Known(sink, NodeKind.Person, row, "person_ref"),
            ReportDate = day,
            SubmittedDate = submitted,
            Extra = row.Extra(),
        }, cancellationToken);
    }

    public static Task ReportItemAsync(IStatementSink sink, RowReader row, SourceRef source, CancellationToken cancellationToken)
    {
        var kind = row.Word<ReportItemKind>("item", "report item");
        var person = Known(sink, NodeKind.Person, row, "person_ref");
        string? relation = null;
        NodeRef? company = null;
        if (kind == ReportItemKind.Relative)
        {
            relation = row.Optional("relation") is null ? null : Wire.Name(row.Word<FamilyRelation>("relation", "relation"));
        }
        else
        {
            company = Known(sink, NodeKind.Company, row, "company_ref");
        }

        return sink.AddReportItemAsync(new ReportItemStatement
        {
            Source = source,
            ReportRef = row.Required("report_ref"),
            Kind = kind,
            Person = person,
            Relation = relation,
            Company = company,
        }, cancellationToken);
    }
}
