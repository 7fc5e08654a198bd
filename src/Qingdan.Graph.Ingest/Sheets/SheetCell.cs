using System.Globalization;

namespace Qingdan.Graph.Ingest.Sheets;

/// <summary>
/// One cell as delivered. <see cref="Text"/> is what the sheet shows, in the forms mapping.md "Values"
/// asks for: a number as written (no exponent, no trailing <c>.0</c>; a percentage with its sign), a date
/// cell as its day, a boolean as TRUE or FALSE, an error as its code. CSV cells are all text.
/// </summary>
internal readonly record struct SheetCell(CellKind Kind, string? Text, double Number = 0, DateOnly Date = default, bool DateShowsDay = true)
{
    public static readonly SheetCell Empty = new(CellKind.Empty, null);

    public bool IsEmpty => Kind == CellKind.Empty || (Kind == CellKind.Text && string.IsNullOrWhiteSpace(Text));

    public static SheetCell FromText(string? text) => string.IsNullOrEmpty(text) ? Empty : new SheetCell(CellKind.Text, text);

    public static SheetCell FromNumber(double value, bool percent)
    {
        var text = percent ? NumberText(value * 100) + "%" : NumberText(value);
        return new SheetCell(CellKind.Number, text, value);
    }

    public static SheetCell FromDate(DateOnly day, bool showsDay) =>
        new(CellKind.Date, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Date: day, DateShowsDay: showsDay);

    /// <summary>
    /// A number as Excel shows it in a general cell: fifteen significant digits (a double's own noise such
    /// as 0.30000000000000004 is not what the sheet shows), never an exponent, no trailing zeros.
    /// </summary>
    public static string NumberText(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        if (Math.Abs(value) < 7.9e28)
        {
            // The conversion rounds to 15 significant digits, as Excel displays them.
            var exact = (decimal)value;
            return (exact / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
        }

        return value.ToString("F0", CultureInfo.InvariantCulture);
    }
}
