using GraphQL.Types;

namespace Qingdan.Graph.Server.Api.Filtering;

/// <summary>Operators of a date-time field: eq, gt, gte, lt, lte.</summary>
public sealed class DateTimeFilterType : InputObjectGraphType
{
    public DateTimeFilterType()
    {
        Name = "DateTimeFilter";
        Description = "Operators of a moment (UTC), and-ed.";
        Field<DateTimeGraphType>("eq").Description("At exactly.");
        Field<DateTimeGraphType>("gt").Description("Later than.");
        Field<DateTimeGraphType>("gte").Description("At or later than.");
        Field<DateTimeGraphType>("lt").Description("Earlier than.");
        Field<DateTimeGraphType>("lte").Description("At or earlier than.");
    }
}
