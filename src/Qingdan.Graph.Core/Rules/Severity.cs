namespace Qingdan.Graph.Core.Rules;

/// <summary>How urgently a finding deserves an investigator's time (docs/severity.md).</summary>
public enum Severity
{
    Low = 1,
    Medium = 2,
    High = 3,
}
