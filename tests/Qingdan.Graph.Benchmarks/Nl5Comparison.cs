using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Graph;

namespace Qingdan.Graph.Benchmarks;

/// <summary>
/// <c>qingdan-bench nl5 --db HOST=…</c>: the whole of NL5 (shares, direct and through chains of up
/// to six companies with effective ownership at the start day of each overlap, and employment with
/// the peers' median) answered by the rule engine on the snapshot and by one SQL query on
/// PostgreSQL over the same ingested store, in the same run; both answers must be the same
/// (official, company) pairs, and the times are compared as a ratio.
/// </summary>
internal static class Nl5Comparison
{
    private const string Relations = "('spouse','child','child_spouse','parent','sibling','parent_in_law','sibling_in_law')";

    /// <summary>NL5 of RULES.md in one statement: every CTE below is a clause of it.</summary>
    public const string Sql = $"""
        WITH RECURSIVE l AS (
            -- Rows that state the same link are one link (RULES "Effective ownership").
            SELECT DISTINCT kind, from_entity_id AS f, to_entity_id AS t,
                   COALESCE(start_date, '-infinity'::date) AS s, COALESCE(end_date, 'infinity'::date) AS e,
                   detail, share, monthly_salary AS salary, nominal, title, note, amount
            FROM links),
        posts AS (SELECT f AS o, s, e FROM l WHERE kind = 1),
        officials AS (SELECT DISTINCT o FROM posts),
        fam AS (
            SELECT f AS p, t AS q, detail AS rel, s, e FROM l WHERE kind = 2 AND f <> t AND detail IN {Relations}
            UNION ALL
            SELECT t, f, CASE detail WHEN 'child' THEN 'parent' WHEN 'parent' THEN 'child'
                                     WHEN 'child_spouse' THEN 'parent_in_law' WHEN 'parent_in_law' THEN 'child_spouse' ELSE detail END, s, e
            FROM l WHERE kind = 2 AND f <> t AND detail IN {Relations}),
        r AS (
            SELECT o, o AS p, 'self' AS rel, '-infinity'::date AS s, 'infinity'::date AS e FROM officials
            UNION ALL
            SELECT a.p, a.q, a.rel, a.s, a.e FROM fam a JOIN officials ON officials.o = a.p
            UNION ALL
            SELECT a.p, b.q, 'derived', GREATEST(a.s, b.s), LEAST(a.e, b.e)
            FROM fam a JOIN officials ON officials.o = a.p JOIN fam b ON b.p = a.q
            WHERE ((a.rel = 'child' AND b.rel = 'spouse') OR (a.rel = 'spouse' AND b.rel IN ('parent', 'sibling')) OR (a.rel = 'sibling' AND b.rel = 'spouse'))
              AND GREATEST(a.s, b.s) <= LEAST(a.e, b.e)
            UNION ALL
            SELECT f, t, 'specific_related', s, e FROM l JOIN officials ON officials.o = l.f WHERE kind = 3 AND detail = 'specific_related'
            UNION ALL
            SELECT t, f, 'specific_related', s, e FROM l JOIN officials ON officials.o = l.t WHERE kind = 3 AND detail = 'specific_related'),
        rr AS (SELECT * FROM r WHERE p <> o OR rel = 'self'),
        own AS (SELECT f, t, s, e, COALESCE(share, 0) AS share FROM l WHERE kind = 4),
        chains (h, c, s, e, product, depth, path) AS (
            SELECT own.f, own.t, own.s, own.e, own.share, 1, ARRAY[own.f, own.t]
            FROM own WHERE own.f IN (SELECT p FROM rr)
            UNION ALL
            SELECT ch.h, own.t, GREATEST(ch.s, own.s), LEAST(ch.e, own.e), ch.product * own.share, ch.depth + 1, ch.path || own.t
            FROM chains ch JOIN own ON own.f = ch.c
            WHERE ch.depth < 6 AND NOT own.t = ANY (ch.path) AND GREATEST(ch.s, own.s) <= LEAST(ch.e, own.e)),
        holdings AS (SELECT DISTINCT h, c FROM chains),
        candidates AS (
            -- The start day of each overlap of tenure, relation and holdings is enough (RULES "NL5").
            SELECT rr.o, rr.p, ch.c, rr.s AS rs, rr.e AS re, ch.s AS t FROM rr JOIN chains ch ON ch.h = rr.p
            UNION
            SELECT rr.o, rr.p, hd.c, rr.s, rr.e, rr.s FROM rr JOIN holdings hd ON hd.h = rr.p
            UNION
            SELECT rr.o, rr.p, hd.c, rr.s, rr.e, po.s FROM rr JOIN holdings hd ON hd.h = rr.p JOIN posts po ON po.o = rr.o),
        days AS (
            SELECT DISTINCT k.o, k.p, k.c, k.t FROM candidates k JOIN posts po ON po.o = k.o AND k.t BETWEEN po.s AND po.e
            WHERE k.t BETWEEN k.rs AND k.re),
        shares AS (
            SELECT DISTINCT d.o, d.c
            FROM days d JOIN chains ch ON ch.h = d.p AND ch.c = d.c AND d.t BETWEEN ch.s AND ch.e
            JOIN nodes n ON n.id = d.c AND NOT COALESCE(n.listed, false)
            GROUP BY d.o, d.p, d.c, d.t
            HAVING bool_or(ch.depth = 1) OR SUM(ch.product) >= 0.05 - 1e-9),
        peers AS (
            SELECT w.detail AS role, upper(left(n.industry, 1)) AS section, w.salary
            FROM l w JOIN nodes n ON n.id = w.t
            WHERE w.kind = 5 AND w.detail IS NOT NULL AND w.salary > 0 AND COALESCE(n.industry, '') <> ''),
        medians AS (
            SELECT role, section, percentile_cont(0.5) WITHIN GROUP (ORDER BY salary) AS m FROM peers GROUP BY role, section HAVING count(*) >= 5),
        employment AS (
            SELECT DISTINCT rr.o, w.t AS c
            FROM rr JOIN l w ON w.kind = 5 AND w.f = rr.p
            JOIN posts po ON po.o = rr.o AND GREATEST(po.s, rr.s, w.s) <= LEAST(po.e, rr.e, w.e)
            JOIN nodes n ON n.id = w.t
            LEFT JOIN medians md ON md.role = w.detail AND md.section = upper(left(n.industry, 1))
            WHERE w.detail IN ('legal_representative', 'chair', 'director', 'supervisor', 'general_manager', 'senior_manager', 'consultant')
               OR w.nominal OR (w.salary > 0 AND w.salary::float8 > 2.0 * md.m))
        SELECT o, c FROM shares UNION SELECT o, c FROM employment
        """;

