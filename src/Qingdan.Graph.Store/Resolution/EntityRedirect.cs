namespace Qingdan.Graph.Store.Resolution;

/// <summary>An entity that a merge dissolved, and the entity its records went to: old ids keep leading somewhere.</summary>
public sealed class EntityRedirect
{
    public long FromEntityId { get; set; }

    public long ToEntityId { get; set; }

    public DateTime At { get; set; }
}
