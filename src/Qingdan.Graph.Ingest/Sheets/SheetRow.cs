using System.Text;

namespace Qingdan.Graph.Ingest.Sheets;

/// <summary>
/// One row of a delivered table: its number as the sheet shows it (a CSV file's line), its cells by
/// column, and why it cannot be read at all (bytes invalid in the encoding, broken quoting).
/// </summary>
internal sealed class SheetRow(int number, SheetCell[] cells, string? problem = null, string? raw = null)
{
    public int Number { get; } = number;

    public SheetCell[] Cells { get; } = cells;

    public string? Problem { get; } = problem;

    public SheetCell this[int column] => column < Cells.Length ? Cells[column] : SheetCell.Empty;

    public bool IsBlank => Problem is null && Array.TrueForAll(Cells, c => c.IsEmpty);

    /// <summary>The row's cells as text, comma-separated and quoted where needed: what a rejected row keeps.</summary>
    public string Raw()
    {
        if (raw is not null)
        {
            return raw;
        }

        var builder = new StringBuilder();
        for (var i = 0; i < Cells.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            var text = Cells[i].Text ?? string.Empty;
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
