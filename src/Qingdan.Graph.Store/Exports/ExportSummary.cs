namespace Qingdan.Graph.Store.Exports;

/// <summary>What a graph export wrote.</summary>
public sealed record ExportSummary(int Nodes, int Links, IReadOnlyList<string> Files);
