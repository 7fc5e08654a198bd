using GraphQL.Types;

namespace Qingdan.Graph.Server.Api.Ingest;

/// <summary>An example mapping the server ships (examples/mappings).</summary>
public sealed class MappingExampleType : ObjectGraphType<MappingExample>
{
    public MappingExampleType()
    {
        Name = "MappingExample";
        Description = "A delivered layout with its mapping and sample files, shipped with the server (examples/mappings).";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The example's name, as mappingCheck and ingestUpload take it.")
            .Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("description").Description(
            "What the layout is and shows, as its mapping's heading comments say.").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<StringGraphType>>("mapping").Description("The mapping's YAML.")
            .Resolve(c => File.ReadAllText(c.Source.Mapping));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("files").Description("Its sample delivered files.")
            .Resolve(c => c.Source.Files);
    }
}
