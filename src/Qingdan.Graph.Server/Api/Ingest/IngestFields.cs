using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Ingest.Mappings;
using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Server.Api.Security;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Ingest;

namespace Qingdan.Graph.Server.Api.Ingest;

/// <summary>
/// The ingest page's fields: who is asking, the example mappings, a mapping tried on uploaded or example
/// files, and their ingest — the last three for admins. Uploads arrive at <c>POST /ingest/uploads</c>.
/// </summary>
internal static class IngestFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ViewerType>>("viewer").Description("The caller: the API key's name and role.")
            .Resolve(c => (MutationType.Actor(c), Access.RoleOf(c.User), Access.ScopeOf(c.User)?.ToString()));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MappingExampleType>>>>("mappingExamples")
            .Description("The example mappings shipped with the server, with their sample files. Admins only.")
            .Requires()
            .Resolve(c => c.RequestServices!.GetRequiredService<Uploads>().Examples());
        query.Field<NonNullGraphType<MappingCheckType>>("mappingCheck")
            .Description("Tries a mapping on delivered files, writing nothing: an upload's mapping on its files, an example on its " +
                "sample files, or an example's mapping on an upload's files. Admins only.")
            .Argument<IdGraphType>("upload", a => a.Description = "An upload of POST /ingest/uploads.")
            .Argument<StringGraphType>("example", a => a.Description = "An example's name (mappingExamples).")
            .Argument<IntGraphType>("rows", a => { a.DefaultValue = 5; a.Description = "How many rows of each table to show as records."; })
            .Requires()
            .ResolveAsync(async c =>
            {
                var (mapping, files) = Resolve(c);
                MappingFile parsed;
                try
                {
                    parsed = MappingFileReader.Read(mapping);
                }
                catch (MappingException bad)
                {
                    return new MappingCheckResult(
                        new Qingdan.Graph.Ingest.Bundles.Manifest { Registry = "?", Id = Path.GetFileNameWithoutExtension(mapping) },
                        [],
                        [],
                        [],
                        bad.Problems,
                        0,
                        0,
                        0,
                        0);
                }

                var known = await StoredRefs.LoadAsync(
                    c.RequestServices!.GetRequiredService<StoreConnection>(),
                    parsed.Manifest.Registry,
                    c.CancellationToken);
                return (object?)await new MappingCheck(parsed, files, Math.Clamp(c.GetArgument("rows", 5), 0, 100), known).RunAsync(
                    c.CancellationToken);
            });
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<IngestUploadResultType>>("ingestUpload")
            .Description("Ingests delivered files through a mapping, as 'qingdan ingest --mapping' does: an upload's mapping and files, " +
                "an example, or an example's mapping on an upload's files. Admins only.")
            .Argument<IdGraphType>("upload", a => a.Description = "An upload of POST /ingest/uploads.")
            .Argument<StringGraphType>("example", a => a.Description = "An example's name (mappingExamples).")
            .Argument<BooleanGraphType>(
                "allOrNothing",
                a => { a.DefaultValue = false; a.Description = "Commit nothing when any row is rejected (the rejections are still kept)."; })
            .Requires()
            .ResolveAsync(async c =>
            {
                var (mapping, files) = Resolve(c);
                var services = c.RequestServices!;
                var connection = services.GetRequiredService<StoreConnection>();
                var report = await new BundleIngestor(connection, services.GetRequiredService<TimeProvider>())
                    .IngestMappingAsync(mapping, files, new IngestOptions(c.GetArgument("allOrNothing", false)), c.CancellationToken);
                Notifications.NotificationServices.Notify(services);
                IngestBatch? batch = null;
                if (report.BatchId is { } id)
                {
                    await using var context = connection.CreateContext();
                    batch = await context.IngestBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, c.CancellationToken);
                }

                return (object?)(report, batch);
            });
    }

    private static (string Mapping, IReadOnlyList<string>? Files) Resolve(IResolveFieldContext c)
    {
        try
        {
            return c.RequestServices!.GetRequiredService<Uploads>()
                .Resolve(c.GetArgument<string?>("upload"), c.GetArgument<string?>("example"));
        }
        catch (ArgumentException bad)
        {
            throw new ExecutionError(bad.Message) { Code = "BAD_ARGUMENT" };
        }
    }
}
