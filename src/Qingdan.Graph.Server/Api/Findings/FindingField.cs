using System.ComponentModel;

namespace Qingdan.Graph.Server.Api.Findings;

/// <summary>What findings can be ordered by.</summary>
[Description("A field findings can be ordered by.")]
public enum FindingField
{
    [Description("The id's number: the order they were first found.")]
    Id,

    [Description("The rule.")]
    Rule,

    [Description("The severity, low to high.")]
    Severity,

    [Description("The largest amount behind it.")]
    Amount,

    [Description("When a sweep first found it.")]
    FirstSeen,

    [Description("When a sweep last found it.")]
    LastSeen,

    [Description("The triage status, by its word.")]
    TriageStatus,
}
