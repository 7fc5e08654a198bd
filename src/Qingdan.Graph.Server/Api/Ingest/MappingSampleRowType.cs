using GraphQL.Types;
using Qingdan.Graph.Ingest.Mappings;

namespace Qingdan.Graph.Server.Api.Ingest;

/// <summary>One of the first rows of a table.</summary>
public sealed class MappingSampleRowType : ObjectGraphType<MappingSampleRow>
{
    public MappingSampleRowType()
    {
        Name = "MappingSampleRow";
        Description = "A delivered row and the records it makes.";
        Field<NonNullGraphType<StringGraphType>>("location").Description("The file, and the sheet after '!'.")
            .Resolve(c => c.Source.Location);
        Field<NonNullGraphType<IntGraphType>>("row").Description("The row as the sheet numbers it.").Resolve(c => c.Source.Row);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MappingSampleRecordType>>>>("records").Description(
            "The records the row makes.").Resolve(c => c.Source.Records);
    }
}
