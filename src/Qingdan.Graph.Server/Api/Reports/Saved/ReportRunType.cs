using GraphQL;
using GraphQL.Types;
using Qingdan.Graph.Store.Reports;

namespace Qingdan.Graph.Server.Api.Reports.Saved;

/// <summary>One run of a saved report.</summary>
public sealed class ReportRunType : ObjectGraphType<ReportRunRow>
{
    public ReportRunType()
    {
        Name = "ReportRun";
        Description = "One run of a saved report: who ran it and why, with which variables, and its result.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The run's id (rr_ and a number).").Resolve(c => $"rr_{c.Source.Id}");
        Field<NonNullGraphType<ReportTriggerType>>("trigger").Description("What started it.").Resolve(c => c.Source.Trigger);
        Field<NonNullGraphType<StringGraphType>>("runBy").Description("Who it ran as: the caller, or the owner for a schedule.")
            .Resolve(c => c.Source.RunBy);
        Field<NonNullGraphType<DateTimeGraphType>>("startedAt").Description("When it started (UTC).")
            .Resolve(c => DateTime.SpecifyKind(c.Source.StartedAt, DateTimeKind.Utc));
        Field<NonNullGraphType<DateTimeGraphType>>("finishedAt").Description("When it finished (UTC).")
            .Resolve(c => DateTime.SpecifyKind(c.Source.FinishedAt, DateTimeKind.Utc));
        Field<StringGraphType>("variables").Description("The variables it ran with, as JSON object text; null when none.")
            .Resolve(c => c.Source.Variables);
        Field<StringGraphType>("result").Description("The response's data as JSON text; null when it has none.")
            .Resolve(c => ReportRunner.Data(c.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("errors")
            .Description("The response's error messages; empty when it ran cleanly.").Resolve(c => ReportRunner.Errors(c.Source));
        Field<NonNullGraphType<BooleanGraphType>>("failed").Description("True when it ended with errors.").Resolve(c => c.Source.Failed);
        Field<NonNullGraphType<BooleanGraphType>>("changed").Description("True when its data differs from the previous run's (the first run has changed).")
            .Resolve(c => c.Source.Changed);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportTableType>>>>("tables")
            .Description("The data flattened: one table per top-level field, headers in lang (zh or en).")
            .Argument<StringGraphType>("lang", "zh (default) or en.", a => a.DefaultValue = "zh")
            .Resolve(c => ReportTables.Flatten(ReportRunner.Data(c.Source), c.GetArgument("lang", "zh") == "en" ? "en" : "zh"));
    }
}
