using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Qingdan.Graph.Core.Graph.Columns;

/// <summary>
/// Reads what <see cref="ImageWriter"/> wrote. Every length is checked against what is left of the
/// image before anything is allocated for it, so a damaged image fails with <see cref="InvalidDataException"/>
/// instead of asking for gigabytes; columns are read straight into their arrays.
/// </summary>
internal sealed class ImageReader(Stream input, long length) : IDisposable
{
    private const int BufferSize = 1 << 16;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private readonly List<string> _words = [];
    private int _start;
    private int _end;
    private long _consumed;

    /// <summary>Bytes of the image not read yet.</summary>
    public long Remaining => length - _consumed;

    public byte Byte()
    {
        Fill(1);
        _consumed++;
        return _buffer[_start++];
    }

    public ulong Count()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = Byte();
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("A number in the snapshot image runs past 64 bits.");
    }

    /// <summary>A count that must fit the rest of the image at <paramref name="bytesEach"/> bytes each.</summary>
    public int Count(int bytesEach)
    {
        var count = Count();
        if (count > int.MaxValue || (long)count * Math.Max(bytesEach, 1) > Remaining)
        {
            throw new InvalidDataException($"The snapshot image announces {count} items, more than its remaining {Remaining} bytes hold.");
        }

        return (int)count;
    }

    public long Number()
    {
        var value = Count();
        return (long)(value >> 1) ^ -(long)(value & 1);
    }

    public long Int64()
    {
        Fill(sizeof(long));
        var value = BinaryPrimitives.ReadInt64LittleEndian(_buffer.AsSpan(_start));
        Take(sizeof(long));
        return value;
    }

    public DateOnly? Date()
    {
        var value = Count();
        if (value == 0)
        {
            return null;
        }

        if (value - 1 > (ulong)DateOnly.MaxValue.DayNumber)
        {
            throw new InvalidDataException($"Day number {value - 1} in the snapshot image is past the calendar.");
        }

        return DateOnly.FromDayNumber((int)(value - 1));
    }

    public decimal? Decimal() => Byte() switch
    {
        0 => null,
        1 => Column<decimal>()[0],
        var flag => throw new InvalidDataException($"A decimal in the snapshot image is flagged {flag}."),
    };

    public string? Text()
    {
        var count = Count();
        if (count == 0)
        {
            return null;
        }

        var bytes = count - 1;
        if (bytes > (ulong)Remaining)
        {
            throw new InvalidDataException($"A string of {bytes} bytes runs past the end of the snapshot image.");
        }

        try
        {
            if (bytes > BufferSize)
            {
                var whole = new byte[bytes];
                Read(whole);
                return Strict.GetString(whole);
            }

            Fill((int)bytes);
            var text = Strict.GetString(_buffer, _start, (int)bytes);
            Take((int)bytes);
            return text;
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidDataException("A string in the snapshot image is not UTF-8.", e);
        }
    }

    public string? Word()
    {
        var value = Count();
        switch (value)
        {
            case 0:
                return null;
            case 1:
                var word = Text() ?? throw new InvalidDataException("A new word in the snapshot image is null.");
                _words.Add(word);
                return word;
            default:
                var number = value - 2;
                return number < (ulong)_words.Count
                    ? _words[(int)number]
                    : throw new InvalidDataException($"Word {number} is named before the snapshot image wrote it ({_words.Count} so far).");
        }
    }

    public T[] Column<T>()
        where T : unmanaged
    {
        // Every byte is read into it (or the read fails and the array is dropped): zeroing it first would be wasted.
        var values = GC.AllocateUninitializedArray<T>(Count(Unsafe.SizeOf<T>()));
        Read(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    /// <summary>Checks that the image ends exactly here.</summary>
    public void End()
    {
        if (Remaining != 0)
        {
            throw new InvalidDataException($"The snapshot image has {Remaining} bytes after its end.");
        }
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);

    private void Read(Span<byte> target)
    {
        if (target.Length > Remaining)
        {
            throw new InvalidDataException($"The snapshot image ends {target.Length - Remaining} bytes early.");
        }

        var buffered = Math.Min(_end - _start, target.Length);
        _buffer.AsSpan(_start, buffered).CopyTo(target);
        Take(buffered);
        var rest = target[buffered..];
        if (rest.Length > 0)
        {
            try
            {
                input.ReadExactly(rest);
            }
            catch (EndOfStreamException e)
            {
                throw new InvalidDataException($"The snapshot image ends early: {Remaining} bytes were announced.", e);
            }

            _consumed += rest.Length;
        }
    }

    private void Fill(int bytes)
    {
        var buffered = _end - _start;
        if (buffered >= bytes)
        {
            return;
        }

        if (bytes > Remaining)
        {
            throw new InvalidDataException($"The snapshot image ends {bytes - Remaining} bytes early.");
        }

        _buffer.AsSpan(_start, buffered).CopyTo(_buffer);
        (_start, _end) = (0, buffered);
        // Never past the image's end: the stream may go on with something else.
        var target = _end + (int)Math.Min(BufferSize - _end, Remaining - buffered);
        while (_end < bytes)
        {
            var read = input.Read(_buffer, _end, target - _end);
            if (read == 0)
            {
                throw new InvalidDataException($"The snapshot image ends early: {Remaining} bytes were announced.");
            }

            _end += read;
        }
    }

    private void Take(int bytes)
    {
        _start += bytes;
        _consumed += bytes;
    }
}
