using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Server.Api.Reports;

/// <summary>One group of <c>findingStats</c>: the grouping values (null when not grouped by), count and amounts.</summary>
public sealed record FindingStat(
    RuleId? Rule, string? Agency, string? AgencyName, Severity? Severity, string? Month, TriageStatus? TriageStatus, bool? Active, int Count, decimal Amount, decimal DecisionAmount);
