using GraphQL;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using OpenTelemetry.Metrics;
using Qingdan.Graph.Server.Api.Findings;
using Qingdan.Graph.Server.Api.Notifications;
using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Server.Api.Security;
using Qingdan.Graph.Server.Sweeps;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Findings;
using Qingdan.Graph.Store.Graph;

namespace Qingdan.Graph.Server.Api;

/// <summary>The services of <c>qingdan serve</c>: the store, the one snapshot, the sweep runner and scheduler, keys, limits, the
/// schema.</summary>
public static class ApiServices
{
    /// <summary>Registers the API over the store: every GraphQL request needs an API key; limits are read from <paramref
    /// name="configuration"/>.</summary>
    public static IServiceCollection AddQingdanApi(
        this IServiceCollection services,
        IConfiguration configuration,
        StoreConnection connection)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(connection);
        var limits = configuration.GetSection(ApiLimits.Section).Get<ApiLimits>() ?? new ApiLimits();
        services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = limits.MaxBodyBytes);
        services.Configure<ApiLimits>(configuration.GetSection(ApiLimits.Section));
        services.Configure<SweepScheduleOptions>(configuration.GetSection(SweepScheduleOptions.Section));
        services.Configure<Ingest.UploadOptions>(configuration.GetSection(Ingest.UploadOptions.Section));
        services.AddSingleton<Ingest.Uploads>();
        services.AddSingleton(connection);
        services.AddSingleton(TimeProvider.System);

        // One snapshot a process: queries, runSweep and the scheduler all read this provider's.
        services.AddSingleton<SnapshotProvider>();
        services.AddSingleton(s => new SweepRunner(
            s.GetRequiredService<StoreConnection>(),
            s.GetRequiredService<TimeProvider>(),
            s.GetRequiredService<SnapshotProvider>()));
        services.AddSingleton<SweepHealth>();
        services.AddHostedService<SweepScheduler>();
        services.AddSingleton<Reports.Saved.ReportScheduler>();
        services.AddHostedService(s => s.GetRequiredService<Reports.Saved.ReportScheduler>());
        services.AddQingdanNotifications(configuration);

        services.AddScoped<RequestGraph>();
        services.AddScoped<FindingLoader>();
        services.AddSingleton<Entities.FindingHolders>();
        services.AddScoped<AuditTrail>();
        services.Configure<ScopeOptions>(configuration.GetSection(ScopeOptions.Section));
        services.AddSingleton<ScopeViews>();
        services.AddScoped<RequestScope>();
        services.AddSingleton<Store.Security.ApiKeys>();
        services.AddSingleton<Store.Security.AuditLog>();
        services.AddHostedService<AuditHeadLogger>();
        services.AddAuthentication().AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthentication>(
            ApiKeyAuthentication.SchemeName,
            null).AddOidc(configuration);
        services.AddAuthorization();
        services.AddKeyRateLimit();
        services.AddSingleton<GraphQLHttp>();
        services.AddGraphQL(graphql => graphql
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
            .AddValidationRule<AccessRule>()
            .UseMiddleware<AuditMiddleware>()
            .UseMiddleware<ScopeMiddleware>()
            .AddDocumentListener<AuditListener>()
            .ConfigureSchema(PersonalData.Configure)
            .AddErrorInfoProvider(
                errors => errors.ExposeExceptionDetails = Environment.GetEnvironmentVariable("QINGDAN_DEBUG_ERRORS") == "1"));

        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(SweepMetrics.MeterName)
            .AddPrometheusExporter());
        return services;
    }
}
