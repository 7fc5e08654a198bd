namespace Qingdan.Graph.Store.Resolution;

/// <summary>
/// What one resolution run changed: the records it resolved again (the closure of what it touched, or every
/// record), the entities they make, and the candidates open in the store after it.
/// </summary>
public sealed record ResolutionSummary(int Records, int Entities, int NewEntities, int MovedRecords, int DissolvedEntities, int Candidates)
{
    /// <summary>Whether the run resolved only the closure of what it touched (docs/resolution.md "Scoped resolution").</summary>
    public bool Scoped { get; init; }
}
