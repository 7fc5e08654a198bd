using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Server.Api.Findings;
using Qingdan.Graph.Server.Api.Security;
using Qingdan.Graph.Store.Cases;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Server.Api.Cases;

/// <summary>
/// <c>GET /cases.csv</c> and <c>GET /cases.xlsx</c>: the case list a caller may see (as <c>cases</c> answers it), filtered by
/// the query string (<c>status=open,in_progress</c>, <c>assignee</c>, <c>finding</c>, <c>entity</c>, <c>title</c>), headers
/// in <c>lang=zh</c> (default) or <c>en</c>. Signed in as for <c>/graphql</c> (API key or identity-provider token; every
/// role may read), scoped, and written to the audit log with the ids of the cases exported.
/// </summary>
internal static class CaseExportEndpoint
{
    /// <summary>The most cases one file holds.</summary>
    public const int MaxRows = 100_000;

    public static void Map(WebApplication app)
    {
        app.MapGet("/cases.csv", (HttpContext http) => HandleAsync(http, xlsx: false));
        app.MapGet("/cases.xlsx", (HttpContext http) => HandleAsync(http, xlsx: true));
    }

    private static async Task HandleAsync(HttpContext http, bool xlsx)
    {
        if (await SignInAsync(http, "read cases") is not { } user)
        {
            return;
        }

        var name = user.Identity?.Name is { Length: > 0 } n ? n : "api";
        var role = Access.RoleOf(user);
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var audit = http.RequestServices.GetRequiredService<AuditLog>();
        var query = http.Request.Query;
        var lang = query["lang"].ToString() is { Length: > 0 } l ? l : "zh";
        if (lang is not ("zh" or "en"))
        {
            await ProblemAsync(http, StatusCodes.Status400BadRequest, $"lang is zh or en, not '{lang}'.");
            return;
        }

        CaseFilter filter;
        try
        {
            filter = Filter(query);
        }
        catch (ArgumentException bad)
        {
            await ProblemAsync(http, StatusCodes.Status400BadRequest, bad.Message);
            return;
        }

        ScopeView? view = null;
        if (Access.ScopeOf(user) is { } scope)
        {
            var snapshot = await http.RequestServices.GetRequiredService<RequestGraph>().SnapshotAsync(http.RequestAborted);
            view = http.RequestServices.GetRequiredService<ScopeViews>().For(snapshot, scope);
        }

        await using var context = http.RequestServices.GetRequiredService<StoreConnection>().CreateContext();
        var (page, total) = await CaseAccess.ListAsync(context, filter, view, name, 0, MaxRows, http.RequestAborted);
        await audit.WriteAsync(
            name,
            role,
            $"export cases.{(xlsx ? "xlsx" : "csv")}: {page.Count} of {total} cases",
            [.. page.Select(c => c.Row.Name)],
            address,
            CancellationToken.None);

        var rows = CaseListFile.Rows(page.Select(c => c.Summary), lang == "zh");
        var file = $"cases-{DateTime.UtcNow:yyyyMMdd-HHmm}.{(xlsx ? "xlsx" : "csv")}";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{file}\"";
        http.Response.Headers.CacheControl = "no-store";
        if (xlsx)
        {
            http.Response.ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            // The SDK writes a zip package, which needs a seekable stream: built in memory, then sent.
            using var buffer = new MemoryStream();
            CaseListFile.WriteXlsx(buffer, rows, lang == "zh");
            http.Response.ContentLength = buffer.Length;
            buffer.Position = 0;
            await buffer.CopyToAsync(http.Response.Body, http.RequestAborted);
            return;
        }

        http.Response.ContentType = "text/csv; charset=utf-8";
        await CaseListFile.WriteCsvAsync(http.Response.Body, rows, http.RequestAborted);
    }

    /// <summary>The caller signed in as for <c>/graphql</c> (API key or identity-provider token) with a role; else null, the
    /// 401 or 403 written.</summary>
    internal static async Task<ClaimsPrincipal?> SignInAsync(HttpContext http, string what)
    {
        var signIn = await http.AuthenticateAsync(OidcAuthentication.SignInScheme);
        if (!signIn.Succeeded || signIn.Principal is not { } user)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await ProblemAsync(http, StatusCodes.Status401Unauthorized, signIn.Failure is { } failure
                ? $"An API key or token is needed: {failure.Message}"
                : "An API key or token is needed: Authorization: Bearer qd_…");
            return null;
        }

        var role = Access.RoleOf(user);
        if (OidcClaims.DenialOf(user) is not null || !Roles.All.Contains(role))
        {
            await ProblemAsync(
                http,
                StatusCodes.Status403Forbidden,
                OidcClaims.DenialOf(user) ?? $"This caller may not {what} ({(role.Length == 0 ? "no role" : role)}).");
            return null;
        }

        return user;
    }

    /// <summary>The query string as the store's filter; a word or id that is not one is an <see cref="ArgumentException"/>.</summary>
    internal static CaseFilter Filter(IQueryCollection query)
    {
        var statuses = new List<CaseStatus>();
        foreach (var word in query["status"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            statuses.Add(Wire.TryParse<CaseStatus>(word.ToLowerInvariant(), out var status)
                ? status.Value
                : throw new ArgumentException($"status '{word}' is none of {string.Join(", ", Wire.All<CaseStatus>())}."));
        }

        long? finding = null;
        if (query["finding"].ToString() is { Length: > 0 } text)
        {
            finding = FindingId.TryParse(text, out var id) ? id : throw new ArgumentException($"'{text}' is not a finding id (f_ and a number).");
        }

        return new CaseFilter(
            statuses.Count > 0 ? statuses : null,
            Bounded(query, "assignee"),
            finding,
            Bounded(query, "entity"),
            Bounded(query, "title"));
    }

    private static string? Bounded(IQueryCollection query, string name) => query[name].ToString() switch
    {
        { Length: 0 } => null,
        { Length: > 200 } text => throw new ArgumentException($"{name} is {text.Length:N0} characters; at most 200 are accepted."),
        var value => value,
    };

    internal static Task ProblemAsync(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(JsonSerializer.Serialize(new { error = message }), http.RequestAborted);
    }
}
