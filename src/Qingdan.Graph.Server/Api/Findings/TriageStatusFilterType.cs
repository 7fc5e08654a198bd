using Qingdan.Graph.Server.Api.Filtering;

namespace Qingdan.Graph.Server.Api.Findings;

/// <summary>Operators of a finding's triage status.</summary>
public sealed class TriageStatusFilterType() : WordFilterType<TriageStatusType>("TriageStatusFilter", "a triage status");
