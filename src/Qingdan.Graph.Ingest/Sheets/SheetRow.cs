using System.Text;

namespace Qingdan.Graph.Ingest.Sheets;

/// <summary>
/// One row of a delivered table: its number as the sheet shows it (a CSV file's line), its cells by
/// column, and why it cannot be read at all (bytes invalid in the encoding, broken quoting).
/// </summary>
internal sealed class SheetRow
{
    private readonly SheetCell[]? _cells;
    private readonly string[]? _texts;
    private readonly string? _raw;

    public SheetRow(int number, SheetCell[] cells)
    {
        Number = number;
        _cells = cells;
    }

    /// <summary>A row of text cells (a CSV record), held as its fields: a row costs no cell array.</summary>
    public SheetRow(int number, string[] texts, string? problem, string? raw)
    {
        Number = number;
        _texts = texts;
        Problem = problem;
        _raw = raw;
    }

    public int Number { get; }

    public string? Problem { get; }

    public int Width => _cells?.Length ?? _texts!.Length;

    /// <summary>The row's cells (a text row makes them when asked).</summary>
    public IReadOnlyList<SheetCell> Cells => _cells ?? [.. _texts!.Select(SheetCell.FromText)];

    public SheetCell this[int column] =>
        column >= Width ? SheetCell.Empty : _cells is not null ? _cells[column] : SheetCell.FromText(_texts![column]);

    public bool IsBlank => Problem is null && (_cells is not null
        ? Array.TrueForAll(_cells, c => c.IsEmpty)
        : Array.TrueForAll(_texts!, string.IsNullOrWhiteSpace));

    /// <summary>The row's cells as text, comma-separated and quoted where needed: what a rejected row keeps.</summary>
    public string Raw()
    {
        if (_raw is not null)
        {
            return _raw;
        }

        var builder = new StringBuilder();
        for (var i = 0; i < Width; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            var text = this[i].Text ?? string.Empty;
            if (text.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                builder.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                builder.Append(text);
            }
        }

        return builder.ToString().TrimEnd(',');
    }
}
