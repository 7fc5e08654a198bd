using GraphQL.Types;
using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Server.Api.Findings;

/// <summary>REP: a report behind a finding, as the sweep saw it.</summary>
public sealed class EvidenceReportType : ObjectGraphType<ReportRefBody>
{
    public EvidenceReportType()
    {
        Name = "EvidenceReport";
        Description = "REP: a personal-matters report that left the interest out, with the row that stated it, as the sweep saw it.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The report's id (pr_…): report(id) shows it beside the registries.")
            .Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("registry").Description("The registry that stated it.").Resolve(c => c.Source.Registry);
        Field<NonNullGraphType<StringGraphType>>("ref").Description("The registry's own key for the report.").Resolve(c => c.Source.Ref);
        Field<NonNullGraphType<DateType>>("reportDate").Description("The day the report describes.").Resolve(c => c.Source.ReportDate);
        Field<NonNullGraphType<EvidenceSourceType>>("source").Description("The row that stated the report.").Resolve(c => c.Source.Source);
    }
}
