using GraphQL.Types;
using Qingdan.Graph.Server.Api.Reports.Saved;

namespace Qingdan.Graph.Server.Api.Reports;

/// <summary>Analysts' aggregations: every subject's rows grouped by any of its dimensions (docs/api.md "Stats"), and saved reports
/// (docs/reports.md).</summary>
internal static class ReportQueries
{
    public static void Add(ObjectGraphType query)
    {
        FindingStats.Add(query);
        DecisionStats.Add(query);
        PeopleStats.Add(query);
        CompanyStats.Add(query);
        TransactionStats.Add(query);
        SavedReportFields.AddQueries(query);
    }
}
