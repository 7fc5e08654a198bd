using System.Buffers.Binary;
using System.Text;
using Npgsql;
using Qingdan.Graph.Store.Graph;

namespace Qingdan.Graph.Store.Ingest.Writing;

/// <summary>
/// Writes rows in PostgreSQL's binary COPY format itself and hands Npgsql whole buffers (its raw COPY
/// stream), instead of one importer call a value: at the ingest's half a million values a second the
/// importer's per-value type lookup and buffer bookkeeping were most of the client's COPY time. Values
/// are written exactly as Npgsql writes them for the same column types (<c>BinaryCopyWriterTests</c>).
/// </summary>
internal sealed class BinaryCopyWriter
{
    private const int FlushAt = 1 << 18;
    // "PGCOPY\n\xFF\r\n\0": the binary format's signature, then flags and header extension length (both 0).
    private static readonly byte[] Signature = [.. "PGCOPY\n"u8, 0xFF, (byte)'\r', (byte)'\n', 0];
    private static readonly int Y2K = new DateOnly(2000, 1, 1).DayNumber;
    private static readonly long Y2KTicks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    private readonly ColumnType[] _types;
    private byte[] _buffer = new byte[FlushAt + (1 << 12)];
    private int _length;

    private BinaryCopyWriter(ColumnType[] types) => _types = types;

    /// <summary>Copies the rows into the table's columns; a failure cancels the COPY, so no row of it is kept.</summary>
    public static Task CopyAsync(
        NpgsqlConnection connection,
        string table,
        IReadOnlyList<Column> columns,
        IEnumerable<object?[]> rows,
        CancellationToken cancellationToken) =>
        CopyAsync(connection, table, columns, rows, static (writer, row) => writer.Row(row), cancellationToken);

    /// <summary>Copies rows that write their own values, typed: nothing is boxed.</summary>
    public static Task CopyAsync<T>(
        NpgsqlConnection connection,
        string table,
        IReadOnlyList<Column> columns,
        IEnumerable<T> rows,
        CancellationToken cancellationToken)
        where T : ICopyRow =>
        CopyAsync(connection, table, columns, rows, static (writer, row) =>
        {
            writer.StartRow();
            row.Write(writer);
        }, cancellationToken);

    private static async Task CopyAsync<T>(
        NpgsqlConnection connection,
        string table,
        IReadOnlyList<Column> columns,
        IEnumerable<T> rows,
        Action<BinaryCopyWriter, T> write,
        CancellationToken cancellationToken)
    {
        var copy = $"COPY {table} ({string.Join(", ", columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)";
        var writer = new BinaryCopyWriter(columns.Select(c => c.Type).ToArray());
        var stream = await connection.BeginRawBinaryCopyAsync(copy, cancellationToken);
        try
        {
            writer.Header();
            foreach (var row in rows)
            {
                write(writer, row);
                if (writer._length >= FlushAt)
                {
                    await stream.WriteAsync(writer._buffer.AsMemory(0, writer._length), cancellationToken);
                    writer._length = 0;
                }
            }

            writer.Reserve(2);
            writer.Int16(-1);
            await stream.WriteAsync(writer._buffer.AsMemory(0, writer._length), cancellationToken);
        }
        catch
        {
            // Ending the stream would end the COPY and keep what was sent; cancelling it keeps nothing.
            await CancelAsync(stream);
            throw;
        }

        await stream.DisposeAsync();
    }

    private static async Task CancelAsync(NpgsqlRawCopyStream stream)
    {
        try
        {
            await stream.CancelAsync();
        }
        catch (Exception error) when (error is PostgresException or NpgsqlException or IOException or OperationCanceledException)
        {
            // The COPY is being abandoned; the error that caused it is the one to report.
        }
    }

    private void Header()
    {
        Reserve(19);
        Signature.CopyTo(_buffer, _length);
        _length += Signature.Length;
        Int32(0);
        Int32(0);
    }

    /// <summary>A row starts with its number of fields.</summary>
    private void StartRow()
    {
        Reserve(2);
        Int16((short)_types.Length);
    }

    private void Row(object?[] row)
    {
        StartRow();
        for (var i = 0; i < _types.Length; i++)
        {
            Value(_types[i], row[i]);
        }
    }

