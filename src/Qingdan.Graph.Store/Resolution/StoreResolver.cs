using System.Globalization;
using Qingdan.Graph.Ingest.Resolution;
using Qingdan.Graph.Store.Ingest;
using Qingdan.Graph.Store.Ingest.Writing;

namespace Qingdan.Graph.Store.Resolution;

/// <summary>
/// The store's side of resolution: runs the pure <see cref="EntityResolver"/> over the records a run
/// touches and everything connected to them (<see cref="ResolutionScope"/>), or over every record in the
/// store when that is cheaper; keeps entity ids stable where the partition allows, and makes everything
/// that hangs on an entity follow: canonical nodes are rewritten, links re-pointed, dissolved entities
/// redirect. Either way the store ends as a full re-resolution would leave it (docs/resolution.md).
/// </summary>
/// <remarks>
/// An ingest hands over the records it states for the first time (<paramref name="added"/>), held in
/// memory: they are resolved with the stored ones and then inserted once, with their entity, instead
/// of inserted and rewritten.
/// </remarks>
internal sealed partial class StoreResolver(BulkWriter db, long? batchId, TimeProvider time, IReadOnlyList<NewRecord>? added = null)
{
    /// <summary>
    /// <see cref="ResolutionMode.Auto"/> gives up the closure for one scan of the store once the closure holds
    /// more than this share of the stored records (docs/benchmarks.md "Scoped resolution (issue #22)").
    /// </summary>
    public const double FullScanShare = 0.5;

    private readonly Dictionary<long, NewRecord> _added = (added ?? []).ToDictionary(r => r.Id);

    /// <summary>Which records the run resolves again.</summary>
    public ResolutionMode Mode { get; init; }

    /// <summary>Set when the batch has dropped <c>source_records</c>' indexes (a large load): the closure could not probe them.</summary>
    public bool IndexesSuspended { get; init; }

    /// <summary>The groups the batch's restated records leave (their keys before the batch overwrote them).</summary>
    public RestatedKeys? Leaving { get; init; }

    /// <summary>Stored records a new match decision names: the closure starts from them too.</summary>
    public IReadOnlyList<long> Decided { get; init; } = [];

    /// <summary>
    /// Every resolved record's entity after <see cref="RunAsync"/>: what it has written to <c>source_records</c>.
    /// </summary>
    public IReadOnlyDictionary<long, long> EntityOfRecord { get; private set; } = new Dictionary<long, long>();

    /// <summary>
    /// The entities this run changed: every entity whose node row it inserted, rewrote or deleted (dissolved),
    /// and the old and the new entity of every stored record it moved.
    /// </summary>
    public IReadOnlySet<long> TouchedEntities { get; private set; } = new HashSet<long>();

    /// <summary>Whether the run resolved the closure only (false: every record).</summary>
    public bool Scoped { get; private set; }

