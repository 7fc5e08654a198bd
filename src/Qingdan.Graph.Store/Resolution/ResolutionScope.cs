using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Ingest.Resolution;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Ingest.Writing;

namespace Qingdan.Graph.Store.Resolution;

/// <summary>
/// The records a run must resolve again: the closure of what it touches (a batch's new and restated
/// records, with the groups restated ones leave; a decision's two records) under "shares a name group
/// or an identifier group with, or is tied by a match decision to" (<see cref="ScopeKeys"/>), gathered
/// in SQL round by round until no round adds a record.
/// </summary>
/// <remarks>
/// <para>
/// Why resolving the closure alone gives what resolving the whole store gives, restricted to it. Let G
/// be the graph on records whose edges are the groups and decisions above. The closure is a union of
/// components of G. <see cref="EntityResolver"/> only ever compares, unites or proposes records of one
/// group or one decision, so each of its steps stays inside one component, and on a component it does
/// the same thing whether the other components are there or not:
/// </para>
/// <list type="bullet">
/// <item>records are sorted by kind and natural key, and a subset keeps its relative order; union-find
/// keeps the root (and the representative) that comes first in that order, so roots and representatives
/// are the same;</item>
/// <item>each pass walks groups in the order of their first record and each group's members in record
/// order; the groups of one component are whole groups and keep their relative order, so the unions
/// of a component are made in the same order, against the same units (a unit is a set of records of one
/// component), and the conflict checks, decisions and forbidden pairs read only those units;</item>
/// <item>"same" decisions are applied in the order of their pair of ids, restricted the same way;</item>
/// <item>the cap of <see cref="EntityResolver.MaxCandidatesPerRecord"/> takes the first members of a
/// group in record order, and a proposal is skipped for a pair already proposed or decided: all inside
/// the group, so the same candidates with the same reasons.</item>
/// </list>
/// <para>
/// The components outside the closure are unchanged since the last run: such a component holds no new
/// or restated record and no record of a new decision, so its records and the edges between them are
/// as they were; and it was a whole component then too, because an old edge to a record outside it
/// would have run through a restated record's old key — but records sharing a restated record's old
/// name or identifier are in the closure from the start ("leaves its old group"), and decisions are
/// never taken back. Its entities, rules and candidates, as stored, are what a full run would give.
/// </para>
/// <para>
/// Entity ids follow. Every entity id lives in one component (the records of an entity were one cluster
/// of the last run, and a cluster is inside one component), so the ids the closure's clusters can keep
/// are disjoint from those of the clusters outside it, which keep theirs. The full run gives ids to
/// clusters in natural-key order, each the most frequent id among its records not taken by an earlier
/// cluster, else the next new one: restricted to the closure that is the same order, the same choices
/// and the same new ids. The same holds for dissolved entities and their heirs (all their records are
/// in the closure) and for candidates: a pair lies inside one component, so replacing the candidates
/// of the closure's records leaves exactly the full run's set. The differential tests
/// (<c>ScopedResolutionTests</c>) check all of it against a store resolved in full.
/// </para>
/// </remarks>
internal static class ResolutionScope
{
    private const string Names = "tmp_scope_names";
    private const string Identifiers = "tmp_scope_identifiers";
    private const string Ids = "tmp_scope_ids";
    private const string SeenNames = "tmp_scope_seen_names";

    private static readonly Column[] NameColumns = [new("kind", ColumnType.SmallInt), new("name", ColumnType.Text)];
    private static readonly Column[] IdentifierColumns = [new("kind", ColumnType.SmallInt), new("identifier", ColumnType.Text)];
    private static readonly Column[] IdColumns = [new("id", ColumnType.BigInt)];

