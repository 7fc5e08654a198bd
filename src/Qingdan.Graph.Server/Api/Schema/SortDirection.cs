using System.ComponentModel;

namespace Qingdan.Graph.Server.Api.Schema;

/// <summary>The direction of an <c>order</c> item.</summary>
[Description("Ascending or descending.")]
public enum SortDirection
{
    [Description("Smallest, earliest or first in the alphabet first.")]
    Asc,

    [Description("Largest, latest or last in the alphabet first.")]
    Desc,
}
