namespace Qingdan.Graph.Server.Api.Findings;

/// <summary>
/// The parts of a stored finding's body (<c>formats/findings.md</c>, as <c>FindingDocument</c> writes
/// it) that the API serves: read once per finding into records rather than walked as JSON.
/// </summary>
public sealed record FindingBody
{
    public IReadOnlyList<string> Reasons { get; init; } = [];

    public ClauseBody Clause { get; init; } = new();

    public IReadOnlyList<EvidencePathBody> Evidence { get; init; } = [];

    public IReadOnlyList<DecisionBody> Decisions { get; init; } = [];

    public IReadOnlyList<EvidenceLinkBody> Transactions { get; init; } = [];

    public static FindingBody Parse(string json) =>
        System.Text.Json.JsonSerializer.Deserialize(json, FindingBodyJson.Default.FindingBody) ?? new FindingBody();
}
