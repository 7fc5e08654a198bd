namespace Qingdan.Graph.Core.Graph.Columns;

/// <summary>
/// An array that grows as rows arrive and is handed over, not copied, when its size is exact: the
/// snapshot's columns are built from millions of rows, and a list's final copy would double the peak.
/// </summary>
internal sealed class Growable<T>(int capacity = 16)
{
    private T[] _items = new T[Math.Max(capacity, 16)];

    /// <summary>A growable that starts as these items, exactly (a column read back whole).</summary>
    public Growable(T[] items)
        : this(0)
    {
        _items = items;
        Count = items.Length;
    }

    public int Count { get; private set; }

    /// <summary>The backing array: exactly <see cref="Count"/> items after <see cref="Trim"/> (one when empty), until more
    /// are added.</summary>
    public T[] Items => _items;

    public ref T this[int index] => ref _items[index];

    public void Add(T item)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = item;
    }

    /// <summary>Makes room for <paramref name="count"/> more items, left as they are (default), and counts them.</summary>
    public void Extend(int count)
    {
        if (Count + count > _items.Length)
        {
            Array.Resize(ref _items, Math.Max(_items.Length * 2, Count + count));
        }

        Count += count;
    }

    public Span<T> AsSpan() => _items.AsSpan(0, Count);

    /// <summary>Gives back the room grown for rows that never came.</summary>
    public void Trim()
    {
        if (_items.Length != Count)
        {
            Array.Resize(ref _items, Math.Max(Count, 1));
        }
    }

    /// <summary>The items as an array of exactly <see cref="Count"/> elements; the growable must not be used afterwards.</summary>
    public T[] Detach()
    {
        var items = _items.Length == Count ? _items : _items[..Count];
        _items = [];
        Count = 0;
        return items;
    }
}
