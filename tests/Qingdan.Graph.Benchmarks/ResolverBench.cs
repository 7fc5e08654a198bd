using System.Diagnostics;
using Npgsql;
using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Ingest.Resolution;

namespace Qingdan.Graph.Benchmarks;

/// <summary>
/// The entity resolver alone, on every record of a PostgreSQL store: what an ingest into that store
/// spends resolving, without the database around it.
/// </summary>
internal static class ResolverBench
{
    public static async Task<int> RunAsync(string connectionString, int rounds)
    {
        var records = new List<ResolutionRecord>();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "SELECT id, kind, registry, ref, normalized_name, identifier, identifier_status, birth_date, gender FROM source_records", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var kind = (NodeKind)reader.GetInt16(1);
                records.Add(new ResolutionRecord(
                    reader.GetInt64(0),
                    kind,
                    $"{reader.GetString(2)}\u001F{(int)kind}\u001F{reader.GetString(3)}",
                    reader.IsDBNull(4) ? string.Empty : reader.GetString(4),
                    reader.IsDBNull(5) ? null : reader.GetString(5),
                    reader.IsDBNull(6) ? null : Enum.Parse<IdentifierStatus>(reader.GetString(6)),
                    reader.IsDBNull(7) ? null : reader.GetFieldValue<DateOnly>(7),
                    reader.IsDBNull(8) ? null : Enum.Parse<Sex>(reader.GetString(8))));
            }
        }

        for (var round = 0; round < rounds; round++)
        {
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            var result = EntityResolver.Resolve(records, []);
            var elapsed = clock.Elapsed;
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            Console.WriteLine($"resolve: {records.Count:N0} records -> {result.Clusters.Count:N0} entities, {result.Candidates.Count:N0} " +
                $"candidates in {elapsed.TotalSeconds:0.00}s, {allocated / 1048576.0:N0} MB allocated; result digest {Digest(result)}");
        }

        return 0;
    }

    // The partition, each record's rule and the candidates, in a canonical order: equal digests mean the same answer.
    private static string Digest(ResolutionResult result)
    {
        var text = new System.Text.StringBuilder();
        foreach (var cluster in result.Clusters.Select(c => c.Order().ToArray()).OrderBy(c => c[0]))
        {
            text.AppendJoin(',', cluster).Append(';');
        }

        foreach (var (record, rule) in result.RuleByRecord.OrderBy(p => p.Key))
        {
            text.Append(record).Append('=').Append(rule).Append(';');
        }

        foreach (var candidate in result.Candidates.OrderBy(c => c.RecordA).ThenBy(c => c.RecordB)
            .ThenBy(c => c.Reason, StringComparer.Ordinal))
        {
            text.Append(candidate.RecordA).Append('~').Append(candidate.RecordB).Append(':').Append(candidate.Reason).Append(';');
        }

        return Convert.ToHexStringLower(
            System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())).AsSpan(0, 8));
    }
}
