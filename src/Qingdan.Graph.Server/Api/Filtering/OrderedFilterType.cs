using GraphQL.Types;

namespace Qingdan.Graph.Server.Api.Filtering;

/// <summary>Operators of an ordered scalar (numbers, days): eq, neq, in, gt, gte, lt, lte.</summary>
public abstract class OrderedFilterType<TScalar> : InputObjectGraphType
    where TScalar : ScalarGraphType
{
    protected OrderedFilterType(string name, string what)
    {
        Name = name;
        Description = $"Operators of {what} field, and-ed.";
        Field<TScalar>("eq").Description("Equal to.");
        Field<TScalar>("neq").Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<TScalar>>>("in").Description("Equal to one of.");
        Field<TScalar>("gt").Description("Greater (later) than.");
        Field<TScalar>("gte").Description("Greater (later) than or equal to.");
        Field<TScalar>("lt").Description("Less (earlier) than.");
        Field<TScalar>("lte").Description("Less (earlier) than or equal to.");
    }
}
