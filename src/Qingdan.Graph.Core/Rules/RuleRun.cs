namespace Qingdan.Graph.Core.Rules;

/// <summary>A run of the rules with the footprint of every official it scanned, in the order of the officials asked for.</summary>
public sealed record RuleRun(IReadOnlyList<Finding> Findings, IReadOnlyList<OfficialFootprint> Footprints);