    /// <summary>Resolves, given the stored records the batch <paramref name="restated"/> (its new records may be among them).</summary>
    public async Task<ResolutionSummary> RunAsync(IReadOnlySet<long> restated, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(restated);
        var decisions = await LoadDecisionsAsync(cancellationToken);
        var input = await ScopeAsync(restated, decisions, cancellationToken);
        Scoped = input is not null;
        input ??= await LoadFeaturesAsync(cancellationToken);
        var (records, current, currentRules) = (input.Records, input.Current, input.Rules);
        if (Scoped)
        {
            // Both records of a decision are in the closure or neither is: the others concern records outside it.
            decisions = decisions.Where(d => current.ContainsKey(d.RecordA)).ToList();
        }

        var result = EntityResolver.Resolve(records, decisions);

        var naturalKey = records.ToDictionary(r => r.Id, r => r.NaturalKey);
        var nextId = Convert.ToInt64(await db.ScalarAsync(
            "SELECT GREATEST_ID + 1 FROM (SELECT COALESCE(MAX(id), 0) AS GREATEST_ID FROM (SELECT id FROM nodes UNION ALL SELECT " +
                "from_entity_id FROM entity_redirects) ids) m",
            cancellationToken), CultureInfo.InvariantCulture);
        var assigned = new Dictionary<long, long>(records.Count);
        var taken = new HashSet<long>();
        var created = new HashSet<long>();
        foreach (var cluster in InNaturalKeyOrder(result.Clusters, naturalKey))
        {
            // An entity keeps the id most of its records already had; a cluster of new records (all of a first load) has none.
            long? keep = null;
            var anyStored = false;
            for (var i = 0; i < cluster.Count && !anyStored; i++)
            {
                anyStored = current[cluster[i]] is not null;
            }

            if (anyStored)
            {
                keep = cluster.Select(id => current[id]).OfType<long>()
                    .GroupBy(e => e)
                    .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
                    .Select(g => (long?)g.Key)
                    .FirstOrDefault(e => !taken.Contains(e!.Value));
            }

            var entity = keep ?? nextId++;
            if (keep is null)
            {
                created.Add(entity);
            }

            taken.Add(entity);
            for (var i = 0; i < cluster.Count; i++)
            {
                assigned[cluster[i]] = entity;
            }
        }

        // Records placed for the first time are not moves; only a stored record changing entity is.
        var moved = records.Where(r => current[r.Id] is not null && current[r.Id] != assigned[r.Id]).Select(r => r.Id).ToList();
        var dissolved = current.Values.OfType<long>().Distinct().Where(e => !taken.Contains(e)).ToHashSet();
        var affected = new HashSet<long>(created);
        foreach (var id in records.Where(r => current[r.Id] != assigned[r.Id]).Select(r => r.Id).Concat(restated))
        {
            affected.Add(assigned[id]);
        }

        // An entity a record left is rebuilt from the records it keeps: its name or number may have been the one that left.
        foreach (var id in moved)
        {
            affected.Add(current[id]!.Value);
        }

        affected.ExceptWith(dissolved);
        EntityOfRecord = assigned;
        // The old and the new entity of every move are in one of the two already.
        var touched = new HashSet<long>(affected);
        touched.UnionWith(dissolved);

        TouchedEntities = touched;
        await WriteNodesAsync(affected, created, assigned, Scoped ? -1 : records.Count - _added.Count, cancellationToken);
        await WriteAssignmentsAsync(records, current, currentRules, assigned, result.RuleByRecord, cancellationToken);
        await DissolveAsync(dissolved, current, assigned, cancellationToken);
        var candidates = await WriteCandidatesAsync(result.Candidates, Scoped ? current.Keys : null, cancellationToken);
        await db.SyncIdentityAsync("nodes", cancellationToken);
        return new ResolutionSummary(records.Count, taken.Count, created.Count, moved.Count, dissolved.Count, candidates)
        {
            Scoped = Scoped,
        };
    }

    /// <summary>The closure to resolve, or null when this run resolves every record instead.</summary>
    private async Task<ResolutionInput?> ScopeAsync(
        IReadOnlySet<long> restated,
        IReadOnlyList<MatchDecision> decisions,
        CancellationToken cancellationToken)
    {
        if (Mode == ResolutionMode.Full || (Mode == ResolutionMode.Auto && IndexesSuspended))
        {
            return null;
        }

        // Records are never deleted and their ids are handed out in turn: the greatest id is the store's size, read off the key.
        var stored = Convert.ToInt64(
            await db.ScalarAsync("SELECT COALESCE(MAX(id), 0) FROM source_records", cancellationToken),
            CultureInfo.InvariantCulture);
        var seeds = restated.Where(id => !_added.ContainsKey(id)).Concat(Decided).ToList();
        var limit = Mode == ResolutionMode.Scoped ? long.MaxValue : (long)(stored * FullScanShare);

        // A first load, or a batch that restates most of the store, is one scan whatever the closure.
        if (Mode == ResolutionMode.Auto && (stored == 0 || seeds.Count > limit))
        {
            return null;
        }

        return await ResolutionScope.GatherAsync(
            db,
            _added.Values.Select(r => r.Features()),
            seeds,
            Leaving,
            decisions,
            limit,
            cancellationToken);
    }

    /// <summary>The clusters by their least natural key (ordinal), so that new entities are numbered the same whatever the order of
    /// arrival.</summary>
    private static IEnumerable<IReadOnlyList<long>> InNaturalKeyOrder(
        IReadOnlyList<IReadOnlyList<long>> clusters,
        Dictionary<long, string> naturalKey)
    {
        var least = new string[clusters.Count];
        for (var i = 0; i < clusters.Count; i++)
        {
            foreach (var id in clusters[i])
            {
                var key = naturalKey[id];
                if (least[i] is null || string.CompareOrdinal(key, least[i]) < 0)
                {
                    least[i] = key;
                }
            }
        }

        // Natural keys are unique and clusters disjoint: no two clusters share a least key, so the unstable sort is exact.
        var order = new int[clusters.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(least, order, StringComparer.Ordinal);
        return order.Select(i => clusters[i]);
    }
}
