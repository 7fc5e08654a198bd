using GraphQL.Types;

namespace Qingdan.Graph.Server.Api.Filtering;

/// <summary>Operators of a vocabulary field (a rule, a status, a method): eq, neq, in, over the vocabulary's enum.</summary>
public abstract class WordFilterType<TEnum> : InputObjectGraphType
    where TEnum : EnumerationGraphType
{
    protected WordFilterType(string name, string what)
    {
        Name = name;
        Description = $"Operators of {what}, and-ed.";
        Field<TEnum>("eq").Description("Equal to.");
        Field<TEnum>("neq").Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<TEnum>>>("in").Description("Equal to one of.");
    }
}
