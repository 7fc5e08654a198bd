using GraphQL.Types;

namespace Qingdan.Graph.Server.Api.Filtering;

/// <summary>Operators of a string field: eq, neq, in, contains, startsWith.</summary>
public sealed class StringFilterType : InputObjectGraphType
{
    public StringFilterType()
    {
        Name = "StringFilter";
        Description = "Operators of a text field, and-ed; the comparison is ordinal (as stored).";
        Field<StringGraphType>("eq").Description("Equal to.");
        Field<StringGraphType>("neq").Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("in").Description("Equal to one of.");
        Field<StringGraphType>("contains").Description("Contains the text.");
        Field<StringGraphType>("startsWith").Description("Starts with the text.");
    }
}
