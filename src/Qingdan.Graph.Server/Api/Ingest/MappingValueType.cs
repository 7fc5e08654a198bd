using GraphQL.Types;

namespace Qingdan.Graph.Server.Api.Ingest;

/// <summary>A bundle column's value.</summary>
public sealed class MappingValueType : ObjectGraphType<KeyValuePair<string, string>>
{
    public MappingValueType()
    {
        Name = "MappingValue";
        Description = "A bundle column and the value a record gives it.";
        Field<NonNullGraphType<StringGraphType>>("column").Description("The bundle column.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("value").Description("Its value, as the bundle writes it.").Resolve(c => c.Source.Value);
    }
}
