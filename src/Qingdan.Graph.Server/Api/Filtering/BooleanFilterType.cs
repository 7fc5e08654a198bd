using GraphQL.Types;

namespace Qingdan.Graph.Server.Api.Filtering;

/// <summary>Operators of a boolean field: eq.</summary>
public sealed class BooleanFilterType : InputObjectGraphType
{
    public BooleanFilterType()
    {
        Name = "BooleanFilter";
        Description = "The operator of a yes-or-no field.";
        Field<BooleanGraphType>("eq").Description("Equal to.");
    }
}
