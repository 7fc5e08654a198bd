namespace Qingdan.Graph.Store.Findings;

/// <summary>What a sweep said about a finding: <c>new</c>, <c>persisting</c> or <c>resolved</c>.</summary>
public sealed class SweepFindingRow
{
    public long SweepId { get; set; }

    public long FindingId { get; set; }

    public required string Change { get; set; }
}
