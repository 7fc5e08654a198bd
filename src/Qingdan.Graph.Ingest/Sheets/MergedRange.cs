namespace Qingdan.Graph.Ingest.Sheets;

/// <summary>A rectangle of merged cells: rows from 1, columns from 0, both ends inclusive.</summary>
internal readonly record struct MergedRange(int Top, int Left, int Bottom, int Right)
{
    public bool Contains(int row, int column) => row >= Top && row <= Bottom && column >= Left && column <= Right;

    public static bool TryParse(string reference, out MergedRange range)
    {
        range = default;
        var colon = reference.IndexOf(':', StringComparison.Ordinal);
        var from = colon < 0 ? reference : reference[..colon];
        var to = colon < 0 ? reference : reference[(colon + 1)..];
        int top = CellReference.Row(from), left = CellReference.Column(from), bottom = CellReference.Row(to), right = CellReference.Column(
            to);
        if (top < 1 || left < 0 || bottom < top || right < left)
        {
            return false;
        }

        range = new MergedRange(top, left, bottom, right);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => $"{CellReference.Of(Top, Left)}:{CellReference.Of(Bottom, Right)}";
}
