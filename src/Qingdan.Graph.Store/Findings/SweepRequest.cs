using Qingdan.Graph.Core.Rules;

namespace Qingdan.Graph.Store.Findings;

/// <summary>What a sweep runs: the rules, their parameters, and who asked.</summary>
public sealed record SweepRequest
{
    public IReadOnlyList<RuleId> Rules { get; init; } = RuleIds.All;

    public RuleParameters Parameters { get; init; } = RuleParameters.Default;

    /// <summary>A <see cref="SweepTrigger"/>'s word: <c>cli</c>, <c>schedule</c> or <c>api</c>; the runner refuses any other.</summary>
    public string Trigger { get; init; } = "cli";

    public string? RequestedBy { get; init; }

    /// <summary>Threads for the rules; every core when null.</summary>
    public int? MaxParallelism { get; init; }
}
