using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Graph;

/// <summary>The records a snapshot's nodes are given and made as: a <see cref="Person"/>, <see cref="Company"/>,
/// <see cref="Agency"/> or <see cref="Decision"/>.</summary>
internal static class NodeRecords
{
    /// <summary>The record's entity id; anything else is refused.</summary>
    public static EntityId IdOf(object node) => node switch
    {
        Person p => p.Id,
        Company c => c.Id,
        Agency a => a.Id,
        Decision d => d.Id,
        _ => throw new ArgumentException($"Not a node: {node?.GetType().Name}.", nameof(node)),
    };
}
