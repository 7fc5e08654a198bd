namespace Qingdan.Graph.Store.Database;

/// <summary>Where a database stands: reachable or not, and which migrations it has and lacks.</summary>
public sealed record StoreStatus(string Database, bool Reachable, IReadOnlyList<string> Applied, IReadOnlyList<string> Pending)
{
    /// <summary>True when the schema is current.</summary>
    public bool UpToDate => Reachable && Pending.Count == 0;
}
