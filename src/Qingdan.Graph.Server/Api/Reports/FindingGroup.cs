using System.ComponentModel;

namespace Qingdan.Graph.Server.Api.Reports;

/// <summary>What <c>findingStats</c> can group by.</summary>
[Description("What findingStats groups findings by.")]
public enum FindingGroup
{
    [Description("The rule.")]
    Rule,

    [Description("The agency behind the finding.")]
    Agency,

    [Description("The severity.")]
    Severity,

    [Description("The month (yyyy-MM) a sweep first found it.")]
    Month,

    [Description("The triage status.")]
    TriageStatus,

    [Description("Whether the latest sweep of its rule still finds it.")]
    Active,
}
