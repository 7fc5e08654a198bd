using Npgsql;
using NpgsqlTypes;
using Qingdan.Graph.Store.Ingest.Writing;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Store.Tests;

/// <summary>
/// The ingest's own binary COPY writer against Npgsql's importer: the same rows through each into the
/// same columns must read back the same, value for value, as PostgreSQL prints them.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class BinaryCopyWriterTests(PostgresFixture fixture)
{
    private static readonly Column[] Columns =
    [
        new("n", ColumnType.BigInt), new("i", ColumnType.Int), new("s", ColumnType.SmallInt), new("t", ColumnType.Text), new(
            "d",
            ColumnType.Date),
        new("ts", ColumnType.Timestamp), new("num", ColumnType.Numeric), new("f", ColumnType.Double), new("b", ColumnType.Bool), new(
            "u",
            ColumnType.Uuid),
    ];

    private static readonly decimal[] Numbers =
    [
        0m, 0.00m, 1m, -1m, 10m, 100m, 1000m, 10000m, 10001m, 500000m, 500000.00m, 0.1m, 0.01m, 0.001m, 0.0001m, 0.00001m, 1.5m, 12345.6789m,
        -12345.67891m, 99990000.5m, 123456789012345678.99m, decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m,
        7.9228162514264337593543950335m, 1_000_000_000m, 0.35m, 3.50m, -0.0m,
    ];

    [Fact]
    public async Task Every_column_type_reads_back_as_written_by_Npgsql()
    {
        var rows = Rows().ToList();
        await using var connection = (NpgsqlConnection)fixture.Connection.CreateDbConnection();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var table in new[] { "by_npgsql", "by_writer" })
        {
            await ExecuteAsync(connection, $"CREATE TEMP TABLE {table} (row_id serial, n bigint, i integer, s smallint, t text, d date, " +
                "ts timestamptz, num numeric, f double precision, b boolean, u uuid)");
        }

        await using (var importer = await connection.BeginBinaryImportAsync(
            $"COPY by_npgsql ({string.Join(", ", Columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)"))
        {
            NpgsqlDbType[] types = [NpgsqlDbType.Bigint, NpgsqlDbType.Integer, NpgsqlDbType.Smallint, NpgsqlDbType.Text, NpgsqlDbType.Date, NpgsqlDbType.TimestampTz, NpgsqlDbType.Numeric, NpgsqlDbType.Double, NpgsqlDbType.Boolean, NpgsqlDbType.Uuid];
            foreach (var row in rows)
            {
                await importer.StartRowAsync();
                for (var i = 0; i < row.Length; i++)
                {
                    if (row[i] is null)
                    {
                        await importer.WriteNullAsync();
                    }
                    else
                    {
                        await importer.WriteAsync(row[i], types[i]);
                    }
                }
            }

            await importer.CompleteAsync();
        }

        await BinaryCopyWriter.CopyAsync(connection, "by_writer", Columns, rows, CancellationToken.None);

        var expected = await ReadAsync(connection, "by_npgsql");
        Assert.Equal(rows.Count, expected.Count);
        Assert.Equal(expected, await ReadAsync(connection, "by_writer"));
        Assert.Contains(expected, row => row.Contains("500000.00", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failing_row_cancels_the_copy_and_keeps_none_of_it()
    {
        await using var connection = (NpgsqlConnection)fixture.Connection.CreateDbConnection();
        await connection.OpenAsync();
        await ExecuteAsync(connection, "CREATE TEMP TABLE copied (t text, ts timestamptz)");
        Column[] columns = [new("t", ColumnType.Text), new("ts", ColumnType.Timestamp)];
        var rows = Enumerable.Range(0, 50_000)
            .Select(i => new object?[] { new string('x', 20), i == 40_000 ? DateTime.Now : DateTime.UtcNow });

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => BinaryCopyWriter.CopyAsync(connection, "copied", columns, rows, CancellationToken.None));

        Assert.Contains("must be UTC", error.Message, StringComparison.Ordinal);
        await using var count = new NpgsqlCommand("SELECT count(*) FROM copied", connection);
        Assert.Equal(0L, await count.ExecuteScalarAsync());
    }

    private static IEnumerable<object?[]> Rows()
    {
        var random = new Random(11);
        var texts = new[] { string.Empty, "王建国", "spouse", "湛江市海滨建材有限公司", new string('长', 70_000), "a\"b,c\nd", "😀 emoji" };
        DateOnly[] days = [new(2000, 1, 1), new(1999, 12, 31), new(1900, 2, 28), new(2024, 2, 29), new(1, 1, 2), new(9999, 12, 30), DateOnly
            .MinValue, DateOnly.MaxValue];
        DateTime[] times = [new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc), new(2026, 11, 28, 13, 45, 1, 123, 456, DateTimeKind.Utc), new(
            1970,
            1,
            1,
            0,
            0,
            0,
            DateTimeKind.Utc), new(1899, 6, 1, 23, 59, 59, DateTimeKind.Utc)];
        double[] doubles = [0.0, -0.25, 0.35, 1e300, 5e-324, 1.0 / 3, double.MaxValue, -1e-7];
        for (var i = 0; i < 200; i++)
        {
            yield return
            [
                i % 9 == 0
                    ? null
                    : i % 7 == 0 ? long.MinValue : i % 5 == 0 ? long.MaxValue : random.NextInt64(-1_000_000_000_000, 1_000_000_000_000),
                i % 8 == 0 ? null : i % 6 == 0 ? int.MinValue : random.Next(),
                i % 10 == 0 ? null : (short)random.Next(short.MinValue, short.MaxValue + 1),
                i % 11 == 0 ? null : texts[i % texts.Length],
                i % 12 == 0 ? null : days[i % days.Length],
                i % 13 == 0 ? null : times[i % times.Length],
                i % 14 == 0 ? null : i < Numbers.Length
                    ? Numbers[i]
                    : (decimal)random.NextInt64(-10_000_000_000, 10_000_000_000) / (decimal)Math.Pow(10, random.Next(0, 9)),
                i % 15 == 0 ? null : doubles[i % doubles.Length],
                i % 16 == 0 ? null : i % 2 == 0,
                i % 17 == 0 ? null : new Guid(
                    random.Next(),
                    (short)random.Next(),
                    (short)random.Next(),
                    [.. Enumerable.Range(0, 8).Select(_ => (byte)random.Next(256))]),
            ];
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> ReadAsync(NpgsqlConnection connection, string table)
    {
        // Text output with extra_float_digits 3, so that a double differing in its last bit shows.
        await ExecuteAsync(connection, "SET extra_float_digits = 3; SET TIME ZONE 'UTC'");
        await using var command = new NpgsqlCommand("SELECT n::text, i::text, s::text, md5(t) || length(t), d::text, ts::text, " +
            $"num::text, f::text, b::text, u::text FROM {table} ORDER BY row_id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(
                string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : reader.GetString(i))));
        }

        return rows;
    }
}
