using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Server.Api.Schema;

namespace Qingdan.Graph.Server.Api.Findings;

/// <summary>How serious a finding is.</summary>
public sealed class SeverityType() : VocabularyEnumType<Severity>(
    "Severity",
    "How serious a finding is, by the table of docs/severity.md.",
    (Severity.Low, "Low."),
    (Severity.Medium, "Medium."),
    (Severity.High, "High."));
