using GraphQL.Types;
using Qingdan.Graph.Server.Api.Operations;
using Qingdan.Graph.Store.Ingest;

namespace Qingdan.Graph.Server.Api.Ingest;

/// <summary>What <c>ingestUpload</c> did.</summary>
public sealed class IngestUploadResultType : ObjectGraphType<(IngestReport Report, IngestBatch? Batch)>
{
    public IngestUploadResultType()
    {
        Name = "IngestUploadResult";
        Description = "One ingest of delivered files through a mapping: its outcome and its batch, with the rows it rejected.";
        Field<NonNullGraphType<IngestOutcomeType>>("status").Description("How it ended.")
            .Resolve(c => Wire(c.Source.Report.Status));
        Field<StringGraphType>("error").Description(
            "Why a failed ingest could not read its files (the mapping's problems, each at its line).").Resolve(c => c.Source.Report.Error);
        Field<IngestBatchType>("batch").Description("The batch, with its rejected rows; null when the ingest failed before it began.")
            .Resolve(c => c.Source.Batch);
        Field<NonNullGraphType<LongGraphType>>("nodes").Description("Records stated.").Resolve(c => c.Source.Report.Nodes);
        Field<NonNullGraphType<LongGraphType>>("links").Description("Facts stated.").Resolve(c => c.Source.Report.Links);
        Field<NonNullGraphType<LongGraphType>>("rejected").Description("Rows rejected.").Resolve(c => c.Source.Report.Rejected);
        Field<NonNullGraphType<LongGraphType>>("warnings").Description("Rows kept with a warning.").Resolve(c => c.Source.Report.Warnings);
        Field<NonNullGraphType<FloatGraphType>>("seconds").Description("How long it took.")
            .Resolve(c => c.Source.Report.Elapsed.TotalSeconds);
    }

    private static string Wire(IngestStatus status) => status switch
    {
        IngestStatus.Committed => "committed",
        IngestStatus.Unchanged => "unchanged",
        IngestStatus.RolledBack => "rolled_back",
        _ => "failed",
    };
}
