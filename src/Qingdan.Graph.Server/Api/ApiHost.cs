using GraphQL;
using OpenTelemetry.Metrics;
using Qingdan.Graph.Server.Api.Findings;
using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Server.Sweeps;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Graph;

namespace Qingdan.Graph.Server.Api;

/// <summary>The web host of <c>qingdan serve</c>: GraphQL at <c>/graphql</c>, health at <c>/health/live</c> and <c>/health/ready</c>, Prometheus metrics at <c>/metrics</c>, the scheduler, the snapshot.</summary>
public static class ApiHost
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The schema as SDL, exactly as served (what <c>schema/qingdan.graphql</c> holds).</summary>
    public static string PrintSchema(StoreConnection connection)
    {
        using var app = Build(connection, DefaultUrl);
        var schema = app.Services.GetRequiredService<QingdanSchema>();
        schema.Initialize();
        return schema.Print(new GraphQL.Utilities.PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";
    }

    /// <summary>Builds the host; every GraphQL request needs an API key.</summary>
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
        var limits = builder.Configuration.GetSection(ApiLimits.Section).Get<ApiLimits>() ?? new ApiLimits();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = limits.MaxBodyBytes);
        builder.Services.Configure<ApiLimits>(builder.Configuration.GetSection(ApiLimits.Section));
        builder.Services.Configure<SweepScheduleOptions>(builder.Configuration.GetSection(SweepScheduleOptions.Section));
        builder.Services.Configure<Ingest.UploadOptions>(builder.Configuration.GetSection(Ingest.UploadOptions.Section));
        builder.Services.AddSingleton<Ingest.Uploads>();
        builder.Services.AddSingleton(connection);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SnapshotProvider>();
        builder.Services.AddSingleton<SweepHealth>();
        builder.Services.AddHostedService<SweepScheduler>();
        builder.Services.AddScoped<RequestGraph>();
        builder.Services.AddScoped<FindingLoader>();
        builder.Services.AddScoped<Security.AuditTrail>();
        builder.Services.AddSingleton<Store.Security.ApiKeys>();
        builder.Services.AddSingleton<Store.Security.AuditLog>();
        builder.Services.AddSingleton<GraphQLHttp>();
        builder.Services.AddGraphQL(graphql => graphql
            .AddSchema<QingdanSchema>()
            .AddSystemTextJson(json => json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddGraphTypes(typeof(QingdanSchema).Assembly)
            .AddComplexityAnalyzer(complexity =>
            {
                complexity.MaxDepth = limits.MaxDepth;
                complexity.MaxComplexity = limits.MaxComplexity;
                complexity.DefaultListImpactMultiplier = limits.ListMultiplier;

                // Introspection (GraphiQL's schema query alone scores ≈ 80,000) reads the schema, not the
                // store: it costs nothing against MaxComplexity; MaxDepth still bounds it.
                var defaults = complexity.DefaultComplexityImpactDelegate;
                complexity.DefaultComplexityImpactDelegate = field =>
                    Introspection.Covers(field.FieldDefinition, field.ParentType)
                        ? new GraphQL.Validation.Complexity.FieldComplexityResult(0, 1)
                        : defaults(field);
            })
            .AddValidationRule<Security.AccessRule>()
            .UseMiddleware<Security.AuditMiddleware>()
            .AddErrorInfoProvider(errors => errors.ExposeExceptionDetails = Environment.GetEnvironmentVariable("QINGDAN_DEBUG_ERRORS") == "1"));

        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(Store.Findings.SweepMetrics.MeterName)
            .AddPrometheusExporter());

        var app = builder.Build();
        ConsoleFiles.Map(app);
        app.Map("/graphql", (HttpContext http, GraphQLHttp handler) => handler.HandleAsync(http));
        Ingest.UploadEndpoint.Map(app);
        Health.Map(app);
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}
