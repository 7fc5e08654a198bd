using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Server.Api.Security;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Reports;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Server.Api.Reports.Saved;

/// <summary>Saved reports (docs/reports.md): every role reads and runs them; analysts and admins save them; the owner or an
/// admin replaces or deletes one.</summary>
internal static class SavedReportFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SavedReportType>>>>("reports")
            .Description("Every saved report, by name; names are global and every role may read them.")
            .ResolveAsync(async c =>
            {
                await using var context = c.RequestServices!.GetRequiredService<StoreConnection>().CreateContext();
                return await context.SavedReports.AsNoTracking().OrderBy(r => r.Name).ToListAsync(c.CancellationToken);
            });

        query.Field<SavedReportType>("savedReport").Description("A saved report by name; null when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "The report's name.")
            .ResolveAsync(async c => await FindAsync(c, c.GetArgument<string>("name")));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SavedReportType>>("saveReport")
            .Description("Saves a report, or replaces the one of that name (its owner or an admin only). The document is parsed and " +
                "validated against the schema, not run; mutations and subscriptions are refused (BAD_REPORT). Role and scope are " +
                "checked when it runs; a schedule runs it as the saver's role and scope.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "1–100 letters, digits, '_' or '-'.")
            .Argument<NonNullGraphType<StringGraphType>>("query", "The GraphQL document: one query operation.")
            .Argument<StringGraphType>("variables", "Default variables as JSON object text.")
            .Argument<StringGraphType>("description", "What it is for.")
            .Argument<StringGraphType>("schedule", "A cron expression (five fields, or six with seconds); null for on demand only.")
            .Argument<StringGraphType>("timeZone", "The time zone the schedule is read in (IANA, e.g. Asia/Shanghai); null is UTC.")
            .Argument<BooleanGraphType>("onlyWhenChanged", "Notify a scheduled run only when its result changed.", a => a.DefaultValue = false)
            .Requires(Roles.Analyst)
            .ResolveAsync(SaveAsync);

        mutation.Field<NonNullGraphType<ReportRunType>>("runReport")
            .Description("Runs a saved report now, as the caller (their role and scope), the variables given laid over the saved " +
                "defaults; the run is stored and audited.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "The report's name.")
            .Argument<StringGraphType>("variables", "Variables as JSON object text.")
            .ResolveAsync(async c =>
            {
                var report = await FindAsync(c, c.GetArgument<string>("name"))
                    ?? throw new ExecutionError($"There is no report '{c.GetArgument<string>("name")}'.") { Code = "NOT_FOUND" };
                var variables = c.GetArgument<string?>("variables");
                ReportDocument.Defaults(variables);
                return await ReportRunner.RunAsync(
                    c.RequestServices!, report, c.User!, variables, ReportTrigger.Manual, Address(c), c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>>("deleteReport")
            .Description("Deletes a saved report and its runs (its owner or an admin only); false when there was none.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "The report's name.")
            .ResolveAsync(async c =>
            {
                await using var context = c.RequestServices!.GetRequiredService<StoreConnection>().CreateContext();
                var name = c.GetArgument<string>("name");
                var report = await context.SavedReports.SingleOrDefaultAsync(r => r.Name == name, c.CancellationToken);
                if (report is null)
                {
                    return false;
                }

                MayChange(c, report);
                await context.ReportRuns.Where(r => r.ReportId == report.Id).ExecuteDeleteAsync(c.CancellationToken);
                context.SavedReports.Remove(report);
                await context.SaveChangesAsync(c.CancellationToken);
                return true;
            });
    }

    private static async Task<object?> SaveAsync(IResolveFieldContext<object?> c)
    {
        var name = ReportDocument.Name(c.GetArgument<string>("name"));
        var query = c.GetArgument<string>("query");
        var variables = c.GetArgument<string?>("variables") is { Length: > 0 } v ? v : null;
        var description = c.Bounded("description", TextLimits.Comment);
        var schedule = c.GetArgument<string?>("schedule") is { Length: > 0 } s ? s.Trim() : null;
        var timeZone = c.GetArgument<string?>("timeZone") is { Length: > 0 } z ? z.Trim() : null;
        var services = c.RequestServices!;
        await ReportDocument.ValidateAsync(services.GetRequiredService<QingdanSchema>(), query, variables, services, c.CancellationToken);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var next = Next(schedule, timeZone, now);

        await using var context = services.GetRequiredService<StoreConnection>().CreateContext();
        var row = await context.SavedReports.SingleOrDefaultAsync(r => r.Name == name, c.CancellationToken);
        if (row is null)
        {
            row = new SavedReportRow
            {
                Name = name,
                Query = query,
                Owner = MutationType.Actor(c),
                Role = Access.RoleOf(c.User),
                CreatedAt = now,
            };
            context.SavedReports.Add(row);
        }
        else
        {
            MayChange(c, row);
        }

        row.Query = query;
        row.Variables = variables;
        row.Description = description;
        row.Schedule = schedule;
        row.TimeZone = timeZone;
        row.OnlyWhenChanged = c.GetArgument("onlyWhenChanged", false);
        row.NextRunAt = next;
        row.UpdatedAt = now;
        // The owner's role and scope are refreshed when they save again; an admin's replacement keeps the owner's.
        if (row.Owner == MutationType.Actor(c))
        {
            row.Role = Access.RoleOf(c.User);
            row.Scope = Access.ScopeOf(c.User)?.ToString();
        }
        await context.SaveChangesAsync(c.CancellationToken);
        return row;
    }

    private static DateTime? Next(string? schedule, string? timeZone, DateTime now)
    {
        if (timeZone is not null)
        {
            try
            {
                TimeZoneInfo.FindSystemTimeZoneById(timeZone);
            }
            catch (Exception bad) when (bad is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                throw ReportDocument.Bad($"'{timeZone}' is not a known time zone (IANA, e.g. Asia/Shanghai).");
            }
        }

        try
        {
            return ReportRunner.Next(schedule, timeZone, now);
        }
        catch (Cronos.CronFormatException bad)
        {
            throw ReportDocument.Bad($"'{schedule}' is not a cron expression (five fields, or six with seconds): {bad.Message}");
        }
    }

    private static void MayChange(IResolveFieldContext c, SavedReportRow report)
    {
        if (report.Owner != MutationType.Actor(c) && Access.RoleOf(c.User) != Roles.Admin)
        {
            throw new ExecutionError($"The report '{report.Name}' is {report.Owner}'s; only they or an admin may change it.")
            {
                Code = AccessRule.Forbidden,
            };
        }
    }

    private static async Task<SavedReportRow?> FindAsync(IResolveFieldContext c, string name)
    {
        await using var context = c.RequestServices!.GetRequiredService<StoreConnection>().CreateContext();
        return await context.SavedReports.AsNoTracking().SingleOrDefaultAsync(r => r.Name == name, c.CancellationToken);
    }

    private static string Address(IResolveFieldContext c)
        => c.UserContext.TryGetValue(AuditListener.AddressKey, out var value) && value is string text ? text : "unknown";
}
