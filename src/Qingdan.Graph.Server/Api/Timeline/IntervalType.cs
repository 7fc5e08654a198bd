using GraphQL.Types;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Server.Api.Schema;

namespace Qingdan.Graph.Server.Api.Timeline;

/// <summary>A run of calendar days, both ends inclusive, either end open (RULES.md "Time").</summary>
public sealed class IntervalType : ObjectGraphType<Interval>
{
    public IntervalType()
    {
        Name = "Interval";
        Description = "A run of calendar days, both ends inclusive (RULES.md \"Time\"); an empty end is open.";
        Field<DateType>("from").Description("The first day; null when it reaches back as far as the registries do (no start known).")
            .Resolve(c => c.Source.Start);
        Field<DateType>("to").Description("The last day; null while it still holds.").Resolve(c => c.Source.End);
    }
}
