using Qingdan.Graph.Server.Api.Schema;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>An <c>order</c> item of <c>decisions</c>.</summary>
public sealed class DecisionOrderType() : OrderInputType<DecisionField>("DecisionOrder", "decisions");
