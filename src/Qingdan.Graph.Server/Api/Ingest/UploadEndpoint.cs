using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Qingdan.Graph.Server.Api.Security;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Server.Api.Ingest;

/// <summary>
/// <c>POST /ingest/uploads</c>: an administrator's delivered files and mapping (multipart/form-data, the
/// files under any field names), kept for the ingest page's check and ingest (<c>mappingCheck</c>,
/// <c>ingestUpload</c>). Capped at <see cref="UploadOptions.MaxUploadBytes"/> (413 beyond), admins only —
/// signed in as for <c>/graphql</c>, by API key or identity-provider token (401 without one, 403 for other roles) — every
/// upload written to the audit log.
/// </summary>
internal static class UploadEndpoint
{
    public static void Map(WebApplication app) => app.MapPost("/ingest/uploads", HandleAsync);

    private static async Task HandleAsync(HttpContext http, Uploads uploads, AuditLog audit, IOptions<UploadOptions> options)
    {
        // The same sign-in as /graphql: an API key or, when set up, the identity provider's token.
        var signIn = await http.AuthenticateAsync(OidcAuthentication.SignInScheme);
        if (!signIn.Succeeded || signIn.Principal is not { } user)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await ProblemAsync(
                http,
                StatusCodes.Status401Unauthorized,
                signIn.Failure is { } failure
                    ? $"An admin's API key or token is needed: {failure.Message}"
                    : "An admin's API key or token is needed: Authorization: Bearer qd_…");
            return;
        }

        var name = user.Identity?.Name ?? string.Empty;
        var role = Access.RoleOf(user);
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (role != Roles.Admin || OidcClaims.DenialOf(user) is not null)
        {
            await audit.WriteAsync(name, role, "upload refused: needs the role admin", [], address, CancellationToken.None);
            await ProblemAsync(
                http,
                StatusCodes.Status403Forbidden,
                $"Uploading registry files needs the role admin; this caller is {(role.Length == 0 ? "no role" : role)}.");
            return;
        }

        var limit = options.Value.MaxUploadBytes;
        if (http.Request.ContentLength > limit)
        {
            await ProblemAsync(
                http,
                StatusCodes.Status413PayloadTooLarge,
                $"The upload is {http.Request.ContentLength:N0} bytes; the limit is {limit:N0} (Ingest:MaxUploadBytes).");
            return;
        }

        if (!http.Request.HasFormContentType)
        {
            await ProblemAsync(http, StatusCodes.Status415UnsupportedMediaType, "Upload the files as multipart/form-data.");
            return;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        http.Features
            .Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = limit, ValueCountLimit = 64 }));
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (Exception error) when (error is InvalidDataException or BadHttpRequestException)
        {
            await ProblemAsync(http, error is BadHttpRequestException { StatusCode: 413 }
                ? StatusCodes.Status413PayloadTooLarge
                : StatusCodes.Status400BadRequest,
                $"The upload could not be read ({error.Message}); the limit is {limit:N0} bytes (Ingest:MaxUploadBytes).");
            return;
        }

        if (form.Files.Count == 0)
        {
            await ProblemAsync(http, StatusCodes.Status400BadRequest, "The upload holds no file.");
            return;
        }

        Upload upload;
        try
        {
            var streams = form.Files.Select(f => (f.FileName, f.OpenReadStream())).ToList();
            upload = await uploads.SaveAsync(streams, http.RequestAborted);
            foreach (var (_, stream) in streams)
            {
                await stream.DisposeAsync();
            }
        }
        catch (ArgumentException bad)
        {
            await ProblemAsync(http, StatusCodes.Status400BadRequest, bad.Message);
            return;
        }

        await audit.WriteAsync(
            name,
            role,
            $"upload {upload.Id}: {string.Join(", ", upload.Files.Select(f => $"{f.Name} ({f.Bytes:N0} bytes)"))}",
            [],
            address,
            CancellationToken.None);
        http.Response.StatusCode = StatusCodes.Status201Created;
        await http.Response.WriteAsJsonAsync(
            new { id = upload.Id, files = upload.Files.Select(f => new { name = f.Name, bytes = f.Bytes }) },
            http.RequestAborted);
    }

    private static Task ProblemAsync(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(JsonSerializer.Serialize(new { error = message }), http.RequestAborted);
    }
}
