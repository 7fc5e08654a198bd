namespace Qingdan.Graph.Store.Findings;

/// <summary>An expiring lease (SQLite's stand-in for an advisory lock): held while renewed, free once expired.</summary>
public sealed class LeaseRow
{
    public required string Name { get; set; }

    public required string Holder { get; set; }

    public DateTime AcquiredAt { get; set; }

    public DateTime ExpiresAt { get; set; }
}
