using GraphQL.Types;
using Qingdan.Graph.Store.Reports;

namespace Qingdan.Graph.Server.Api.Reports.Saved;

/// <summary>Where a saved report is downloaded.</summary>
public sealed class ReportDownloadsType : ObjectGraphType<SavedReportRow>
{
    public ReportDownloadsType()
    {
        Name = "ReportDownloads";
        Description = "Where a saved report is downloaded, relative to the server; ?lang=zh|en and var.NAME=value may be added.";
        Field<NonNullGraphType<StringGraphType>>("csv").Description("The CSV (one table after another).")
            .Resolve(c => $"/reports/{Uri.EscapeDataString(c.Source.Name)}.csv");
        Field<NonNullGraphType<StringGraphType>>("xlsx").Description("The workbook, one sheet per top-level field.")
            .Resolve(c => $"/reports/{Uri.EscapeDataString(c.Source.Name)}.xlsx");
        Field<NonNullGraphType<StringGraphType>>("json").Description("The tables as JSON.")
            .Resolve(c => $"/reports/{Uri.EscapeDataString(c.Source.Name)}.json");
    }
}
