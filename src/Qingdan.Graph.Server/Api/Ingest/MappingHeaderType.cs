using GraphQL.Types;
using Qingdan.Graph.Ingest.Mappings;

namespace Qingdan.Graph.Server.Api.Ingest;

/// <summary>The header of one delivered table.</summary>
public sealed class MappingHeaderType : ObjectGraphType<MappingHeader>
{
    public MappingHeaderType()
    {
        Name = "MappingHeader";
        Description = "The header row found in a delivered file or sheet.";
        Field<NonNullGraphType<StringGraphType>>("location").Description("The file, and the sheet after '!'.")
            .Resolve(c => c.Source.Location);
        Field<NonNullGraphType<IntGraphType>>("row").Description("The header's row as the sheet numbers it (a CSV file's line).")
            .Resolve(c => c.Source.Row);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("cells").Description("Its cells, by column.")
            .Resolve(c => c.Source.Cells);
    }
}
