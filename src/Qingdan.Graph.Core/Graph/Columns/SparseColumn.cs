namespace Qingdan.Graph.Core.Graph.Columns;

/// <summary>
/// A property only some rows have (an amount, a salary, a title): the rows that have it, ascending,
/// and their values. Off the traversal arrays; looked up by binary search when evidence is written.
/// </summary>
internal sealed class SparseColumn<T>
{
    private readonly Growable<int> _rows;
    private readonly Growable<T> _values;

    public SparseColumn()
        : this(new Growable<int>(), new Growable<T>())
    {
    }

    private SparseColumn(Growable<int> rows, Growable<T> values)
    {
        _rows = rows;
        _values = values;
    }

    public int Count => _rows.Count;

    /// <summary>The rows that have a value, ascending.</summary>
    public ReadOnlySpan<int> Rows => _rows.AsSpan();

    /// <summary>The values, in the order of <see cref="Rows"/>.</summary>
    public ReadOnlySpan<T> Values => _values.AsSpan();

    /// <summary>A column read back whole: the rows must ascend, and there must be a value for each.</summary>
    public static SparseColumn<T> Of(int[] rows, T[] values)
    {
        if (rows.Length != values.Length)
        {
            throw new InvalidDataException($"A column lists {rows.Length} rows but {values.Length} values.");
        }

        for (var i = 1; i < rows.Length; i++)
        {
            if (rows[i] <= rows[i - 1])
            {
                throw new InvalidDataException($"A column's rows do not ascend ({rows[i]} after {rows[i - 1]}).");
            }
        }

        return new SparseColumn<T>(new Growable<int>(rows), new Growable<T>(values));
    }

    /// <summary>Sets the value of a row later than every row set before.</summary>
    public void Add(int row, T value)
    {
        if (_rows.Count > 0 && _rows[_rows.Count - 1] >= row)
        {
            throw new InvalidOperationException($"Rows are added in ascending order ({row} after {_rows[_rows.Count - 1]}).");
        }

        _rows.Add(row);
        _values.Add(value);
    }

    public bool TryGet(int row, out T value)
    {
        var at = _rows.AsSpan().BinarySearch(row);
        if (at < 0)
        {
            value = default!;
            return false;
        }

        value = _values[at];
        return true;
    }

    public void Trim()
    {
        _rows.Trim();
        _values.Trim();
    }

    /// <summary>The values of the kept rows, renumbered: <paramref name="newIndex"/> maps a row to its new number, or -1 when
    /// dropped.</summary>
    public SparseColumn<T> Keep(ReadOnlySpan<int> newIndex)
    {
        var rows = new Growable<int>(_rows.Count);
        var values = new Growable<T>(_rows.Count);
        for (var i = 0; i < _rows.Count; i++)
        {
            if (newIndex[_rows[i]] is var index and >= 0)
            {
                rows.Add(index);
                values.Add(_values[i]);
            }
        }

        return new SparseColumn<T>(rows, values);
    }

    /// <summary>Bytes held, for the memory figures: a row number and a value a row that has one.</summary>
    public long Bytes(int valueBytes) => (long)Count * (sizeof(int) + valueBytes);

    /// <summary>
    /// Two columns as one, for a patch: each row of <paramref name="a"/> goes to <paramref name="aRow"/>'s number for it
    /// (or nowhere, -1), each of <paramref name="b"/> to <paramref name="bRow"/>'s; both maps ascend where they keep a row.
    /// </summary>
    public static SparseColumn<T> Merge(SparseColumn<T> a, ReadOnlySpan<int> aRow, SparseColumn<T> b, ReadOnlySpan<int> bRow)
    {
        var rows = new Growable<int>(a.Count + b.Count);
        var values = new Growable<T>(a.Count + b.Count);
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Count && aRow[a._rows[i]] < 0)
            {
                i++;
            }

            if (i == a.Count && j == b.Count)
            {
                break;
            }

            if (j == b.Count || (i < a.Count && aRow[a._rows[i]] < bRow[b._rows[j]]))
            {
                rows.Add(aRow[a._rows[i]]);
                values.Add(a._values[i++]);
            }
            else
            {
                rows.Add(bRow[b._rows[j]]);
                values.Add(b._values[j++]);
            }
        }

        rows.Trim();
        values.Trim();
        return new SparseColumn<T>(rows, values);
    }
}
