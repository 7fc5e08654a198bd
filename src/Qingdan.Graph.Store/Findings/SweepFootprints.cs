using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Store.Findings;

/// <summary>
/// The footprints of the officials' scans in <c>sweep_footprints</c>: one row an official, the latest scan's, with the
/// id of the sweep that took it; a sweep replaces the rows of the officials it scans and leaves the others, so the
/// table always holds, for every official, what the scan that produced its current findings read.
/// </summary>
/// <remarks>
/// <c>entities</c>: the entity ids the scan read the links of, sorted ascending, each written as its difference from
/// the one before (the first from zero) in unsigned LEB128 (7 bits a byte, low first, high bit set on every byte but
/// the last). Ids of one region are close, so most take one or two bytes. <c>median_keys</c>: the NL5 medians the scan
/// consulted, <c>role:section=value</c> separated by <c>;</c>, the section as its character code, the value empty
/// when there were too few peers (<c>3:70=12000.5;7:67=</c>: role 3 in section F, role 7 in C); null when none.
/// </remarks>
internal static class SweepFootprints
{
    private const int DeleteChunk = 500;

    public static byte[] Pack(IEnumerable<long> ids)
    {
        var sorted = ids.Distinct().Order().ToArray();
        var bytes = new List<byte>(sorted.Length * 2);
        var previous = 0L;
        foreach (var id in sorted)
        {
            var delta = (ulong)(id - previous);
            previous = id;
            while (delta >= 0x80)
            {
                bytes.Add((byte)(delta | 0x80));
                delta >>= 7;
            }

            bytes.Add((byte)delta);
        }

        return [.. bytes];
    }

    public static List<long> Unpack(byte[] packed)
    {
        ArgumentNullException.ThrowIfNull(packed);
        var ids = new List<long>();
        var previous = 0L;
        var i = 0;
        while (i < packed.Length)
        {
            var delta = 0UL;
            var shift = 0;
            byte b;
            do
            {
                b = packed[i++];
                delta |= (ulong)(b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);

            previous += (long)delta;
            ids.Add(previous);
        }

        return ids;
    }

    /// <summary>True when any packed id is in the set; stops at the first.</summary>
    public static bool Intersects(byte[] packed, IReadOnlySet<long> ids)
    {
        var previous = 0L;
        var i = 0;
        while (i < packed.Length)
        {
            var delta = 0UL;
            var shift = 0;
            byte b;
            do
            {
                b = packed[i++];
                delta |= (ulong)(b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);

            previous += (long)delta;
            if (ids.Contains(previous))
            {
                return true;
            }
        }

        return false;
    }

    public static string? Medians(RuleEngine engine, IReadOnlyList<MedianKey> keys)
    {
        if (keys.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var key in keys)
        {
            if (text.Length > 0)
            {
                text.Append(';');
            }

            text.Append(CultureInfo.InvariantCulture, $"{key.Role}:{(int)key.Section}=");
            if (engine.TryGetMedian(key, out var median))
            {
                text.Append(median.ToString(CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }

    /// <summary>True when a median the scan consulted has another value now, or is there now and was not, or the reverse.</summary>
    public static bool MediansChanged(string? stored, RuleEngine engine)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return false;
        }

        foreach (var entry in stored.Split(';'))
        {
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            var equals = entry.IndexOf('=', colon + 1);
            var key = new MedianKey(
                byte.Parse(entry.AsSpan(0, colon), CultureInfo.InvariantCulture),
                (char)int.Parse(entry.AsSpan(colon + 1, equals - colon - 1), CultureInfo.InvariantCulture));
            var value = entry.AsSpan(equals + 1);
            var now = engine.TryGetMedian(key, out var median);
            if (now != (value.Length > 0)
                || (now && median != decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every stored footprint: the official, the packed entities, the medians.</summary>
    public static async Task<List<(long Official, byte[] Entities, string? Medians)>> LoadAsync(
        QingdanDbContext context,
        CancellationToken cancellationToken)
    {
        var rows = await context.SweepFootprints.AsNoTracking()
            .Select(f => new { f.OfficialId, f.Entities, f.MedianKeys })
            .ToListAsync(cancellationToken);
        return rows.ConvertAll(r => (r.OfficialId, r.Entities, r.MedianKeys));
    }

    /// <summary>
    /// Inside the sweep's transaction: drops the footprints of <paramref name="replaced"/> (every footprint when null)
    /// and writes the new ones, taken by sweep <paramref name="sweepId"/>.
    /// </summary>
    public static async Task WriteAsync(
        QingdanDbContext context,
        long sweepId,
        GraphSnapshot graph,
        RuleEngine engine,
        IReadOnlyList<OfficialFootprint> footprints,
        IReadOnlyCollection<long>? replaced,
        CancellationToken cancellationToken)
    {
        if (replaced is null)
        {
            await context.Database.ExecuteSqlRawAsync("DELETE FROM sweep_footprints", cancellationToken);
        }
        else
        {
            foreach (var chunk in replaced.Chunk(DeleteChunk))
            {
                var delete = $"DELETE FROM sweep_footprints WHERE official_id IN ({string.Join(',', chunk)})";
                await context.Database.ExecuteSqlRawAsync(delete, cancellationToken);
            }
        }

        var rows = footprints.Select(f => (
            Official: graph.IdOf(f.Official).Value,
            Entities: Pack(f.Nodes.Select(n => graph.IdOf(n).Value)),
            Medians: Medians(engine, f.Medians)));
        var connection = context.Database.GetDbConnection();
        var transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        if (connection is NpgsqlConnection postgres)
        {
            await using var writer = await postgres.BeginBinaryImportAsync(
                "COPY sweep_footprints (sweep_id, official_id, entities, median_keys) FROM STDIN (FORMAT BINARY)",
                cancellationToken);
            foreach (var (official, entities, medians) in rows)
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(sweepId, NpgsqlDbType.Bigint, cancellationToken);
                await writer.WriteAsync(official, NpgsqlDbType.Bigint, cancellationToken);
                await writer.WriteAsync(entities, NpgsqlDbType.Bytea, cancellationToken);
                if (medians is null)
                {
                    await writer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await writer.WriteAsync(medians, NpgsqlDbType.Text, cancellationToken);
                }
            }

            await writer.CompleteAsync(cancellationToken);
            return;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO sweep_footprints (sweep_id, official_id, entities, median_keys) VALUES ($s, $o, $e, $m)";
        var parameters = new[] { "$s", "$o", "$e", "$m" }.Select(name => Parameter(command, name)).ToArray();
        await command.PrepareAsync(cancellationToken);
        foreach (var (official, entities, medians) in rows)
        {
            parameters[0].Value = sweepId;
            parameters[1].Value = official;
            parameters[2].Value = entities;
            parameters[3].Value = (object?)medians ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
