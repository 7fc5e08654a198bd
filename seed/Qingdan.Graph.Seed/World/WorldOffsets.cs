namespace Qingdan.Graph.Seed.World;

/// <summary>Where a county's local ids start in the whole world: its people, companies, decisions, reports and report items after
/// the earlier counties'.</summary>
internal readonly record struct WorldOffsets(int People, int Companies, int Decisions, int Reports, int ReportItems);
