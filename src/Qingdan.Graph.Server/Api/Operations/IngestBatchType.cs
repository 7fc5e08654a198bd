using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Ingest;

namespace Qingdan.Graph.Server.Api.Operations;

/// <summary>One ingest of one bundle.</summary>
public sealed class IngestBatchType : ObjectGraphType<IngestBatch>
{
    public IngestBatchType()
    {
        Name = "IngestBatch";
        Description = "One ingest of one bundle: what it was, how it went, what it counted, and the rows it rejected.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The batch's id (b_ and a number).").Resolve(c => $"b_{c.Source.Id}");
        Field<NonNullGraphType<StringGraphType>>("bundleId").Description("The bundle's id as provenance cites it.")
            .Resolve(c => c.Source.BundleId);
        Field<NonNullGraphType<StringGraphType>>("registry").Description("The registry the bundle comes from (cadre, company…).")
            .Resolve(c => c.Source.Registry);
        Field<NonNullGraphType<IngestBatchStatusType>>("status").Description("Where it stands.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<IngestModeType>>("mode").Description("Whether the bundle adds to its registry's facts or replaces them.")
            .Resolve(c => c.Source.Mode);
        Field<DateType>("asOf").Description("The day the bundle states its registry as of.").Resolve(c => c.Source.AsOf);
        Field<NonNullGraphType<DateTimeGraphType>>("startedAt").Description("When it started (UTC).")
            .Resolve(c => DateTime.SpecifyKind(c.Source.StartedAt, DateTimeKind.Utc));
        Field<NonNullGraphType<LongGraphType>>("rowsRead").Description("Data rows read.").Resolve(c => c.Source.RowsRead);
        Field<NonNullGraphType<LongGraphType>>("rowsAccepted").Description("Facts and records accepted.")
            .Resolve(c => c.Source.RowsAccepted);
        Field<NonNullGraphType<LongGraphType>>("rowsRejected").Description("Rows rejected.").Resolve(c => c.Source.RowsRejected);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RejectedRowType>>>>("rejectedRows").Description(
            "The rows it rejected, by file and line.")
            .Argument<IntGraphType>("first", "How many at most (up to 500).", a => a.DefaultValue = 100)
            .ResolveAsync(async c =>
            {
                await using var context = c.RequestServices!.GetRequiredService<StoreConnection>().CreateContext();
                var first = Math.Clamp(c.GetArgument("first", 100), 0, 500);
                return (object?)await context.RejectedRows.AsNoTracking().Where(r => r.BatchId == c.Source.Id).OrderBy(r => r.File)
                    .ThenBy(r => r.Line)
                    .Take(first)
                    .ToListAsync(c.CancellationToken);
            });
    }
}
