using System.Text.Json;
using Qingdan.Graph.Core.Rules;

namespace Qingdan.Graph.Store.Findings;

/// <summary>
/// A stored finding's body: the finding as <c>formats/findings.md</c> writes it, without the sweep-dependent
/// fields (change, triage, sweep, seen dates), which the export adds. The sweep writes it and the API reads
/// it, both through <see cref="FindingBodyJson"/>; the words in it (severity, entity kinds, statuses,
/// methods) are the format's, as they travel.
/// </summary>
public sealed record FindingBody
{
    public RuleId Rule { get; init; }

    /// <summary>As RULES.md names them, sorted.</summary>
    public IReadOnlyList<string> Variants { get; init; } = [];

    /// <summary><c>low</c>, <c>medium</c> or <c>high</c>.</summary>
    public string Severity { get; init; } = string.Empty;

    public IReadOnlyList<string> Reasons { get; init; } = [];

    public ClauseBody Clause { get; init; } = new();

    public FindingEntityBody Official { get; init; } = new();

    public FindingEntityBody Company { get; init; } = new();

    public IReadOnlyList<string> Relations { get; init; } = [];

    public IReadOnlyList<EvidenceNodeBody> Relatives { get; init; } = [];

    public decimal? Amount { get; init; }

    public IReadOnlyList<EvidencePathBody> Evidence { get; init; } = [];

    public int EvidenceOmitted { get; init; }

    public IReadOnlyList<DecisionBody> Decisions { get; init; } = [];

    public IReadOnlyList<EvidenceLinkBody> Transactions { get; init; } = [];

    public IReadOnlyList<EvidenceLinkBody> Posts { get; init; } = [];

    /// <summary>REP: every report behind the finding (written on REP findings only; empty when the body has none, as the
    /// generated reader sets an init-only property it does not find to null).</summary>
    public IReadOnlyList<ReportRefBody> Reports
    {
        get => _reports ?? [];
        init => _reports = value;
    }

    private readonly IReadOnlyList<ReportRefBody>? _reports;

    /// <summary>Reads a stored body; an empty record for <c>null</c>.</summary>
    public static FindingBody Parse(string json) => JsonSerializer.Deserialize(json, FindingBodyJson.Body) ?? new FindingBody();

    /// <summary>The body as the store keeps it: compact, non-ASCII text as is.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, FindingBodyJson.Body);
}
