using Qingdan.Graph.Server.Api.Schema;

namespace Qingdan.Graph.Server.Api.Findings;

/// <summary>An <c>order</c> item of <c>findings</c>.</summary>
public sealed class FindingOrderType() : OrderInputType<FindingField>("FindingOrder", "findings");
