namespace Qingdan.Graph.Store.Findings;

/// <summary>
/// What a sweep's scan of one official read: the entities whose links it followed (packed) and the salary
/// medians it consulted. An incremental sweep runs again only the officials whose footprint a change since
/// touches; the others' findings carry over.
/// </summary>
public sealed class SweepFootprintRow
{
    public long SweepId { get; set; }

    /// <summary>The official's entity id.</summary>
    public long OfficialId { get; set; }

    /// <summary>The entity ids whose adjacency the scan read, packed (see the sweep runner for the encoding).</summary>
    public required byte[] Entities { get; set; }

    /// <summary>The (role, industry section) medians the scan consulted, or null when none.</summary>
    public string? MedianKeys { get; set; }
}
