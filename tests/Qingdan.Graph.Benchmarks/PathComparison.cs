using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Npgsql;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Graph;

namespace Qingdan.Graph.Benchmarks;

/// <summary>
/// Shortest path (≤ 6 links, as of a day, every kind) by the snapshot and by PostgreSQL on the same
/// data in the same run: a plain one-directional recursive query, and PostgreSQL's best form —
/// two half-depth recursive queries with UNION on (node, depth), filters inside the recursive step,
/// covering indexes — joined in the middle. Half the pairs come from the seed's truth (connected),
/// half are random people (mostly unconnected). A query past statement_timeout counts as the timeout.
/// </summary>
internal static class PathComparison
{
    private const string Valid = "(l.start_date IS NULL OR l.start_date <= @day) AND (l.end_date IS NULL OR l.end_date >= @day)";

    public static async Task<int> RunAsync(StoreConnection connection, string truthFile, int pairs, int timeoutMs, bool snapshotOnly = false, int pauseMs = 0)
    {
        var (snapshot, _) = await SnapshotLoader.LoadAsync(connection, CancellationToken.None);
        var day = new DateOnly(2024, 6, 1);
        await using var db = new NpgsqlConnection(connection.ConnectionString);
        await db.OpenAsync();
        foreach (var sql in new[]
        {
            "CREATE INDEX IF NOT EXISTS bench_links_out ON links (from_entity_id) INCLUDE (to_entity_id, start_date, end_date, kind)",
            "CREATE INDEX IF NOT EXISTS bench_links_in ON links (to_entity_id) INCLUDE (from_entity_id, start_date, end_date, kind)",
            "VACUUM ANALYZE links",
            "CREATE EXTENSION IF NOT EXISTS pg_prewarm",
        })
        {
            await using var command = new NpgsqlCommand(sql, db) { CommandTimeout = 0 };
            await command.ExecuteNonQueryAsync();
        }

        foreach (var relation in new[] { "links", "bench_links_out", "bench_links_in" })
        {
            await using var prewarm = new NpgsqlCommand($"SELECT pg_prewarm('{relation}')", db) { CommandTimeout = 0 };
            await prewarm.ExecuteScalarAsync();
        }

        var settings = new List<string>();
        foreach (var name in new[] { "shared_buffers", "work_mem", "effective_cache_size" })
        {
            await using var show = new NpgsqlCommand($"SHOW {name}", db);
            settings.Add($"{name}={await show.ExecuteScalarAsync()}");
        }

        await using (var timeout = new NpgsqlCommand($"SET statement_timeout = {timeoutMs}", db))
        {
            await timeout.ExecuteNonQueryAsync();
        }

        var workload = await PairsAsync(db, snapshot, truthFile, pairs);
        foreach (var (from, to) in workload)
        {
            // Warm-up: the first call of each code path pays for JIT compilation, not for the search.
            snapshot.ShortestPath(new PathSearch { From = from, To = to, AsOf = day });
        }

        // One round of the snapshot over every pair: each search's milliseconds and how many found a path.
        // With a pause, the process sleeps before each search (as it waits for PostgreSQL in the comparison).
        (List<double> Times, int Found) Round(int pause)
        {
            var times = new List<double>();
            var found = 0;
            foreach (var (from, to) in workload)
            {
                if (pause > 0)
                {
                    Thread.Sleep(pause);
                }

                var clock = Stopwatch.StartNew();
                found += snapshot.ShortestPath(new PathSearch { From = from, To = to, AsOf = day }) is null ? 0 : 1;
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            return (times, found);
        }

        if (snapshotOnly)
        {
            // The snapshot alone, three rounds over the same pairs: for comparing builds of the search.
            for (var round = 1; round <= 3; round++)
            {
                var (times, found) = Round(pauseMs);
                var half = workload.Count / 2;
                Print($"round {round}{(pauseMs > 0 ? $" ({pauseMs} ms asleep before each search)" : string.Empty)}: {found}/{workload.Count} connected; shortest mean {times.Average():0.000} ms p50 {P(times, 0.5):0.000} p95 {P(times, 0.95):0.000} ms (pairs from the truth p95 {P(times[..half], 0.95):0.000}, random p95 {P(times[half..], 0.95):0.000})");
            }

            return 0;
        }

        // Each side timed back to back over every pair, as each would answer a stream of questions: the
        // snapshot three rounds first, then PostgreSQL. The snapshot is also timed once between PostgreSQL's
        // two queries of each pair, right after the plain one: reported apart.
        var snapshotTimes = Enumerable.Range(0, 3).SelectMany(_ => Round(0).Times).ToList();

        var betweenTimes = new List<double>();
        var plainTimes = new List<double>();
        var bestTimes = new List<double>();
        int plainTimeouts = 0, bestTimeouts = 0, agree = 0;
        foreach (var (from, to) in workload)
        {
            var (plain, plainMs) = await TimeAsync(db, Plain, snapshot, from, to, day, timeoutMs);
            var clock = Stopwatch.StartNew();
            var path = snapshot.ShortestPath(new PathSearch { From = from, To = to, AsOf = day });
            betweenTimes.Add(clock.Elapsed.TotalMilliseconds);
            var (best, bestMs) = await TimeAsync(db, Bidirectional, snapshot, from, to, day, timeoutMs);
            plainTimes.Add(plainMs);
            bestTimes.Add(bestMs);
            plainTimeouts += plain == -2 ? 1 : 0;
            bestTimeouts += best == -2 ? 1 : 0;
            agree += best == -2 || best == (path?.Links.Count ?? -1) ? 1 : 0;
        }

        Print($"PostgreSQL {string.Join(", ", settings)}, statement_timeout={timeoutMs} ms, covering indexes, prewarmed; {workload.Count} pairs ({workload.Count / 2} from the truth, connected; the rest random people); as of {day:yyyy-MM-dd}; snapshot and best form agree on {agree}/{workload.Count}");
        Print($"snapshot            mean {snapshotTimes.Average():0.000} ms  p50 {P(snapshotTimes, 0.5):0.000}  p95 {P(snapshotTimes, 0.95):0.000} ms  (3 rounds back to back)");
        Print($"snapshot between    mean {betweenTimes.Average():0.000} ms  p50 {P(betweenTimes, 0.5):0.000}  p95 {P(betweenTimes, 0.95):0.000} ms  (each after the plain query's wait) → best form is {bestTimes.Average() / betweenTimes.Average():N0}× / {P(bestTimes, 0.95) / P(betweenTimes, 0.95):N0}× (means / p95) of these");
        Print($"PostgreSQL plain    mean {plainTimes.Average():0.0} ms  p50 {P(plainTimes, 0.5):0.0}  p95 {P(plainTimes, 0.95):0.0} ms  ({plainTimeouts} timed out) → snapshot is {(plainTimeouts > 0 ? "≥ " : string.Empty)}{plainTimes.Average() / snapshotTimes.Average():N0}× faster (means), {(plainTimeouts > 0 ? "≥ " : string.Empty)}{P(plainTimes, 0.95) / P(snapshotTimes, 0.95):N0}× (p95)");
        Print($"PostgreSQL best     mean {bestTimes.Average():0.0} ms  p50 {P(bestTimes, 0.5):0.0}  p95 {P(bestTimes, 0.95):0.0} ms  ({bestTimeouts} timed out) → snapshot is {(bestTimeouts > 0 ? "≥ " : string.Empty)}{bestTimes.Average() / snapshotTimes.Average():N0}× faster (means), {(bestTimeouts > 0 ? "≥ " : string.Empty)}{P(bestTimes, 0.95) / P(snapshotTimes, 0.95):N0}× (p95)");
        return 0;
    }

    private static string Neighbours(string alias) =>
        $"SELECT l.to_entity_id AS other FROM links l WHERE l.from_entity_id = {alias}.node AND {Valid} " +
        $"UNION ALL SELECT l.from_entity_id FROM links l WHERE l.to_entity_id = {alias}.node AND {Valid}";

    private static readonly string Plain =
        "WITH RECURSIVE walk(node, depth, path) AS (SELECT @a::bigint, 0, ARRAY[@a::bigint] UNION ALL " +
        $"SELECT n.other, w.depth + 1, w.path || n.other FROM walk w CROSS JOIN LATERAL ({Neighbours("w")}) n " +
        "WHERE w.depth < 6 AND w.node <> @b AND NOT n.other = ANY(w.path)) SELECT MIN(depth) FROM walk WHERE node = @b";

    private static readonly string Bidirectional =
        "WITH RECURSIVE " +
        $"fa(node, depth) AS (SELECT @a::bigint, 0 UNION SELECT n.other, fa.depth + 1 FROM fa CROSS JOIN LATERAL ({Neighbours("fa")}) n WHERE fa.depth < 3), " +
        $"fb(node, depth) AS (SELECT @b::bigint, 0 UNION SELECT n.other, fb.depth + 1 FROM fb CROSS JOIN LATERAL ({Neighbours("fb")}) n WHERE fb.depth < 3) " +
        "SELECT MIN(fa.depth + fb.depth) FROM fa JOIN fb ON fa.node = fb.node";

    /// <summary>The path length PostgreSQL found (-1 none, -2 timed out) and the milliseconds it took.</summary>
    private static async Task<(int Length, double Ms)> TimeAsync(NpgsqlConnection db, string sql, GraphSnapshot snapshot, int from, int to, DateOnly day, int timeoutMs)
    {
        await using var command = new NpgsqlCommand(sql, db);
        command.Parameters.AddWithValue("a", snapshot.IdOf(from).Value);
        command.Parameters.AddWithValue("b", snapshot.IdOf(to).Value);
        command.Parameters.AddWithValue(nameof(day), day);
        var clock = Stopwatch.StartNew();
        try
        {
            var value = await command.ExecuteScalarAsync();
            return (value is null or DBNull ? -1 : Convert.ToInt32(value, CultureInfo.InvariantCulture), clock.Elapsed.TotalMilliseconds);
        }
        catch (PostgresException error) when (error.SqlState == "57014")
        {
            return (-2, timeoutMs);
        }
    }

    internal static async Task<List<(int From, int To)>> PairsAsync(NpgsqlConnection db, GraphSnapshot snapshot, string truthFile, int pairs)
    {
        var result = new List<(int, int)>();
        // Without a truth file (province), the planted findings are the connected pairs.
        var planted = Path.Combine(Path.GetDirectoryName(truthFile) ?? ".", "planted.jsonl");
        var lines = File.Exists(truthFile)
            ? File.ReadLines(truthFile)
            : File.ReadLines(planted).Where(l => JsonDocument.Parse(l).RootElement.GetProperty("finding").GetBoolean());
        foreach (var line in lines.Take(pairs / 2))
        {
            var json = JsonDocument.Parse(line).RootElement;
            var official = await IdAsync(db, "id_number", json.GetProperty("official").GetProperty("id_number").GetString()!);
            var company = await IdAsync(db, "credit_code", json.GetProperty("company").GetProperty("credit_code").GetString()!);
            result.Add((snapshot.IndexOf(new EntityId(NodeKind.Person, official)), snapshot.IndexOf(new EntityId(NodeKind.Company, company))));
        }

        var random = new Random(11);
        var people = Enumerable.Range(0, snapshot.NodeCount).Where(n => snapshot.KindOf(n) == NodeKind.Person).ToArray();
        while (result.Count < pairs)
        {
            result.Add((people[random.Next(people.Length)], people[random.Next(people.Length)]));
        }

        return result;
    }

    private static async Task<long> IdAsync(NpgsqlConnection db, string column, string value)
    {
        await using var command = new NpgsqlCommand($"SELECT id FROM nodes WHERE {column} = @v", db);
        command.Parameters.AddWithValue("v", value);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static double P(List<double> values, double quantile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)(quantile * sorted.Count))];
    }

    private static void Print(FormattableString text) => Console.WriteLine(text.ToString(CultureInfo.InvariantCulture));
}
