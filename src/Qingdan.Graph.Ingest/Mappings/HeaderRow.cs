using Qingdan.Graph.Core.Text;
using Qingdan.Graph.Ingest.Sheets;

namespace Qingdan.Graph.Ingest.Mappings;

/// <summary>
/// A delivered table's header: the row it is on and its column names. A mapping's column names match
/// a header's without regard to spaces and line breaks inside them, full-width or half-width forms, or
/// letter case (<c>出生 年月</c>, <c>出生\n年月</c> and <c>出生年月</c> are one column).
/// </summary>
internal sealed class HeaderRow
{
    private readonly Dictionary<string, List<int>> _columns = new(StringComparer.Ordinal);

    public HeaderRow(SheetSource source, SheetRow row)
    {
        Source = source;
        Number = row.Number;
        Names = row.Cells.Select(c => c.Text?.Trim() ?? string.Empty).ToList();

        for (var i = 0; i < Names.Count; i++)
        {
            if (Names[i].Length == 0)
            {
                continue;
            }

            var key = Key(Names[i]);
            if (!_columns.TryGetValue(key, out var list))
            {
                _columns[key] = list = [];
            }

            list.Add(i);
        }
    }

    public SheetSource Source { get; }

    /// <summary>The header's row number as the sheet shows it (a CSV file's line).</summary>
    public int Number { get; }

    /// <summary>The header's cells, trimmed, by column.</summary>
    public IReadOnlyList<string> Names { get; }

    public bool Holds(string column) => _columns.ContainsKey(Key(column));

    /// <summary>The columns holding a name (more than one when the name is repeated or its cell merged across columns).</summary>
    public IReadOnlyList<int> Find(string column) => _columns.TryGetValue(Key(column), out var list) ? list : [];

    public static string Key(string name) =>
        new([.. Width.ToHalfWidth(name).Where(c => !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant)]);
}
