using System.Globalization;

namespace Qingdan.Graph.Ingest.Sheets;

/// <summary>A1-style cell references: columns as letters (A, …, Z, AA, …), rows from 1.</summary>
internal static class CellReference
{
    /// <summary>The 0-based column of a reference such as <c>AB12</c>; -1 when it has no letters.</summary>
    public static int Column(ReadOnlySpan<char> reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }

        return i == 0 ? -1 : column - 1;
    }

    /// <summary>The row of a reference such as <c>AB12</c>; 0 when it has none.</summary>
    public static int Row(ReadOnlySpan<char> reference)
    {
        var i = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]))
        {
            i++;
        }

        return int.TryParse(reference[i..], NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : 0;
    }

    /// <summary>The letters of a 0-based column.</summary>
    public static string Letters(int column)
    {
        Span<char> buffer = stackalloc char[8];
        var position = buffer.Length;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            buffer[--position] = (char)('A' + ((n - 1) % 26));
        }

        return new string(buffer[position..]);
    }

    public static string Of(int row, int column) => string.Create(CultureInfo.InvariantCulture, $"{Letters(column)}{row}");
}
