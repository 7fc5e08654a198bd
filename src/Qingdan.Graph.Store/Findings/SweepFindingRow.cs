namespace Qingdan.Graph.Store.Findings;

/// <summary>What a sweep said about a finding.</summary>
public sealed class SweepFindingRow
{
    public long SweepId { get; set; }

    public long FindingId { get; set; }

    public FindingChange Change { get; set; }
}
