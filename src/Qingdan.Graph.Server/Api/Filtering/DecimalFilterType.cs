using GraphQL.Types;

namespace Qingdan.Graph.Server.Api.Filtering;

/// <summary>Operators of an amount.</summary>
public sealed class DecimalFilterType() : OrderedFilterType<DecimalGraphType>("DecimalFilter", "an amount");
