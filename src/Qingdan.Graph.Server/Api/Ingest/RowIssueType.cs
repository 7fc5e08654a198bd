using GraphQL.Types;
using Qingdan.Graph.Ingest.Statements;

namespace Qingdan.Graph.Server.Api.Ingest;

/// <summary>A rejected row or a warning.</summary>
public sealed class RowIssueType : ObjectGraphType<RowIssue>
{
    public RowIssueType()
    {
        Name = "RowIssue";
        Description = "A row an ingest rejects (its facts lost) or keeps with a warning.";
        Field<NonNullGraphType<StringGraphType>>("file").Description("The file, and the sheet after '!'.").Resolve(c => c.Source.File);
        Field<NonNullGraphType<IntGraphType>>("line").Description("The row as the sheet numbers it; 0 for a whole table.")
            .Resolve(c => c.Source.Line);
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why, naming the delivered column.").Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<StringGraphType>>("raw").Description("The row's cells as text.").Resolve(c => c.Source.Raw);
        Field<NonNullGraphType<BooleanGraphType>>("rejected").Description("True for a rejection, false for a warning.")
            .Resolve(c => c.Source.Rejected);
    }
}
