using GraphQL.Types;

namespace Qingdan.Graph.Server.Api.Schema;

/// <summary>A calendar day, <c>yyyy-MM-dd</c>.</summary>
public sealed class DateType : DateOnlyGraphType
{
    public DateType()
    {
        Name = "Date";
        Description = "A calendar day, yyyy-MM-dd.";
    }
}
