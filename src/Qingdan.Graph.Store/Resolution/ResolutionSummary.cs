namespace Qingdan.Graph.Store.Resolution;

/// <summary>What one resolution run changed.</summary>
public sealed record ResolutionSummary(int Records, int Entities, int NewEntities, int MovedRecords, int DissolvedEntities, int Candidates);