    public static async Task<int> RunAsync(StoreConnection connection, int repeat)
    {
        var (snapshot, load) = await SnapshotLoader.LoadAsync(connection, CancellationToken.None);
        var engine = new RuleEngine(snapshot);
        HashSet<(long, long)> engineKeys = [];
        var engineBest = TimeSpan.MaxValue;
        for (var i = 0; i < repeat; i++)
        {
            var clock = Stopwatch.StartNew();
            var findings = engine.Run([RuleId.NL5]);
            engineBest = clock.Elapsed < engineBest ? clock.Elapsed : engineBest;
            engineKeys = findings.Select(f => (snapshot.IdOf(f.Official).Value, snapshot.IdOf(f.Company).Value)).ToHashSet();
        }

        await using var db = new NpgsqlConnection(connection.ConnectionString);
        await db.OpenAsync();
        foreach (var table in new[] { "links", "nodes" })
        {
            await using var analyze = new NpgsqlCommand($"VACUUM ANALYZE {table}", db) { CommandTimeout = 0 };
            await analyze.ExecuteNonQueryAsync();
        }

        // Estimates of CTE sizes are poor; left to itself the planner nests loops over CTE scans (quadratic).
        // Hash joins are its best plan for this query, so the benchmark asks for them.
        await using (var plan = new NpgsqlCommand("SET enable_nestloop = off", db))
        {
            await plan.ExecuteNonQueryAsync();
        }

        HashSet<(long, long)> sqlKeys = [];
        var sqlBest = TimeSpan.MaxValue;
        for (var i = 0; i < repeat; i++)
        {
            var clock = Stopwatch.StartNew();
            var keys = new HashSet<(long, long)>();
            await using var command = new NpgsqlCommand(Sql, db) { CommandTimeout = 0 };
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    keys.Add((reader.GetInt64(0), reader.GetInt64(1)));
                }
            }

            sqlBest = clock.Elapsed < sqlBest ? clock.Elapsed : sqlBest;
            sqlKeys = keys;
        }

        var same = engineKeys.SetEquals(sqlKeys);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"nl5 links={snapshot.LinkCount:N0} officials={snapshot.Officials().Count:N0} snapshot_load={load.TotalSeconds:0.0}s " +
                $"engine={engineBest.TotalMilliseconds:0.0}ms ({engineKeys.Count:N0} findings) " +
                    $"postgres_sql={sqlBest.TotalMilliseconds:0.0}ms ({sqlKeys.Count:N0} findings) ratio={sqlBest / engineBest:0}x " +
                        $"same_answer={same}"));
        if (!same)
        {
            Console.WriteLine($"  engine only: {string.Join(" ", engineKeys.Except(sqlKeys).Take(10))}");
            Console.WriteLine($"  sql only:    {string.Join(" ", sqlKeys.Except(engineKeys).Take(10))}");
        }

        return same ? 0 : 1;
    }
}
