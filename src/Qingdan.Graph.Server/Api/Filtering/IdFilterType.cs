using GraphQL.Types;

namespace Qingdan.Graph.Server.Api.Filtering;

/// <summary>Operators of an id field: eq, in.</summary>
public sealed class IdFilterType : InputObjectGraphType
{
    public IdFilterType()
    {
        Name = "IdFilter";
        Description = "Operators of an id (f_12, p_3…), and-ed.";
        Field<IdGraphType>("eq").Description("This id.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("in").Description("One of these ids.");
    }
}
