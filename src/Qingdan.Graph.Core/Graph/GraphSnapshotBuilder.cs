using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Graph;

/// <summary>
/// Collects nodes and link rows in one streaming pass and builds a <see cref="GraphSnapshot"/>.
/// Rows that state the same link (endpoints, kind, properties, interval) merge into one link with
/// several sources, as RULES "Effective ownership" requires; a row naming a node the builder was not
/// given is refused.
/// </summary>
public sealed class GraphSnapshotBuilder
{
    private readonly List<EntityId> _ids = [];
    private readonly List<object> _nodes = [];
    private readonly HashSet<long> _known = [];
    private readonly Dictionary<SnapshotLink, int> _linkIndex = [];
    private readonly List<SnapshotLink> _links = [];
    private readonly List<List<SourceRef>> _sources = [];

    /// <summary>Adds a <see cref="Person"/>, <see cref="Company"/>, <see cref="Agency"/> or <see cref="Decision"/>.</summary>
    public GraphSnapshotBuilder AddNode(object node)
    {
        var id = node switch
        {
            Person p => p.Id,
            Company c => c.Id,
            Agency a => a.Id,
            Decision d => d.Id,
            _ => throw new ArgumentException($"Not a node: {node?.GetType().Name}.", nameof(node)),
        };
        if (!_known.Add(id.Value))
        {
            throw new ArgumentException($"Node {id} was added twice.", nameof(node));
        }

        _ids.Add(id);
        _nodes.Add(node);
        return this;
    }

    public GraphSnapshotBuilder AddLink(SnapshotLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (!_known.Contains(link.From) || !_known.Contains(link.To))
        {
            throw new ArgumentException($"Link {link.Kind} {link.From} → {link.To} ({link.Source.File}:{link.Source.Line}) names a node the snapshot does not hold.", nameof(link));
        }

        var fact = link.Fact;
        if (_linkIndex.TryGetValue(fact, out var existing))
        {
            _sources[existing].Add(link.Source);
            return this;
        }

        _linkIndex[fact] = _links.Count;
        _links.Add(fact);
        _sources.Add([link.Source]);
        return this;
    }

    public GraphSnapshot Build(long version) => new(version, [.. _ids], [.. _nodes], _links, _sources);
}
