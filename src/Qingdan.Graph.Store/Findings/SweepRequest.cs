using Qingdan.Graph.Core.Rules;

namespace Qingdan.Graph.Store.Findings;

/// <summary>What a sweep runs: the rules, their parameters, and who asked.</summary>
public sealed record SweepRequest
{
    public IReadOnlyList<RuleId> Rules { get; init; } = RuleIds.All;

    public RuleParameters Parameters { get; init; } = RuleParameters.Default;

    /// <summary>What started the sweep: the command line, the schedule or the API.</summary>
    public SweepTrigger Trigger { get; init; } = SweepTrigger.Cli;

    public string? RequestedBy { get; init; }

    /// <summary>
    /// Run only the officials a change since the last sweep can affect, carrying the others' findings over; the
    /// sweep runs in full, and says why, when the last sweep's rules or parameters differ or the changes are not
    /// all on record.
    /// </summary>
    public bool Incremental { get; init; }

    /// <summary>Threads for the rules; every core when null.</summary>
    public int? MaxParallelism { get; init; }
}
