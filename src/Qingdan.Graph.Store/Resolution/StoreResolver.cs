using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Ingest.Resolution;
using Qingdan.Graph.Store.Ingest;
using Qingdan.Graph.Store.Ingest.Writing;

namespace Qingdan.Graph.Store.Resolution;

/// <summary>
/// The store's side of resolution: runs the pure <see cref="EntityResolver"/> over every record in the
/// store (rules 2 and 3 depend on the whole set, so a later record can undo an earlier merge), keeps
/// entity ids stable where the partition allows, and makes everything that hangs on an entity follow:
/// canonical nodes are rewritten, links re-pointed, dissolved entities redirect.
/// </summary>
/// <remarks>
/// An ingest hands over the records it states for the first time (<paramref name="added"/>), held in
/// memory: they are resolved with the stored ones and then inserted once, with their entity, instead
/// of inserted and rewritten.
/// </remarks>
internal sealed class StoreResolver(BulkWriter db, long? batchId, TimeProvider time, IReadOnlyList<NewRecord>? added = null)
{
    private readonly Dictionary<long, NewRecord> _added = (added ?? []).ToDictionary(r => r.Id);

    /// <summary>Every record's entity after <see cref="RunAsync"/>: what it has written to <c>source_records</c>.</summary>
    public IReadOnlyDictionary<long, long> EntityOfRecord { get; private set; } = new Dictionary<long, long>();

    /// <summary>
    /// The entities this run changed in the graph: every node written, created or dissolved, and the old and the new entity
    /// of every record that moved (its links moved with it).
    /// </summary>
    public IReadOnlySet<long> TouchedEntities { get; private set; } = new HashSet<long>();

