using System.Collections.Concurrent;
using GraphQL;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Server.Api.Reports.Stats;

/// <summary>What a stats row says of its neighbours — names, regions, industries — read from the request's snapshot once an
/// entity; safe to share between requests over the same snapshot.</summary>
internal sealed class NeighbourNames(GraphSnapshot snapshot)
{
    private readonly ConcurrentDictionary<EntityId, Neighbour> _known = [];

    public GraphSnapshot Snapshot => snapshot;

    public static async Task<NeighbourNames> ForAsync(IResolveFieldContext c) =>
        new(await c.RequestServices!.GetRequiredService<RequestGraph>().SnapshotAsync(c.CancellationToken));

    public Neighbour Agency(long id) => Of(NodeKind.Agency, id);

    public Neighbour Company(long id) => Of(NodeKind.Company, id);

    public string? Name(NodeKind kind, long id) => Of(kind, id).Name;

    public Neighbour Of(NodeKind kind, long id)
    {
        var key = new EntityId(kind, id);
        if (_known.TryGetValue(key, out var known))
        {
            return known;
        }

        var index = snapshot.IndexOf(key);
        var neighbour = index < 0 ? default : snapshot.NodeOf(index) switch
        {
            Agency a => new Neighbour(a.Name, a.RegionCode, null),
            Company c => new Neighbour(c.Name, c.RegionCode, c.Industry),
            Person p => new Neighbour(p.Name, null, null),
            Decision d => new Neighbour(d.Title, null, null),
            _ => default,
        };
        _known[key] = neighbour;
        return neighbour;
    }
}

/// <summary>A neighbour's name, region code and industry, as far as it has them.</summary>
internal readonly record struct Neighbour(string? Name, string? Region, string? Industry);
