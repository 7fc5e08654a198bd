using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Reports;

namespace Qingdan.Graph.Server.Api.Reports.Saved;

/// <summary>A named GraphQL query kept to be run again, downloaded, or run on a schedule.</summary>
public sealed class SavedReportType : ObjectGraphType<SavedReportRow>
{
    public SavedReportType()
    {
        Name = "SavedReport";
        Description = "A named GraphQL query kept to be run again, downloaded, or run on a schedule (docs/reports.md).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The report's id (r_ and a number).").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Its name, unique: what it is run and downloaded by.")
            .Resolve(c => c.Source.Name);
        Field<StringGraphType>("description").Description("What it is for; null when none.").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<StringGraphType>>("query").Description("The GraphQL document.").Resolve(c => c.Source.Query);
        Field<StringGraphType>("variables").Description("The default variables as JSON object text; null when none.")
            .Resolve(c => c.Source.Variables);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportParameterType>>>>("parameters")
            .Description("The variables the document declares.").Resolve(c => ReportDocument.Parameters(c.Source.Query).ToList());
        Field<NonNullGraphType<StringGraphType>>("owner").Description("Who saved it.").Resolve(c => c.Source.Owner);
        Field<StringGraphType>("schedule").Description("Its cron expression (five fields, or six with seconds); null when not scheduled.")
            .Resolve(c => c.Source.Schedule);
        Field<StringGraphType>("timeZone").Description("The time zone the schedule is read in; null is UTC.").Resolve(c => c.Source.TimeZone);
        Field<NonNullGraphType<BooleanGraphType>>("onlyWhenChanged")
            .Description("True when a scheduled run notifies only when its result differs from the previous run's.")
            .Resolve(c => c.Source.OnlyWhenChanged);
        Field<DateTimeGraphType>("nextRunAt").Description("When the schedule next runs it (UTC); null when not scheduled.")
            .Resolve(c => c.Source.NextRunAt is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null);
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Description("When it was first saved (UTC).")
            .Resolve(c => DateTime.SpecifyKind(c.Source.CreatedAt, DateTimeKind.Utc));
        Field<NonNullGraphType<DateTimeGraphType>>("updatedAt").Description("When it was last saved (UTC).")
            .Resolve(c => DateTime.SpecifyKind(c.Source.UpdatedAt, DateTimeKind.Utc));
        Field<NonNullGraphType<ReportDownloadsType>>("downloads").Description("Where it is downloaded.").Resolve(c => c.Source);
        Field<ReportRunType>("lastRun").Description("Its latest run; null when it never ran.")
            .ResolveAsync(async c => (await RunsAsync(c, 1)).FirstOrDefault());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportRunType>>>>("runs").Description("Its latest runs, the latest first.")
            .Argument<IntGraphType>("first", "How many (at most 100).", a => a.DefaultValue = 10)
            .ResolveAsync(async c => await RunsAsync(c, Math.Clamp(c.GetArgument("first", 10), 0, 100)));
    }

    private static async Task<List<ReportRunRow>> RunsAsync(IResolveFieldContext<SavedReportRow> c, int first)
    {
        await using var context = c.RequestServices!.GetRequiredService<StoreConnection>().CreateContext();
        return await context.ReportRuns.AsNoTracking().Where(r => r.ReportId == c.Source.Id)
            .OrderByDescending(r => r.Id).Take(first).ToListAsync(c.CancellationToken);
    }
}
