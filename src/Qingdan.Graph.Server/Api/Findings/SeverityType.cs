using Qingdan.Graph.Server.Api.Schema;

namespace Qingdan.Graph.Server.Api.Findings;

/// <summary>How serious a finding is.</summary>
public sealed class SeverityType() : WordEnumType(
    "Severity",
    "How serious a finding is, by the table of docs/severity.md.",
    ("low", "Low."),
    ("medium", "Medium."),
    ("high", "High."));
