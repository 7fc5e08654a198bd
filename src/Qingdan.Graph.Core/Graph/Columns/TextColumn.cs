using System.Text;

namespace Qingdan.Graph.Core.Graph.Columns;

/// <summary>
/// A text a row (a name, a title): every row's UTF-8 bytes one after another in one pool, with each
/// row's end offset and a flag for the rows that have none. About a third of a string object's bytes
/// for a Chinese name, and no object a row for the collector to trace.
/// </summary>
internal sealed class TextColumn
{
    private readonly Growable<byte> _pool;
    private readonly Growable<int> _ends;
    private readonly Bits _missing;

    public TextColumn(int capacity = 16)
        : this(new Growable<byte>(capacity * 8), new Growable<int>(capacity), new Bits(capacity))
    {
    }

    private TextColumn(Growable<byte> pool, Growable<int> ends, Bits missing)
    {
        _pool = pool;
        _ends = ends;
        _missing = missing;
    }

    public int Count => _ends.Count;

    /// <summary>Bytes held: the pool, an end offset a row and the flags.</summary>
    public long Bytes => _pool.Count + ((long)_ends.Count * sizeof(int)) + _missing.Bytes;

    public void Add(string? text)
    {
        if (text is null)
        {
            _missing[_ends.Count] = true;
        }
        else
        {
            var bytes = Encoding.UTF8.GetByteCount(text);
            var start = _pool.Count;
            _pool.Extend(bytes);
            Encoding.UTF8.GetBytes(text, _pool.AsSpan()[start..]);
        }

        _ends.Add(_pool.Count);
    }

    /// <summary>Appends another column's row, bytes copied as they are.</summary>
    public void AddFrom(TextColumn other, int row)
    {
        if (other.IsMissing(row))
        {
            _missing[_ends.Count] = true;
        }
        else
        {
            var bytes = other.Utf8(row);
            var start = _pool.Count;
            _pool.Extend(bytes.Length);
            bytes.CopyTo(_pool.AsSpan()[start..]);
        }

        _ends.Add(_pool.Count);
    }

    public bool IsMissing(int row) => _missing[row];

    /// <summary>The row's UTF-8 bytes (empty when it has no text).</summary>
    public ReadOnlySpan<byte> Utf8(int row)
    {
        var start = row == 0 ? 0 : _ends[row - 1];
        return _pool.AsSpan()[start.._ends[row]];
    }

    public string? Get(int row) => _missing[row] ? null : Encoding.UTF8.GetString(Utf8(row));

    public void Trim()
    {
        _pool.Trim();
        _ends.Trim();
    }

    public void Write(ImageWriter writer)
    {
        writer.Column<int>(_ends.AsSpan());
        writer.Column<byte>(_pool.AsSpan());
        writer.Column(_missing.Words);
    }

    /// <summary>A column read back: the ends must ascend inside the pool, the pool must be UTF-8.</summary>
    public static TextColumn Read(ImageReader reader, int rows, string name)
    {
        var ends = reader.Column<int>();
        var pool = reader.Column<byte>();
        var missing = Bits.Of(reader.Column<ulong>());
        if (ends.Length != rows)
        {
            throw new InvalidDataException($"The snapshot image's {name} column has {ends.Length} rows for {rows}.");
        }

        var previous = 0;
        foreach (var end in ends)
        {
            if (end < previous || end > pool.Length)
            {
                throw new InvalidDataException($"The snapshot image's {name} column has a text ending at {end} after {previous}.");
            }

            previous = end;
        }

        if (previous != pool.Length || !System.Text.Unicode.Utf8.IsValid(pool))
        {
            throw new InvalidDataException($"The snapshot image's {name} column is not UTF-8.");
        }

        // The pool is UTF-8 as a whole; each text is too when none starts inside a character (on a continuation byte).
        foreach (var end in ends)
        {
            if (end < pool.Length && (pool[end] & 0xC0) == 0x80)
            {
                throw new InvalidDataException($"The snapshot image's {name} column cuts a character.");
            }
        }

        return new TextColumn(new Growable<byte>(pool), new Growable<int>(ends), missing);
    }
}
