using GraphQL.Types;
using Qingdan.Graph.Ingest.Mappings;

namespace Qingdan.Graph.Server.Api.Ingest;

/// <summary>A record as the bundle would hold it.</summary>
public sealed class MappingSampleRecordType : ObjectGraphType<MappingSampleRecord>
{
    public MappingSampleRecordType()
    {
        Name = "MappingSampleRecord";
        Description = "A record a row makes: its name in the mapping, its kind (a bundle file), its non-empty columns.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The record's name in the mapping.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("kind").Description("The bundle file's name without .csv (people, family…).")
            .Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MappingValueType>>>>("values").Description(
            "The bundle columns it fills, in the file's order.").Resolve(c => c.Source.Values);
    }
}
