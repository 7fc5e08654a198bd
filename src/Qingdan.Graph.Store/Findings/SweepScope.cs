using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Rules;

namespace Qingdan.Graph.Store.Findings;

/// <summary>What a sweep ran: on which snapshot, the run with its footprints, and for an incremental sweep its plan (null: a
/// full sweep, with the reason when an incremental one was asked for).</summary>
internal sealed record SweepScope(GraphSnapshot Graph, RuleEngine Engine, RuleRun Run, IncrementalPlan? Plan, string? FullBecause);
