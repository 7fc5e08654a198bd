using System.ComponentModel;

namespace Qingdan.Graph.Server.Api.Reports.Stats;

/// <summary>What a stats group computes over its rows, for <c>having</c> and <c>order</c>.</summary>
[Description("What a group computes over its rows: in having and order items.")]
public enum StatAggregate
{
    [Description("How many rows (a row counted in each group of a multi-valued dimension).")]
    Count,

    [Description("How many distinct values of a dimension (give dimension).")]
    Distinct,

    [Description("The sum of a measure (give measure); rows without it are left out.")]
    Sum,

    [Description("The mean of a measure over the rows that have it.")]
    Avg,

    [Description("The least value of a measure.")]
    Min,

    [Description("The greatest value of a measure.")]
    Max,
}