    /// <summary>
    /// The closure's records, or null as soon as more than <paramref name="limit"/> stored records are in it
    /// (one scan of the whole store is then cheaper). It starts from <paramref name="added"/>, records not yet
    /// stored (a batch's new ones), from <paramref name="seeds"/>, stored records the run touches (restated
    /// ones, a decision's two), and from the groups restated records are <paramref name="leaving"/>.
    /// </summary>
    public static async Task<ResolutionInput?> GatherAsync(
        BulkWriter db,
        IEnumerable<ResolutionRecord> added,
        IEnumerable<long> seeds,
        RestatedKeys? leaving,
        IReadOnlyList<MatchDecision> decisions,
        long limit,
        CancellationToken cancellationToken)
    {
        var partners = new Dictionary<long, List<long>>();
        foreach (var decision in decisions)
        {
            Partner(partners, decision.RecordA, decision.RecordB);
            Partner(partners, decision.RecordB, decision.RecordA);
        }

        var input = new ResolutionInput();
        var names = new HashSet<(NodeKind, string)>();
        var identifiers = new HashSet<(NodeKind, string)>();
        var requested = new HashSet<long>();
        var nextNames = new List<(NodeKind Kind, string Name)>();
        var nextIdentifiers = new List<(NodeKind Kind, string Identifier)>();
        var nextIds = new List<long>();
        void Take(ResolutionRecord record, long? entity, string? rule)
        {
            requested.Add(record.Id);
            input.Add(record, entity, rule);
            if (ScopeKeys.HasNameKey(record) && names.Add((record.Kind, record.NormalizedName)))
            {
                nextNames.Add((record.Kind, record.NormalizedName));
            }

            if (ScopeKeys.HasIdentifierKey(record) && identifiers.Add((record.Kind, record.Identifier!)))
            {
                nextIdentifiers.Add((record.Kind, record.Identifier!));
            }

            foreach (var partner in partners.GetValueOrDefault(record.Id) ?? [])
            {
                if (requested.Add(partner))
                {
                    nextIds.Add(partner);
                }
            }
        }

        foreach (var record in added)
        {
            Take(record, null, null);
        }

        var fresh = input.Records.Count;
        foreach (var key in leaving?.Names ?? new HashSet<(NodeKind, string)>())
        {
            if (names.Add(key))
            {
                nextNames.Add(key);
            }
        }

        foreach (var key in leaving?.Identifiers ?? new HashSet<(NodeKind, string)>())
        {
            if (identifiers.Add(key))
            {
                nextIdentifiers.Add(key);
            }
        }

        foreach (var id in seeds)
        {
            if (requested.Add(id))
            {
                nextIds.Add(id);
            }
        }

        await db.CreateTempTableAsync(Names, NameColumns, cancellationToken);
        await db.CreateTempTableAsync(Identifiers, IdentifierColumns, cancellationToken);
        await db.CreateTempTableAsync(Ids, IdColumns, cancellationToken);
        await db.CreateTempTableAsync(SeenNames, NameColumns, cancellationToken);
        await db.ExecuteAsync($"CREATE INDEX ix_{SeenNames} ON {SeenNames} (kind, name)", cancellationToken);
        try
        {
            while (nextNames.Count + nextIdentifiers.Count + nextIds.Count > 0)
            {
                await StageAsync(db, nextNames, nextIdentifiers, nextIds, cancellationToken);
                nextNames.Clear();
                nextIdentifiers.Clear();
                nextIds.Clear();
                await using (var command = db.Command(RoundQuery))
                await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
                {
                    while (await reader.ReadAsync(cancellationToken))
                    {
                        var (record, entity, rule) = FeatureRows.Read(reader);
                        if (!input.Current.ContainsKey(record.Id))
                        {
                            Take(record, entity, rule);
                        }
                    }
                }

                if (input.Records.Count - fresh > limit)
                {
                    return null;
                }
            }
        }
        finally
        {
            await db.DropTempTableAsync(Names, cancellationToken);
            await db.DropTempTableAsync(Identifiers, cancellationToken);
            await db.DropTempTableAsync(Ids, cancellationToken);
            await db.DropTempTableAsync(SeenNames, cancellationToken);
        }

        return input;
    }

    // One round: the records of the new name groups, of the new identifier groups, and those asked for by id
    // (seeds and decision partners), each probing its index: (kind, normalized_name), (kind, identifier), the key.
    // A record under a name already queried has come with its name group: the other two leave it out, since
    // most records found by name hold a valid identifier whose group is the record itself and its namesakes.
    private static readonly string RoundQuery =
        $"SELECT {FeatureRows.Columns} FROM {Names} k JOIN source_records r ON r.kind = k.kind AND r.normalized_name = k.name " +
        $"UNION ALL SELECT {FeatureRows.Columns} FROM {Identifiers} k JOIN source_records r ON r.kind = k.kind " +
        $"AND r.identifier = k.identifier WHERE r.identifier_status = '{ScopeKeys.ValidStatus}' AND {NameNotSeen} " +
        $"UNION ALL SELECT {FeatureRows.Columns} FROM {Ids} k JOIN source_records r ON r.id = k.id WHERE {NameNotSeen}";

    private const string NameNotSeen = $"NOT EXISTS (SELECT 1 FROM {SeenNames} s WHERE s.kind = r.kind AND s.name = r.normalized_name)";

    private static async Task StageAsync(
        BulkWriter db,
        List<(NodeKind Kind, string Name)> names,
        List<(NodeKind Kind, string Identifier)> identifiers,
        List<long> ids,
        CancellationToken cancellationToken)
    {
        await db.ExecuteAsync($"DELETE FROM {Names}; DELETE FROM {Identifiers}; DELETE FROM {Ids}", cancellationToken);
        await db.InsertAsync(Names, NameColumns, names.Select(k => new object?[] { (short)k.Kind, k.Name }), cancellationToken);
        await db.InsertAsync(
            Identifiers,
            IdentifierColumns,
            identifiers.Select(k => new object?[] { (short)k.Kind, k.Identifier }),
            cancellationToken);
        await db.InsertAsync(Ids, IdColumns, ids.Select(id => new object?[] { id }), cancellationToken);
        await db.ExecuteAsync($"INSERT INTO {SeenNames} (kind, name) SELECT kind, name FROM {Names}", cancellationToken);
        if (db.Provider == StoreProvider.Postgres)
        {
            // Without statistics the planner takes a temporary table for a large one and scans source_records to hash it.
            await db.ExecuteAsync($"ANALYZE {Names}, {Identifiers}, {Ids}, {SeenNames}", cancellationToken);
        }
    }

    private static void Partner(Dictionary<long, List<long>> partners, long record, long partner)
    {
        if (!partners.TryGetValue(record, out var list))
        {
            partners[record] = list = [];
        }

        list.Add(partner);
    }
}
