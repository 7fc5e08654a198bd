namespace Qingdan.Graph.Store.Graph;

/// <summary>
/// One part of a stored snapshot image (<see cref="SnapshotImages"/>): the store version the image was
/// built from, the part's number, and its bytes. A cache of the rows, never the record: dropping every
/// part loses nothing but the next load's speed.
/// </summary>
public sealed class SnapshotImagePart
{
    public long Version { get; set; }

    public int Part { get; set; }

    public required byte[] Data { get; set; }
}
