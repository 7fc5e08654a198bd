using System.Buffers.Binary;
using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text;
using Npgsql;

namespace Qingdan.Graph.Store.Graph;

/// <summary>
/// The rows of one query, read column after column in order: on PostgreSQL as the raw stream of a
/// binary <c>COPY … TO STDOUT</c>, parsed here; elsewhere through a data reader. Repeated words (file
/// names, relations, regions) come back as one shared string each.
/// </summary>
internal abstract class SnapshotRows : IDisposable
{
    private readonly Dictionary<string, string> _words = new(StringComparer.Ordinal);

    public static SnapshotRows Open(
        DbConnection connection,
        DbTransaction? transaction,
        string query) => connection is NpgsqlConnection postgres
        ? new CopyRows(postgres.BeginRawBinaryCopy($"COPY ({query}) TO STDOUT (FORMAT BINARY)"))
        : new ReaderRows(connection, transaction, query);

    /// <summary>Moves to the next row; false after the last.</summary>
    public abstract bool Next();

    /// <summary>The next column's value, or null: <c>short</c>, <c>int</c>, <c>long</c>, <c>double</c>, <c>bool</c>, <c>decimal</c> or
    /// <c>DateOnly</c>.</summary>
    public abstract T? Value<T>()
        where T : struct;

    /// <summary>The next column's text, or null.</summary>
    public abstract string? Text();

    /// <summary>The next column's text as one shared copy of each distinct word, or null.</summary>
    public abstract string? Word();

    public abstract void Dispose();

    private protected string Shared(ReadOnlySpan<char> word)
    {
        var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var known))
        {
            return known;
        }

        var text = word.ToString();
        if (_words.Count < 100_000)
        {
            _words[text] = text;
        }

        return text;
    }

    /// <summary>
    /// PostgreSQL's binary COPY format parsed from a buffer: per row a 16-bit column count, per column a
    /// 32-bit length (-1 for null) and the value in network order. The driver's own exporter makes each
    /// value a call with a cancellation registration and an awaitable, which cost more than the parsing.
    /// </summary>
    private sealed class CopyRows : SnapshotRows
    {
        private const int PostgresEpochDay = 730119; // 2000-01-01 as a DateOnly day number
        private readonly Stream _stream;
        private byte[] _buffer = new byte[1 << 20];
        private int _position;
        private int _end;

        private bool _nullField;

        public CopyRows(Stream stream)
        {
            _stream = stream;
            Need(19);
            if (!_buffer.AsSpan(0, 11).SequenceEqual(Signature))
            {
                throw new InvalidDataException("The COPY stream does not start with PostgreSQL's binary signature.");
            }

            var extension = BinaryPrimitives.ReadInt32BigEndian(_buffer.AsSpan(15));
            _position = 19;
            Need(extension);
            _position += extension;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override bool Next()
        {
            Need(2);
            var columns = BinaryPrimitives.ReadInt16BigEndian(_buffer.AsSpan(_position));
            _position += 2;
            return columns != -1;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override T? Value<T>()
        {
            var value = Field();
            if (_nullField)
            {
                return null;
            }

            if (typeof(T) == typeof(long))
            {
                return (T)(object)BinaryPrimitives.ReadInt64BigEndian(value);
            }

            if (typeof(T) == typeof(int))
            {
                return (T)(object)BinaryPrimitives.ReadInt32BigEndian(value);
            }

            if (typeof(T) == typeof(short))
            {
                return (T)(object)BinaryPrimitives.ReadInt16BigEndian(value);
            }

            if (typeof(T) == typeof(double))
            {
                return (T)(object)BinaryPrimitives.ReadDoubleBigEndian(value);
            }

            if (typeof(T) == typeof(bool))
            {
                return (T)(object)(value[0] != 0);
            }

            if (typeof(T) == typeof(DateOnly))
            {
                return (T)(object)DateOnly.FromDayNumber(PostgresEpochDay + BinaryPrimitives.ReadInt32BigEndian(value));
            }

            if (typeof(T) == typeof(decimal))
            {
                return (T)(object)PostgresNumeric.Read(value);
            }

            throw new NotSupportedException($"Reading {typeof(T).Name} from a binary COPY is not supported.");
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override string? Text()
        {
            var value = Field();
            return _nullField ? null : Encoding.UTF8.GetString(value);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override string? Word()
        {
            var value = Field();
            if (_nullField)
            {
                return null;
            }

            if (value.Length > 256)
            {
                return Encoding.UTF8.GetString(value);
            }

            Span<char> chars = stackalloc char[value.Length];
            var length = Encoding.UTF8.GetChars(value, chars);
            return Shared(chars[..length]);
        }

        public override void Dispose() => _stream.Dispose();

        // "PGCOPY\n\377\r\n\0"
        private static ReadOnlySpan<byte> Signature => [0x50, 0x47, 0x43, 0x4F, 0x50, 0x59, 0x0A, 0xFF, 0x0D, 0x0A, 0x00];

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private ReadOnlySpan<byte> Field()
        {
            Need(4);
            var length = BinaryPrimitives.ReadInt32BigEndian(_buffer.AsSpan(_position));
            _position += 4;
            _nullField = length == -1;
            if (length <= 0)
            {
                return [];
            }

            Need(length);
            var field = _buffer.AsSpan(_position, length);
            _position += length;
            return field;
        }

        // Keeps at least `count` unread bytes in the buffer, moving the unread tail to the front first.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Need(int count)
        {
            if (_end - _position >= count)
            {
                return;
            }

            if (count > _buffer.Length)
            {
                Array.Resize(ref _buffer, Math.Max(count, _buffer.Length * 2));
            }

            _buffer.AsSpan(_position, _end - _position).CopyTo(_buffer);
            _end -= _position;
            _position = 0;
            while (_end < count)
            {
                var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
                if (read == 0)
                {
                    throw new EndOfStreamException("The COPY stream ended inside a row.");
                }

                _end += read;
            }
        }
    }

    private sealed class ReaderRows : SnapshotRows
    {
        private readonly DbCommand _command;
        private readonly DbDataReader _reader;
        private int _column;

        public ReaderRows(DbConnection connection, DbTransaction? transaction, string query)
        {
            _command = connection.CreateCommand();
            _command.Transaction = transaction;
            _command.CommandText = query;
            _command.CommandTimeout = 0;
            _reader = _command.ExecuteReader();
        }

        public override bool Next()
        {
            _column = 0;
            return _reader.Read();
        }

        public override T? Value<T>()
        {
            var column = _column++;
            return _reader.IsDBNull(column) ? null : _reader.GetFieldValue<T>(column);
        }

        public override string? Text()
        {
            var column = _column++;
            return _reader.IsDBNull(column) ? null : _reader.GetString(column);
        }

        public override string? Word() => Text() is { } text ? Shared(text) : null;

        public override void Dispose()
        {
            _reader.Dispose();
            _command.Dispose();
        }
    }
}