    public async Task<ResolutionSummary> RunAsync(IReadOnlySet<long> restated, CancellationToken cancellationToken)
    {
        var (records, current, currentRules) = await LoadFeaturesAsync(cancellationToken);
        var decisions = await LoadDecisionsAsync(cancellationToken);
        var result = EntityResolver.Resolve(records, decisions);

        var naturalKey = records.ToDictionary(r => r.Id, r => r.NaturalKey);
        var nextId = Convert.ToInt64(await db.ScalarAsync(
            "SELECT GREATEST_ID + 1 FROM (SELECT COALESCE(MAX(id), 0) AS GREATEST_ID FROM (SELECT id FROM nodes UNION ALL SELECT " +
                "from_entity_id FROM entity_redirects) ids) m",
            cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
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

        affected.ExceptWith(dissolved);
        EntityOfRecord = assigned;
        var touched = new HashSet<long>(affected);
        touched.UnionWith(dissolved);
        foreach (var id in moved)
        {
            touched.Add(current[id]!.Value);
            touched.Add(assigned[id]);
        }

        TouchedEntities = touched;
        await WriteNodesAsync(affected, created, assigned, records.Count - _added.Count, cancellationToken);
        await WriteAssignmentsAsync(records, current, currentRules, assigned, result.RuleByRecord, cancellationToken);
        await DissolveAsync(dissolved, current, assigned, cancellationToken);
        await WriteCandidatesAsync(result.Candidates, cancellationToken);
        await db.SyncIdentityAsync("nodes", cancellationToken);
        return new ResolutionSummary(records.Count, taken.Count, created.Count, moved.Count, dissolved.Count, result.Candidates.Count);
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

    private async Task<(List<ResolutionRecord> Records, Dictionary<long, long?> Current, Dictionary<long, string?> Rules)> LoadFeaturesAsync(CancellationToken cancellationToken)
    {
        var records = new List<ResolutionRecord>();
        var current = new Dictionary<long, long?>();
        var rules = new Dictionary<long, string?>();
        await using (var command = db.Command("SELECT id, kind, registry, ref, normalized_name, identifier, identifier_status, " +
            "birth_date, gender, entity_id, resolved_by, birth_month FROM source_records"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var kind = (NodeKind)reader.Int(1)!.Value;
                var id = reader.Long(0)!.Value;
                records.Add(NewRecord.Feature(
                    id,
                    kind,
                    NewRecord.Key(reader.Text(2)!, kind, reader.Text(3)!),
                    reader.Text(4) ?? string.Empty,
                    reader.Text(5),
                    reader.Text(6) is { } s ? Enum.Parse<IdentifierStatus>(s) : null,
                    reader.Date(7),
                    reader.Text(8) is { } g ? Enum.Parse<Sex>(g) : null,
                    YearMonth.TryParse(reader.Text(11), out var month) ? month : null));
                current[id] = reader.Long(9);
                rules[id] = reader.Text(10);
            }
        }

        foreach (var record in _added.Values)
        {
            records.Add(record.Features());
            current[record.Id] = null;
            rules[record.Id] = null;
        }

        return (records, current, rules);
    }

    private async Task<List<MatchDecision>> LoadDecisionsAsync(CancellationToken cancellationToken)
    {
        // The latest decision about a pair is the one that holds.
        var latest = new Dictionary<(long, long), MatchDecision>();
        await using var command = db.Command("SELECT record_a_id, record_b_id, same FROM match_decisions ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var a = reader.Long(0)!.Value;
            var b = reader.Long(1)!.Value;
            latest[(Math.Min(a, b), Math.Max(a, b))] = new MatchDecision(a, b, reader.Bool(2)!.Value);
        }

        return latest.Values.ToList();
    }

    private async Task WriteNodesAsync(
        HashSet<long> affected,
        HashSet<long> created,
        Dictionary<long, long> assigned,
        int storedCount,
        CancellationToken cancellationToken)
    {
        if (affected.Count == 0)
        {
            return;
        }

        var byEntity = new Dictionary<long, List<StoredRecord>>();
        void Add(long entity, StoredRecord record)
        {
            if (!byEntity.TryGetValue(entity, out var list))
            {
                byEntity[entity] = list = [];
            }

            list.Add(record);
        }

        // The batch's new records are at hand; only stored ones are read.
        var recordIds = new List<long>();
        foreach (var (id, entity) in assigned)
        {
            if (affected.Contains(entity))
            {
                if (_added.TryGetValue(id, out var fresh))
                {
                    Add(entity, fresh.Stored());
                }
                else
                {
                    recordIds.Add(id);
                }
            }
        }

        // When every stored record's entity is written, every stored record is read: no id list to join.
        var all = recordIds.Count == storedCount;
        if (recordIds.Count > 0)
        {
            await ReadStoredAsync(recordIds, all, assigned, Add, cancellationToken);
        }

        var newRows = new List<NodeValues>(created.Count);
        var existing = new List<NodeValues>();
        foreach (var (entity, entityRecords) in byEntity)
        {
            (created.Contains(entity) ? newRows : existing).Add(CanonicalNode.Build(entity, entityRecords));
        }

        await db.InsertAsync("nodes", StoreTables.Nodes, newRows, cancellationToken);
        if (existing.Count > 0)
        {
            await db.CreateTempTableAsync("tmp_nodes", StoreTables.Nodes, cancellationToken);
            await db.InsertAsync("tmp_nodes", StoreTables.Nodes, existing, cancellationToken);
            await db.IndexTempTableAsync("tmp_nodes", "id", cancellationToken);
            var set = string.Join(", ", StoreTables.Nodes.Skip(1).Select(c => $"{c.Name} = t.{c.Name}"));
            await db.ExecuteAsync($"UPDATE nodes SET {set} FROM tmp_nodes t WHERE nodes.id = t.id", cancellationToken);
            await db.DropTempTableAsync("tmp_nodes", cancellationToken);
        }
    }

    private async Task ReadStoredAsync(
        List<long> recordIds,
        bool all,
        Dictionary<long, long> assigned,
        Action<long, StoredRecord> add,
        CancellationToken cancellationToken)
    {
        if (!all)
        {
            await db.CreateTempTableAsync("tmp_ids", [new("id", ColumnType.BigInt)], cancellationToken);
            await db.InsertAsync(
                "tmp_ids",
                [new("id", ColumnType.BigInt)],
                recordIds.Select(id => new object?[] { id }),
                cancellationToken);
            await db.IndexTempTableAsync("tmp_ids", "id", cancellationToken);
        }

        const string columns
            = "id, kind, registry, ref, batch_id, name, identifier, identifier_status, birth_date, gender, phone, address, " +
            "listed, region_code, industry, status, founded, sectors, decision_kind, amount, currency, applied_date, decided_date, " +
                "method, bidders, birth_month";
        await using (var command = db.Command(all
            ? $"SELECT {columns} FROM source_records"
            : $"SELECT r.* FROM (SELECT {columns} FROM source_records) r JOIN tmp_ids t ON t.id = r.id"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.Long(0)!.Value;
                var kind = (NodeKind)reader.Int(1)!.Value;
                var record = new StoredRecord
                {
                    Id = id,
                    Kind = kind,
                    NaturalKey = NewRecord.Key(reader.Text(2)!, kind, reader.Text(3)!),
                    BatchId = reader.Long(4)!.Value,
                    Name = reader.Text(5)!,
                    Identifier = reader.Text(6),
                    IdentifierStatus = reader.Text(7) is { } s ? Enum.Parse<IdentifierStatus>(s) : null,
                    BirthDate = reader.Date(8),
                    Gender = reader.Text(9) is { } g ? Enum.Parse<Sex>(g) : null,
                    Phone = reader.Text(10),
                    Address = reader.Text(11),
                    Listed = reader.Bool(12),
                    RegionCode = reader.Text(13),
                    Industry = reader.Text(14),
                    Status = reader.Text(15),
                    Founded = reader.Date(16),
                    Sectors = reader.Text(17),
                    DecisionKind = reader.Text(18),
                    Amount = reader.Decimal(19),
                    Currency = reader.Text(20),
                    AppliedDate = reader.Date(21),
                    DecidedDate = reader.Date(22),
                    Method = reader.Text(23),
                    Bidders = reader.Int(24),
                    BirthMonth = reader.Text(25),
                };
                add(assigned[id], record);
            }
        }

        if (!all)
        {
            await db.DropTempTableAsync("tmp_ids", cancellationToken);
        }
    }

    private async Task WriteAssignmentsAsync(
        List<ResolutionRecord> records,
        Dictionary<long, long?> current,
        Dictionary<long, string?> currentRules,
        Dictionary<long, long> assigned,
        IReadOnlyDictionary<long, string> rules,
        CancellationToken cancellationToken)
    {
        // A new record is written now, with its entity; a stored one that moves is a change that links must follow.
        if (_added.Count > 0)
        {
            await db.InsertAsync(
                "source_records",
                StoreTables.SourceRecords,
                _added.Values.Select(r => r.Row(assigned[r.Id], rules[r.Id])),
                cancellationToken);
        }

        var changes = records.Where(r => current[r.Id] is not null && current[r.Id] != assigned[r.Id]).Select(r => r.Id).ToList();
        var ruleChanges = records.Where(
            r => !_added.ContainsKey(r.Id) && (current[r.Id] != assigned[r.Id] || currentRules[r.Id] != rules[r.Id])).Select(r => r.Id).ToList();
        if (ruleChanges.Count == 0)
        {
            return;
        }

        Column[] columns = [new("record_id", ColumnType.BigInt), new("entity_id", ColumnType.BigInt), new("rule", ColumnType.Text), new(
            "moved",
            ColumnType.Bool)];
        await db.CreateTempTableAsync("tmp_assign", columns, cancellationToken);
        var moved = changes.ToHashSet();
        await db.InsertAsync(
            "tmp_assign",
            columns,
            ruleChanges.Select(id => new object?[] { id, assigned[id], rules[id], moved.Contains(id) }),
            cancellationToken);
        await db.IndexTempTableAsync("tmp_assign", "record_id", cancellationToken);
        await db.ExecuteAsync("UPDATE source_records SET entity_id = t.entity_id, resolved_by = t.rule FROM tmp_assign t WHERE " +
            "source_records.id = t.record_id", cancellationToken);
        if (changes.Count > 0)
        {
            var movedFlag = db.Provider == Database.StoreProvider.Postgres ? "t.moved" : "t.moved = 1";
            await db.ExecuteAsync($"UPDATE links SET from_entity_id = t.entity_id FROM tmp_assign t WHERE {movedFlag} AND " +
                "links.from_record_id = t.record_id AND links.from_entity_id <> t.entity_id", cancellationToken);
            await db.ExecuteAsync($"UPDATE links SET to_entity_id = t.entity_id FROM tmp_assign t WHERE {movedFlag} AND " +
                "links.to_record_id = t.record_id AND links.to_entity_id <> t.entity_id", cancellationToken);
            var at = time.GetUtcNow().UtcDateTime;
            await db.InsertAsync(
                "resolution_events",
                StoreTables.ResolutionEvents,
                changes.Select(id => new object?[] { batchId, id, current[id], assigned[id], rules[id], at }),
                cancellationToken);
        }

        await db.DropTempTableAsync("tmp_assign", cancellationToken);
    }

    private async Task DissolveAsync(
        HashSet<long> dissolved,
        Dictionary<long, long?> current,
        Dictionary<long, long> assigned,
        CancellationToken cancellationToken)
    {
        if (dissolved.Count == 0)
        {
            return;
        }

        var at = time.GetUtcNow().UtcDateTime;
        foreach (var entity in dissolved.Order())
        {
            // The entity most of its records went to inherits anything that still names the old id.
            var heir = current.Where(pair => pair.Value == entity).GroupBy(pair => assigned[pair.Key])
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
            await db.ExecuteAsync("DELETE FROM nodes WHERE id = @id", cancellationToken, ("@id", entity));
            await db.ExecuteAsync(
                "UPDATE entity_redirects SET to_entity_id = @to WHERE to_entity_id = @from",
                cancellationToken,
                ("@to", heir),
                ("@from", entity));
            await db.ExecuteAsync("DELETE FROM entity_redirects WHERE from_entity_id = @from", cancellationToken, ("@from", entity));
            await db.ExecuteAsync(
                "INSERT INTO entity_redirects (from_entity_id, to_entity_id, at) VALUES (@from, @to, @at)",
                cancellationToken,
                ("@from", entity),
                ("@to", heir),
                ("@at", at));
        }
    }

    private async Task WriteCandidatesAsync(IReadOnlyList<ResolutionCandidatePair> candidates, CancellationToken cancellationToken)
    {
        await db.ExecuteAsync("DELETE FROM resolution_candidates", cancellationToken);
        var at = time.GetUtcNow().UtcDateTime;
        await db.InsertAsync(
            "resolution_candidates",
            StoreTables.ResolutionCandidates,
            candidates.Select(c => new object?[] { c.RecordA, c.RecordB, c.Reason, at }),
            cancellationToken);
    }
}
