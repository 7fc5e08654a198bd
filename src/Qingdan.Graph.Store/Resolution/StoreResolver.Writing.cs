using System.Globalization;
using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Ingest.Resolution;
using Qingdan.Graph.Store.Ingest;
using Qingdan.Graph.Store.Ingest.Writing;

namespace Qingdan.Graph.Store.Resolution;

internal sealed partial class StoreResolver
{
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

    /// <summary>
    /// Writes the run's candidates and returns how many are open in the store. A full run replaces them all; a
    /// scoped one replaces those of the closure's records (<paramref name="scope"/>), the only ones it can change.
    /// </summary>
    private async Task<int> WriteCandidatesAsync(
        IReadOnlyList<ResolutionCandidatePair> candidates,
        IReadOnlyCollection<long>? scope,
        CancellationToken cancellationToken)
    {
        if (scope is null)
        {
            await db.ExecuteAsync("DELETE FROM resolution_candidates", cancellationToken);
        }
        else
        {
            // A pair lies inside one component: its two records are in the closure or neither is (ResolutionScope).
            Column[] id = [new("id", ColumnType.BigInt)];
            await db.CreateTempTableAsync("tmp_scope", id, cancellationToken);
            var stored = scope.Where(r => !_added.ContainsKey(r)).Select(r => new object?[] { r });
            await db.InsertAsync("tmp_scope", id, stored, cancellationToken);
            await db.IndexTempTableAsync("tmp_scope", "id", cancellationToken);
            await db.ExecuteAsync(
                "DELETE FROM resolution_candidates WHERE record_a_id IN (SELECT id FROM tmp_scope)",
                cancellationToken);
            await db.DropTempTableAsync("tmp_scope", cancellationToken);
        }

        var at = time.GetUtcNow().UtcDateTime;
        await db.InsertAsync(
            "resolution_candidates",
            StoreTables.ResolutionCandidates,
            candidates.Select(c => new object?[] { c.RecordA, c.RecordB, c.Reason, at }),
            cancellationToken);
        return scope is null
            ? candidates.Count
            : Convert.ToInt32(
                await db.ScalarAsync("SELECT COUNT(*) FROM resolution_candidates", cancellationToken),
                CultureInfo.InvariantCulture);
    }
}
