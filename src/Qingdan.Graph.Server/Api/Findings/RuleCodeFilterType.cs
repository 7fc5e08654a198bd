using Qingdan.Graph.Server.Api.Filtering;

namespace Qingdan.Graph.Server.Api.Findings;

/// <summary>Operators of a finding's rule.</summary>
public sealed class RuleCodeFilterType() : WordFilterType<RuleCodeType>("RuleCodeFilter", "a rule");
