using GraphQL.Types;
using Microsoft.Extensions.Options;
using Qingdan.Graph.Server.Api.Cases;
using Qingdan.Graph.Server.Api.Entities;
using Qingdan.Graph.Server.Api.Findings;
using Qingdan.Graph.Server.Api.Ingest;
using Qingdan.Graph.Server.Api.Operations;
using Qingdan.Graph.Server.Api.Reports;

namespace Qingdan.Graph.Server.Api.Schema;

/// <summary>Every question the API answers; each feature folder contributes its fields.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType(IOptions<ApiLimits> options)
    {
        var limits = options.Value;
        Name = "Query";
        Description = "Every question the hub answers: the graph, the findings, analysts' connections and reports, the hub's own records.";
        EntityQueries.Add(this, limits);
        FindingQueries.Add(this, limits);
        EntityConnectionQueries.Add(this, limits);
        ReportQueries.Add(this);
        Declarations.PersonalReportQueries.Add(this);
        OperationsQueries.Add(this, limits);
        IngestFields.AddQueries(this);
        CaseQueries.Add(this, limits);
        Notifications.NotificationQueries.Add(this, limits);
    }
}
