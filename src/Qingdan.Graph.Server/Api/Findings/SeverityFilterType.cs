using Qingdan.Graph.Server.Api.Filtering;

namespace Qingdan.Graph.Server.Api.Findings;

/// <summary>Operators of a finding's severity.</summary>
public sealed class SeverityFilterType() : WordFilterType<SeverityType>("SeverityFilter", "a severity");
