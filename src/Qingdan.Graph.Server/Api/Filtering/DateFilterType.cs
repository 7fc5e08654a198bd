using Qingdan.Graph.Server.Api.Schema;

namespace Qingdan.Graph.Server.Api.Filtering;

/// <summary>Operators of a calendar day.</summary>
public sealed class DateFilterType() : OrderedFilterType<DateType>("DateFilter", "a calendar day");
