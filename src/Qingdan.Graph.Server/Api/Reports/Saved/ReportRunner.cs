using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Server.Api.Security;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Reports;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Server.Api.Reports.Saved;

/// <summary>
/// Runs a saved report in-process through the same executer as <c>/graphql</c>, as the principal given — the caller for
/// <c>runReport</c> and downloads, the owner's stored role and scope for a schedule — so that roles, masking and scopes apply
/// exactly as they would to the caller's own request. Queries only. The run is stored with the SHA-256 of its data and
/// whether that differs from the report's previous run, and written to the audit log.
/// </summary>
internal static class ReportRunner
{
    public static async Task<ReportRunRow> RunAsync(
        IServiceProvider services,
        SavedReportRow report,
        ClaimsPrincipal user,
        string? variables,
        ReportTrigger trigger,
        string address,
        CancellationToken cancellationToken)
    {
        var time = services.GetRequiredService<TimeProvider>();
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var merged = ReportDocument.Merge(report.Variables, variables);
        var started = time.GetUtcNow().UtcDateTime;
        var result = await services.GetRequiredService<IDocumentExecuter<QingdanSchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = report.Query,
            Variables = merged is null ? null : serializer.Deserialize<Inputs>(merged),
            RequestServices = services,
            User = user,
            UserContext = new Dictionary<string, object?> { [AuditListener.AddressKey] = address },
            ValidationRules = MutationOverGetRule.GetRules,
            CancellationToken = cancellationToken,
        });
        var response = serializer.Serialize(result);
        using var json = JsonDocument.Parse(response);
        var data = json.RootElement.TryGetProperty("data", out var d) ? d.GetRawText() : "null";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(data)));
        var failed = result.Errors is { Count: > 0 };

        await using var context = services.GetRequiredService<StoreConnection>().CreateContext();
        var previous = await context.ReportRuns.AsNoTracking()
            .Where(r => r.ReportId == report.Id)
            .OrderByDescending(r => r.Id)
            .Select(r => r.ResultHash)
            .FirstOrDefaultAsync(cancellationToken);
        var run = new ReportRunRow
        {
            ReportId = report.Id,
            Trigger = trigger,
            RunBy = user.Identity?.Name is { Length: > 0 } name ? name : "api",
            StartedAt = started,
            FinishedAt = time.GetUtcNow().UtcDateTime,
            Variables = merged,
            Result = response,
            ResultHash = hash,
            Changed = previous != hash,
            Failed = failed,
        };
        context.ReportRuns.Add(run);
        await context.SaveChangesAsync(cancellationToken);
        await services.GetRequiredService<AuditLog>().WriteAsync(
            run.RunBy,
            Access.RoleOf(user),
            $"report {report.Name} ({(trigger == ReportTrigger.Schedule ? "schedule" : "manual")}): run rr_{run.Id}"
                + (failed ? $", {result.Errors!.Count} errors" : string.Empty),
            [report.Key],
            address,
            CancellationToken.None);
        return run;
    }

    /// <summary>The owner as a principal for a scheduled run: the name, role and scope kept with the report.</summary>
    public static ClaimsPrincipal Owner(SavedReportRow report)
    {
        List<Claim> claims = [new(ClaimTypes.Name, report.Owner), new(ClaimTypes.Role, report.Role)];
        if (report.Scope is { Length: > 0 } scope)
        {
            claims.Add(new Claim(Access.ScopeClaim, scope));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "report-schedule"));
    }

    /// <summary>The run's data (the response's <c>data</c>) as JSON text, or null.</summary>
    public static string? Data(ReportRunRow run)
    {
        using var json = JsonDocument.Parse(run.Result);
        return json.RootElement.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null ? data.GetRawText() : null;
    }

    /// <summary>The run's error messages.</summary>
    public static List<string> Errors(ReportRunRow run)
    {
        using var json = JsonDocument.Parse(run.Result);
        return json.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
            ? [.. errors.EnumerateArray().Select(e => e.TryGetProperty("message", out var m) ? m.GetString() ?? string.Empty : e.GetRawText())]
            : [];
    }

    /// <summary>The next time a cron expression is due after <paramref name="after"/>, read in the time zone (UTC when null).</summary>
    public static DateTime? Next(string? schedule, string? timeZone, DateTime after)
    {
        if (schedule is null)
        {
            return null;
        }

        var cron = Cronos.CronExpression.Parse(schedule, schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6
            ? Cronos.CronFormat.IncludeSeconds
            : Cronos.CronFormat.Standard);
        var zone = timeZone is null ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        return cron.GetNextOccurrence(DateTime.SpecifyKind(after, DateTimeKind.Utc), zone);
    }
}
