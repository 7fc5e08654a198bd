using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Server.Api.Cases;
using Qingdan.Graph.Server.Api.Files;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Reports;

namespace Qingdan.Graph.Server.Api.Reports.Saved;

/// <summary>
/// <c>GET /reports/{name}.csv|.xlsx|.json</c> (docs/reports.md "Downloads"): the report run now as the caller — signed in as
/// for <c>/cases.csv</c>, the run stored and audited — and its data flattened into tables, headers in <c>lang=zh</c> (default)
/// or <c>en</c>; <c>var.NAME=value</c> sets a variable, typed by its declaration. An unknown report is 404, a run that ended
/// with errors 422 with the errors.
/// </summary>
internal static class ReportFileEndpoint
{
    public static void Map(WebApplication app) => app.MapGet("/reports/{file}", HandleAsync);

    private static async Task HandleAsync(HttpContext http, string file)
    {
        var dot = file.LastIndexOf('.');
        var format = dot < 0 ? string.Empty : file[(dot + 1)..];
        if (format is not ("csv" or "xlsx" or "json"))
        {
            await CaseExportEndpoint.ProblemAsync(http, StatusCodes.Status404NotFound, "A report is downloaded as .csv, .xlsx or .json.");
            return;
        }

        if (await CaseExportEndpoint.SignInAsync(http, "run reports") is not { } user)
        {
            return;
        }

        var query = http.Request.Query;
        var lang = query["lang"].ToString() is { Length: > 0 } l ? l : "zh";
        if (lang is not ("zh" or "en"))
        {
            await CaseExportEndpoint.ProblemAsync(http, StatusCodes.Status400BadRequest, $"lang is zh or en, not '{lang}'.");
            return;
        }

        var name = file[..dot];
        SavedReportRow? report;
        await using (var context = http.RequestServices.GetRequiredService<StoreConnection>().CreateContext())
        {
            report = await context.SavedReports.AsNoTracking().SingleOrDefaultAsync(r => r.Name == name, http.RequestAborted);
        }

        if (report is null)
        {
            await CaseExportEndpoint.ProblemAsync(http, StatusCodes.Status404NotFound, $"There is no report '{name}'.");
            return;
        }

        string? variables;
        try
        {
            variables = Variables(report, query);
        }
        catch (ExecutionError bad)
        {
            await CaseExportEndpoint.ProblemAsync(http, StatusCodes.Status400BadRequest, bad.Message);
            return;
        }

        var run = await ReportRunner.RunAsync(
            http.RequestServices,
            report,
            user,
            variables,
            ReportTrigger.Manual,
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            http.RequestAborted);
        if (run.Failed)
        {
            http.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(
                JsonSerializer.Serialize(new { error = $"The report '{name}' ran with errors.", errors = ReportRunner.Errors(run) }),
                http.RequestAborted);
            return;
        }

        var tables = ReportTables.Flatten(ReportRunner.Data(run), lang);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{Uri.EscapeDataString(name)}-{run.StartedAt:yyyyMMdd-HHmm}.{format}\"";
        http.Response.Headers.CacheControl = "no-store";
        switch (format)
        {
            case "xlsx":
                http.Response.ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                using (var buffer = new MemoryStream())
                {
                    // The SDK writes a zip package, which needs a seekable stream: built in memory, then sent.
                    SheetFile.WriteXlsx(buffer, tables.Select(t => (t.Name, Rows(t))));
                    http.Response.ContentLength = buffer.Length;
                    buffer.Position = 0;
                    await buffer.CopyToAsync(http.Response.Body, http.RequestAborted);
                }

                break;
            case "csv":
                http.Response.ContentType = "text/csv; charset=utf-8";
                await SheetFile.WriteCsvAsync(http.Response.Body, Csv(tables), http.RequestAborted);
                break;
            default:
                http.Response.ContentType = "application/json; charset=utf-8";
                await http.Response.WriteAsync(
                    JsonSerializer.Serialize(new { report = report.Name, run = $"rr_{run.Id}", tables }, JsonSerializerOptions.Web),
                    http.RequestAborted);
                break;
        }
    }

    /// <summary>The <c>var.NAME=value</c> overrides as JSON object text, typed by the document's declarations.</summary>
    private static string? Variables(SavedReportRow report, IQueryCollection query)
    {
        var declared = ReportDocument.Parameters(report.Query).ToDictionary(p => p.Name, StringComparer.Ordinal);
        var overrides = new JsonObject();
        foreach (var (key, value) in query.Where(q => q.Key.StartsWith("var.", StringComparison.Ordinal)))
        {
            var variable = key[4..];
            overrides[variable] = declared.TryGetValue(variable, out var parameter)
                ? ReportDocument.Typed(parameter.Type, value.ToString())
                : throw ReportDocument.Bad($"The report declares no variable ${variable}.");
        }

        return overrides.Count == 0 ? null : overrides.ToJsonString();
    }

    // A table as rows of cells: the header, then its rows with the numeric columns' cells as numbers.
    private static IEnumerable<object?[]> Rows(ReportTable table)
    {
        yield return [.. table.Columns.Select(c => (object?)c.Label)];
        foreach (var row in table.Rows)
        {
            yield return [.. row.Select((cell, i) => table.Columns[i].Numeric && cell is not null
                && decimal.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? number
                : (object?)cell)];
        }
    }

    // Tables one after another, an empty line between; with more than one, each is preceded by a row with its name.
    private static IEnumerable<object?[]> Csv(List<ReportTable> tables)
    {
        for (var i = 0; i < tables.Count; i++)
        {
            if (i > 0)
            {
                yield return [];
            }

            if (tables.Count > 1)
            {
                yield return [tables[i].Name];
            }

            foreach (var row in Rows(tables[i]))
            {
                yield return row;
            }
        }
    }
}
