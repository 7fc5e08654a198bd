namespace Qingdan.Graph.Ingest.Sheets;

/// <summary>
/// Gives every cell of a merged range the value of its top-left cell, as the sheet shows it, while the
/// rows stream by: ranges are taken in order of their top row and dropped after their bottom one, so a
/// row costs the ranges open over it.
/// </summary>
internal sealed class MergeFiller
{
    private readonly MergedRange[] _byTop;
    private readonly List<(MergedRange Range, SheetCell Value)> _open = [];
    private int _next;

    public MergeFiller(IReadOnlyList<MergedRange> merges) => _byTop = [.. merges.OrderBy(m => m.Top).ThenBy(m => m.Left)];

    /// <summary>The row with its merged cells filled, or null when it holds nothing at all.</summary>
    public SheetRow? Fill(int number, List<SheetCell> cells)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            if (_open[i].Range.Bottom < number)
            {
                _open.RemoveAt(i);
            }
        }

        while (_next < _byTop.Length && _byTop[_next].Top <= number)
        {
            var range = _byTop[_next++];
            if (range.Bottom >= number)
            {
                // A range whose top row was not in the file (no cells at all) has no value to spread.
                var value = range.Top == number && range.Left < cells.Count ? cells[range.Left] : SheetCell.Empty;
                _open.Add((range, value));
            }
        }

        foreach (var (range, value) in _open)
        {
            if (value.IsEmpty)
            {
                continue;
            }

            while (cells.Count <= range.Right)
            {
                cells.Add(SheetCell.Empty);
            }

            for (var column = range.Left; column <= range.Right; column++)
            {
                if (cells[column].IsEmpty)
                {
                    cells[column] = value;
                }
            }
        }

        var row = new SheetRow(number, [.. cells]);
        return row.IsBlank ? null : row;
    }
}
