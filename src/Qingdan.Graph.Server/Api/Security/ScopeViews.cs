using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Server.Api.Security;

/// <summary><c>Auth:Scope</c>: how far from the officials inside a scope a reader may see.</summary>
public sealed class ScopeOptions
{
    public const string Section = "Auth:Scope";

    /// <summary>Links from an official or agency inside within which people, companies and decisions are visible (default
    /// 6, the most hops a path or network may have).</summary>
    public int Reach { get; set; } = 6;
}

/// <summary>
/// What one scope sees of one snapshot (<see cref="GraphSnapshot.Reach"/>), computed once per snapshot and scope and kept
/// while the snapshot is: a pass over every node and the links within reach.
/// </summary>
public sealed class ScopeView
{
    private readonly ConcurrentDictionary<NodeKind, (bool Include, long[] Ids)> _ids = new();

    public ScopeView(GraphSnapshot snapshot, AccessScope scope, int reach)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(scope);
        Snapshot = snapshot;
        Scope = scope;
        Reach = snapshot.Reach(node => snapshot.NodeOf(node) is Agency agency && scope.Covers(agency.Id.Value, agency.RegionCode), reach);
    }

    public GraphSnapshot Snapshot { get; }

    public AccessScope Scope { get; }

    public ScopeReach Reach { get; }

    /// <summary>Whether the node may be read, listed and counted.</summary>
    public bool Sees(int node) => Reach.Sees(node);

    /// <summary>Whether the entity may be read; an id the snapshot does not hold is not this view's to refuse.</summary>
    public bool Sees(EntityId id) => Snapshot.IndexOf(id) is var index && (index < 0 || Reach.Sees(index));

    /// <summary>
    /// The store ids of one kind a query keeps: the visible ones (<c>Include</c>) or, when fewer, the hidden ones to leave
    /// out — so that a filter in SQL carries the smaller list.
    /// </summary>
    public (bool Include, long[] Ids) IdsOf(NodeKind kind) => _ids.GetOrAdd(kind, k =>
    {
        var seen = new List<long>();
        var hidden = new List<long>();
        for (var node = 0; node < Snapshot.NodeCount; node++)
        {
            if (Snapshot.KindOf(node) == k)
            {
                (Reach.Sees(node) ? seen : hidden).Add(Snapshot.IdOf(node).Value);
            }
        }

        var kept = seen.Count <= hidden.Count ? seen : hidden;
        kept.Sort();
        return (ReferenceEquals(kept, seen), kept.ToArray());
    });

    /// <summary>Whether a stored row of this kind with this id is kept (what <see cref="IdsOf"/> says, for rows read into memory).</summary>
    public bool Keeps(NodeKind kind, long id)
    {
        var (include, ids) = IdsOf(kind);
        return Array.BinarySearch(ids, id) >= 0 == include;
    }
}

/// <summary>The <see cref="ScopeView"/> of each snapshot and scope, computed on first use.</summary>
public sealed class ScopeViews(IOptions<ScopeOptions> options)
{
    private readonly ConditionalWeakTable<GraphSnapshot, ConcurrentDictionary<string, Lazy<ScopeView>>> _views = new();

    public ScopeView For(GraphSnapshot snapshot, AccessScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var reach = Math.Max(0, options.Value.Reach);
        return _views.GetValue(snapshot, _ => new ConcurrentDictionary<string, Lazy<ScopeView>>(StringComparer.Ordinal))
            .GetOrAdd(scope.ToString(), _ => new Lazy<ScopeView>(() => new ScopeView(snapshot, scope, reach))).Value;
    }
}
