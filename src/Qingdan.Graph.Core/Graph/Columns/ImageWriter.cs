using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace Qingdan.Graph.Core.Graph.Columns;

/// <summary>
/// Writes a snapshot image: small values as variable-length integers through a buffer, columns as
/// their raw little-endian bytes straight to the stream, repeated words once and then by number.
/// </summary>
internal sealed class ImageWriter(Stream output) : IDisposable
{
    private const int BufferSize = 1 << 16;

    private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private int _used;

    /// <summary>Bytes written so far.</summary>
    public long Length { get; private set; }

    public void Byte(byte value)
    {
        Room(1);
        _buffer[_used++] = value;
    }

    public void Bytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > BufferSize / 4)
        {
            Flush();
            output.Write(bytes);
            Length += bytes.Length;
            return;
        }

        Room(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    public void Count(ulong value)
    {
        Room(10);
        while (value >= 0x80)
        {
            _buffer[_used++] = (byte)(value | 0x80);
            value >>= 7;
        }

        _buffer[_used++] = (byte)value;
    }

    /// <summary>A signed number, zigzag-encoded so that small negative numbers stay short.</summary>
    public void Number(long value) => Count((ulong)((value << 1) ^ (value >> 63)));

    public void Int64(long value)
    {
        Room(sizeof(long));
        BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(_used), value);
        _used += sizeof(long);
    }

    public void Date(DateOnly? date) => Count(date is { } day ? (ulong)day.DayNumber + 1 : 0);

    public void Decimal(decimal? value)
    {
        Byte(value is null ? (byte)0 : (byte)1);
        if (value is { } stated)
        {
            Column(new[] { stated });
        }
    }

    /// <summary>A string written whole each time: null, or its UTF-8 bytes after their count plus one.</summary>
    public void Text(string? text)
    {
        if (text is null)
        {
            Count(0);
            return;
        }

        var bytes = Encoding.UTF8.GetByteCount(text);
        Count((ulong)bytes + 1);
        if (bytes > BufferSize / 4)
        {
            Bytes(Encoding.UTF8.GetBytes(text));
            return;
        }

        Room(bytes);
        _used += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_used));
    }

    /// <summary>A string many rows share (a region, a relation, a file): written once, then by number.</summary>
    public void Word(string? word)
    {
        if (word is null)
        {
            Count(0);
        }
        else if (_words.TryGetValue(word, out var number))
        {
            Count((ulong)number + 2);
        }
        else
        {
            _words[word] = _words.Count;
            Count(1);
            Text(word);
        }
    }

    /// <summary>A column: its length, then its values' bytes as they lie in memory (little-endian).</summary>
    public void Column<T>(ReadOnlySpan<T> values)
        where T : unmanaged
    {
        Count((ulong)values.Length);
        Bytes(MemoryMarshal.AsBytes(values));
    }

    public void Flush()
    {
        if (_used > 0)
        {
            output.Write(_buffer, 0, _used);
            Length += _used;
            _used = 0;
        }
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);

    private void Room(int bytes)
    {
        if (_used + bytes > BufferSize)
        {
            Flush();
        }
    }
}
