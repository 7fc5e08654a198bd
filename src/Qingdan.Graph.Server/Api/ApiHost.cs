using GraphQL;
using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Server.Api;

/// <summary>
/// The web host of <c>qingdan serve</c> (and <c>demo</c>, and the API tests), composed of
/// <see cref="ApiServices.AddQingdanApi"/> and <see cref="ApiEndpoints.MapQingdanGraphQL"/>: the console,
/// GraphQL at <c>/graphql</c>, uploads, health at <c>/health/live</c> and <c>/health/ready</c>,
/// Prometheus metrics at <c>/metrics</c>.
/// </summary>
public static class ApiHost
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The schema as SDL, exactly as served (what <c>schema/qingdan.graphql</c> holds).</summary>
    public static string PrintSchema(StoreConnection connection)
    {
        using var app = Build(connection, DefaultUrl);
        var schema = app.Services.GetRequiredService<QingdanSchema>();
        schema.Initialize();
        return schema.Print(new GraphQL.Utilities.PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true })
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .TrimEnd() + "\n";
    }

    /// <summary>Builds the host listening on <paramref name="url"/>, with <paramref name="settings"/> over the configuration.</summary>
    public static WebApplication Build(StoreConnection connection, string url, IDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp)
        {
            throw new ArgumentException($"'{url}' is not an http:// URL to listen on.", nameof(url));
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(json => json.UseUtcTimestamp = true);
        builder.Services.AddQingdanApi(builder.Configuration, connection);

        var app = builder.Build();
        ConsoleFiles.Map(app);
        // After the authorization the host puts behind routing, so that the limiter's partition is the key.
        app.UseRateLimiter();
        app.UseWebSockets();
        app.MapQingdanGraphQL();
        Notifications.GraphQLWebSocketEndpoint.MapQingdanGraphQLWebSocket(app);
        Ingest.UploadEndpoint.Map(app);
        Cases.CaseExportEndpoint.Map(app);
        Reports.Saved.ReportFileEndpoint.Map(app);
        Health.Map(app);
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}
