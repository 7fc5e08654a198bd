using GraphQL.Types;

namespace Qingdan.Graph.Server.Api.Filtering;

/// <summary>Operators of a count.</summary>
public sealed class IntFilterType() : OrderedFilterType<IntGraphType>("IntFilter", "a count");
