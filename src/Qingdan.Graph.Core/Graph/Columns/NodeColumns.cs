namespace Qingdan.Graph.Core.Graph.Columns;

/// <summary>What the node column sets share: days as numbers, sparse columns written and read back, checks on what is read.</summary>
internal static class NodeColumns
{
    private static readonly int LastDay = DateOnly.MaxValue.DayNumber + 1;

    /// <summary>A day as its number plus one; 0 for none.</summary>
    public static int Day(DateOnly? date) => date is { } day ? day.DayNumber + 1 : 0;

    public static DateOnly? Date(int day) => day == 0 ? null : DateOnly.FromDayNumber(day - 1);

    public static void AddIfStated(SparseColumn<string> column, int row, string? value)
    {
        if (value is not null)
        {
            column.Add(row, value);
        }
    }

    public static void CopyIfStated<T>(SparseColumn<T> from, int row, SparseColumn<T> to, int at)
    {
        if (from.TryGet(row, out var value))
        {
            to.Add(at, value);
        }
    }

    public static void WriteTexts(ImageWriter writer, SparseColumn<string> column)
    {
        writer.Column(column.Rows);
        foreach (var value in column.Values)
        {
            writer.Text(value);
        }
    }

    public static SparseColumn<string> ReadTexts(ImageReader reader, int count)
    {
        var rows = Rows(reader.Column<int>(), count);
        var values = new string[rows.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.Text() ?? throw new InvalidDataException("A node's text in the snapshot image is null.");
        }

        return SparseColumn<string>.Of(rows, values);
    }

    public static void WriteValues<T>(ImageWriter writer, SparseColumn<T> column)
        where T : unmanaged
    {
        writer.Column(column.Rows);
        writer.Column(column.Values);
    }

    public static SparseColumn<T> ReadValues<T>(ImageReader reader, int count)
        where T : unmanaged =>
        SparseColumn<T>.Of(Rows(reader.Column<int>(), count), reader.Column<T>());

    public static T[] Exactly<T>(T[] column, int count, string name) =>
        column.Length == count
            ? column
            : throw new InvalidDataException($"The snapshot image's {name} column has {column.Length} values for {count} nodes.");

    /// <summary>A column of days read back: each none or a day of the calendar.</summary>
    public static int[] Days(int[] column, int count, string name)
    {
        foreach (var day in Exactly(column, count, name))
        {
            if ((uint)day > (uint)LastDay)
            {
                throw new InvalidDataException($"The snapshot image's {name} column holds day {day}, past the calendar.");
            }
        }

        return column;
    }

    /// <summary>A column of enumerated values read back: each 0 (none) or one plus a value below <paramref name="values"/>.</summary>
    public static byte[] Enumerated(byte[] column, int count, int values, string name)
    {
        foreach (var value in Exactly(column, count, name))
        {
            if (value > values)
            {
                throw new InvalidDataException($"The snapshot image's {name} column holds {value}, not one of its {values} values.");
            }
        }

        return column;
    }

    /// <summary>A column of word numbers read back: each must name a word of the table.</summary>
    public static int[] Words(int[] column, int count, Words words, string name)
    {
        foreach (var code in Exactly(column, count, name))
        {
            words.Checked(code, name);
        }

        return column;
    }

    private static int[] Rows(int[] rows, int count) =>
        rows.Length == 0 || (rows[0] >= 0 && rows[^1] < count)
            ? rows
            : throw new InvalidDataException($"A node column in the snapshot image names rows past its {count} nodes.");
}