    private void Value(ColumnType type, object? value)
    {
        if (value is null)
        {
            Null();
            return;
        }

        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        switch (type)
        {
            case ColumnType.BigInt:
                Write(value as long? ?? Convert.ToInt64(value, invariant));
                break;
            case ColumnType.Int:
                Write(value as int? ?? Convert.ToInt32(value, invariant));
                break;
            case ColumnType.SmallInt:
                Write(value as short? ?? Convert.ToInt16(value, invariant));
                break;
            case ColumnType.Text:
                Write((string)value);
                break;
            case ColumnType.Date:
                Write((DateOnly?)(DateOnly)value);
                break;
            case ColumnType.Timestamp:
                var time = (DateTime)value;
                if (time.Kind != DateTimeKind.Utc)
                {
                    throw new ArgumentException($"A timestamp with time zone must be UTC; {time:O} is {time.Kind}.", nameof(value));
                }

                Write((time.Ticks - Y2KTicks) / TimeSpan.TicksPerMicrosecond);
                break;
            case ColumnType.Numeric:
                Write(value as decimal? ?? Convert.ToDecimal(value, invariant));
                break;
            case ColumnType.Double:
                Write(value as double? ?? Convert.ToDouble(value, invariant));
                break;
            case ColumnType.Bool:
                Write((bool?)(bool)value);
                break;
            case ColumnType.Uuid:
                Write((Guid)value);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(type), type, null);
        }
    }

    public void Null()
    {
        Reserve(4);
        Int32(-1);
    }

    public void Write(long value)
    {
        Reserve(12);
        Int32(8);
        Int64(value);
    }

    public void Write(long? value)
    {
        if (value is { } v)
        {
            Write(v);
        }
        else
        {
            Null();
        }
    }

    public void Write(int value)
    {
        Reserve(8);
        Int32(4);
        Int32(value);
    }

    public void Write(int? value)
    {
        if (value is { } v)
        {
            Write(v);
        }
        else
        {
            Null();
        }
    }

    public void Write(short value)
    {
        Reserve(6);
        Int32(2);
        Int16(value);
    }

    public void Write(string? value)
    {
        if (value is null)
        {
            Null();
        }
        else
        {
            Text(value);
        }
    }

    public void Write(DateOnly? value)
    {
        if (value is { } day)
        {
            Reserve(8);
            Int32(4);
            Int32(Day(day));
        }
        else
        {
            Null();
        }
    }

    public void Write(double? value)
    {
        if (value is { } number)
        {
            Write(BitConverter.DoubleToInt64Bits(number));
        }
        else
        {
            Null();
        }
    }

    public void Write(decimal? value)
    {
        if (value is { } number)
        {
            Reserve(4 + PostgresNumeric.MaxLength);
            var length = PostgresNumeric.Write(number, _buffer.AsSpan(_length + 4));
            Int32(length);
            _length += length;
        }
        else
        {
            Null();
        }
    }

    public void Write(bool? value)
    {
        if (value is { } flag)
        {
            Reserve(5);
            Int32(1);
            _buffer[_length++] = flag ? (byte)1 : (byte)0;
        }
        else
        {
            Null();
        }
    }

    public void Write(Guid value)
    {
        Reserve(20);
        Int32(16);
        value.TryWriteBytes(_buffer.AsSpan(_length), bigEndian: true, out _);
        _length += 16;
    }

    /// <summary>Days since 2000-01-01; the first and last days are PostgreSQL's infinities, as Npgsql writes them.</summary>
    private static int Day(DateOnly day) =>
        day == DateOnly.MinValue ? int.MinValue : day == DateOnly.MaxValue ? int.MaxValue : day.DayNumber - Y2K;

    private void Text(string value)
    {
        Reserve(4 + Encoding.UTF8.GetMaxByteCount(value.Length));
        var length = Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_length + 4));
        Int32(length);
        _length += length;
    }

    private void Int64(long value)
    {
        BinaryPrimitives.WriteInt64BigEndian(_buffer.AsSpan(_length), value);
        _length += 8;
    }

    private void Int32(int value)
    {
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_length), value);
        _length += 4;
    }

    private void Int16(short value)
    {
        BinaryPrimitives.WriteInt16BigEndian(_buffer.AsSpan(_length), value);
        _length += 2;
    }

    private void Reserve(int more)
    {
        if (_length + more > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + more));
        }
    }
}
