using GraphQL.Types;
using Qingdan.Graph.Store.Reports;

namespace Qingdan.Graph.Server.Api.Reports.Saved;

/// <summary>What started a report's run.</summary>
public sealed class ReportTriggerType : EnumerationGraphType
{
    public ReportTriggerType()
    {
        Name = "ReportTrigger";
        Description = "What started a report's run.";
        Add("MANUAL", ReportTrigger.Manual, "Run through runReport or a download.");
        Add("SCHEDULE", ReportTrigger.Schedule, "Run by the report's schedule, as its owner.");
    }
}
