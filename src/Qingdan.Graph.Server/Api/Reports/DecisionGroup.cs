using System.ComponentModel;

namespace Qingdan.Graph.Server.Api.Reports;

/// <summary>What <c>decisionStats</c> can group by.</summary>
[Description("What decisionStats groups decisions by.")]
public enum DecisionGroup
{
    [Description("The issuing agency.")]
    Agency,

    [Description("The decision's kind.")]
    Kind,

    [Description("The year it was decided.")]
    Year,

    [Description("The month (yyyy-MM) it was decided.")]
    Month,

    [Description("The procurement method.")]
    Method,

    [Description("The beneficiary company.")]
    Beneficiary,
}
