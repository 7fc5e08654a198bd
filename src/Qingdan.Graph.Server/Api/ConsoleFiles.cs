using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Qingdan.Graph.Server.Api;

/// <summary>
/// Serves the investigator console (<c>/</c>) and GraphiQL (<c>/graphiql</c>) from the <c>wwwroot</c>
/// folder the build puts beside <c>qingdan.dll</c>. Hashed assets are cached for good, pages never; a
/// content security policy keeps everything on this origin, since the pages hold an API key.
/// </summary>
internal static class ConsoleFiles
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    public static string Root => Path.Combine(AppContext.BaseDirectory, "wwwroot");

    public static void Map(WebApplication app)
    {
        if (!File.Exists(Path.Combine(Root, "index.html")))
        {
            app.MapGet("/", () => Results.Text(
                $"The console is not built ({Root} has no index.html): build the server with Node.js on the PATH, or run npm ci and npm " +
                    "run build in console/. The API is at /graphql.",
                statusCode: StatusCodes.Status503ServiceUnavailable));
            return;
        }

        var files = new PhysicalFileProvider(Root);
        app.Use((context, next) =>
        {
            if (context.Request.Path.Equals("/graphiql", StringComparison.OrdinalIgnoreCase))
            {
                context.Request.Path = "/graphiql.html";
            }

            return next(context);
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = file =>
            {
                var headers = file.Context.Response.Headers;
                headers[HeaderNames.CacheControl] = file.Context.Request.Path.StartsWithSegments("/assets", StringComparison.Ordinal)
                    ? "public, max-age=31536000, immutable"
                    : "no-cache";
                headers[HeaderNames.ContentSecurityPolicy] = Policy;
                headers[HeaderNames.XContentTypeOptions] = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
            },
        });
    }
}
