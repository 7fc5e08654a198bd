using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Store.Notifications;

/// <summary>What a scope may read, asked by the <see cref="Notifier"/> for a scoped watcher or webhook: whether the entity is
/// visible (docs/security.md "Scopes"). An entity the graph does not hold is not visible.</summary>
public delegate Task<Func<EntityId, bool>> NotificationScopes(AccessScope scope, CancellationToken cancellationToken);

/// <summary>Scopes read off a graph snapshot, as the API's scope views do: the nodes within <c>reach</c> links of an agency
/// inside the scope. The snapshot is asked for once, when the first scoped watcher needs it.</summary>
public static class SnapshotScopes
{
    /// <summary>The hops from an agency inside within which people and companies are visible (the API's default).</summary>
    public const int DefaultReach = 6;

    public static NotificationScopes Over(Func<CancellationToken, Task<GraphSnapshot>> snapshot, int reach = DefaultReach)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Task<GraphSnapshot>? loaded = null;
        var views = new Dictionary<string, Func<EntityId, bool>>(StringComparer.Ordinal);
        return async (scope, cancellationToken) =>
        {
            var graph = await (loaded ??= snapshot(cancellationToken));
            lock (views)
            {
                if (views.TryGetValue(scope.ToString(), out var known))
                {
                    return known;
                }
            }

            var seen = graph.Reach(
                node => graph.NodeOf(node) is Agency agency && scope.Covers(agency.Id.Value, agency.RegionCode),
                Math.Max(0, reach));
            bool Sees(EntityId id) => graph.IndexOf(id) is var index and >= 0 && seen.Sees(index);
            lock (views)
            {
                views[scope.ToString()] = Sees;
            }

            return Sees;
        };
    }
}
