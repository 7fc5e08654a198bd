using GraphQL.Types;

namespace Qingdan.Graph.Server.Api.Schema;

/// <summary>An <c>order</c> item: a field of <typeparamref name="TField"/> and a direction.</summary>
public abstract class OrderInputType<TField> : InputObjectGraphType
    where TField : struct, Enum
{
    protected OrderInputType(string name, string what)
    {
        Name = name;
        Description = $"An order item: a field of {what} and a direction; items apply in turn, then the id keeps pages stable.";
        Field<NonNullGraphType<EnumerationGraphType<TField>>>("field").Description("The field to order by.");
        Field<EnumerationGraphType<SortDirection>>("direction").Description("Ascending (the default) or descending.")
            .DefaultValue(SortDirection.Asc);
    }
}
