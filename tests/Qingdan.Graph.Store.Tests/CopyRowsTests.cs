using System.Globalization;
using Npgsql;
using Qingdan.Graph.Store.Graph;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Store.Tests;

/// <summary>The snapshot's own reader of PostgreSQL's binary COPY against Npgsql's data reader, value for value.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CopyRowsTests(PostgresFixture fixture)
{
    private const string Query = """
        SELECT v.n::numeric(20,2), v.n, v.s::smallint, v.i::integer, v.l::bigint, v.d::double precision, v.b, v.day, v.t
        FROM (VALUES
          (0::numeric, 0, 0, 0, 0.0, true, DATE '2000-01-01', ''),
          (0.01, -1, -1, -1, -0.25, false, DATE '1999-12-31', '王建国'),
          (-5.5, 32767, 2147483647, 9223372036854775807, 0.35, true, DATE '1900-02-28', 'spouse'),
          (123456789012345678.99, -32768, -2147483648, -9223372036854775808, 1e300, false, DATE '2099-12-31', 'spouse'),
          (10000, 1, 99990000, 12, 5e-324, true, DATE '2024-02-29', repeat('长', 300)),
          (0.0001, 2, 3, 4, 1.0, null, null, null),
          (1.1, null, null, null, null, true, DATE '1970-01-01', 'a'),
          (99990000.5, 5, 5, 5, 5.0, false, DATE '2016-06-01', 'b'),
          (null, 6, 6, 6, 6.0, true, DATE '2016-06-01', 'c')
        ) AS v(n, s, i, l, d, b, day, t)
        """;

    [Fact]
    public async Task Binary_copy_reads_every_value_as_the_data_reader_does_scale_and_nulls_included()
    {
        await using var connection = (NpgsqlConnection)fixture.Connection.CreateDbConnection();
        await connection.OpenAsync();
        var expected = new List<string>();
        await using (var command = new NpgsqlCommand(Query, connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                expected.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(
                    i) ? "null" : Convert.ToString(reader.GetValue(i) is DateTime day ? DateOnly.FromDateTime(day) : reader.GetValue(i), CultureInfo.InvariantCulture))));
            }
        }

        var actual = new List<string>();
        using (var rows = SnapshotRows.Open(connection, null, Query))
        {
            while (rows.Next())
            {
                object?[] values = [rows.Value<decimal>(), rows.Value<decimal>(), rows.Value<short>(), rows.Value<int>(), rows
                    .Value<long>(), rows.Value<double>(), rows.Value<bool>(), rows.Value<DateOnly>(), rows.Word()];
                actual.Add(string.Join('|', values.Select(v => v is null ? "null" : Convert.ToString(v, CultureInfo.InvariantCulture))));
            }
        }

        Assert.Equal(9, actual.Count);
        Assert.Equal(expected, actual);
        Assert.Contains("123456789012345678.99|123456789012345678.99|", actual[3], StringComparison.Ordinal);
        Assert.StartsWith("1.10|1.1|", actual[6], StringComparison.Ordinal);
    }
}
