using GraphQL.Types;
using Qingdan.Graph.Store.Ingest;

namespace Qingdan.Graph.Server.Api.Operations;

/// <summary>A row an ingest rejected.</summary>
public sealed class RejectedRowType : ObjectGraphType<RejectedRow>
{
    public RejectedRowType()
    {
        Name = "RejectedRow";
        Description = "A row an ingest rejected, with why and the row as delivered.";
        Field<NonNullGraphType<StringGraphType>>("file").Description("The file, and the sheet after '!'.").Resolve(c => c.Source.File);
        Field<NonNullGraphType<IntGraphType>>("line").Description("The line or row.").Resolve(c => c.Source.Line);
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why it was rejected.").Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<StringGraphType>>("raw").Description("The row verbatim.").Resolve(c => c.Source.Raw);
    }
}
