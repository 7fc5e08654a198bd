namespace Qingdan.Graph.Server.Api.Reports;

/// <summary>One group of <c>findingStats</c>: the grouping values (null when not grouped by), count and amounts.</summary>
public sealed record FindingStat(string? Rule, string? Agency, string? AgencyName, string? Severity, string? Month, string? TriageStatus, bool? Active, int Count, decimal Amount, decimal DecisionAmount);
