namespace Qingdan.Graph.Server.Api.Reports;

/// <summary>One group of <c>decisionStats</c>: the grouping values (null when not grouped by), count and amount.</summary>
public sealed record DecisionStat(
    string? Agency,
    string? AgencyName,
    string? Kind,
    string? Year,
    string? Month,
    string? Method,
    string? Beneficiary,
    string? BeneficiaryName,
    int Count,
    decimal Amount);
