namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>A page of <c>decisions</c>.</summary>
public sealed class DecisionConnectionType() : EntityConnectionType<DecisionType>("DecisionConnection", "decisions");
