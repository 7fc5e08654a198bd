namespace Qingdan.Graph.Ingest.Sheets;

/// <summary>How a cell's number format shows its number: as a date (with or without its day), a percentage, or a plain number.</summary>
internal enum NumberShape : byte
{
    Plain,
    Percent,
    Date,
    DateWithoutDay,
}

/// <summary>Reads what an Excel number format shows, for the built-in formats (zh-CN ones included) and custom format codes.</summary>
internal static class NumberFormats
{
    /// <summary>The shape of a built-in format id (ECMA-376 18.8.30; 27–36 and 50–58 as zh-CN defines them).</summary>
    public static NumberShape BuiltIn(uint id) => id switch
    {
        9 or 10 => NumberShape.Percent,
        14 or 15 or 16 or 22 or 30 or 31 => NumberShape.Date,
        17 or 27 or 36 or 50 or 52 or 57 => NumberShape.DateWithoutDay,
        28 or 29 or 51 or 53 or 54 or 58 => NumberShape.Date,
        _ => NumberShape.Plain,
    };

    /// <summary>
    /// The shape of a custom format code: quoted text, escaped characters, colours and locales (<c>[Red]</c>,
    /// <c>[$-804]</c>) are not format tokens; <c>y</c> or <c>d</c> make a date, <c>m</c> without <c>h</c>
    /// or <c>s</c> a month; a date without <c>d</c> shows no day; <c>%</c> a percentage. Time-only formats
    /// are plain numbers here: registries do not deliver times of day as facts.
    /// </summary>
    public static NumberShape Custom(string code)
    {
        bool year = false, month = false, day = false, time = false, percent = false;
        for (var i = 0; i < code.Length; i++)
        {
            switch (code[i])
            {
                case '"':
                    i = code.IndexOf('"', i + 1) is var close and >= 0 ? close : code.Length;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case '[':
                    // [h] and [mm] are elapsed time; other brackets are colours, conditions and locales.
                    var end = code.IndexOf(']', i + 1);
                    var inside = end < 0 ? string.Empty : code[(i + 1)..end];
                    time |= inside.Length > 0 && inside.Trim('h', 'H', 'm', 'M', 's', 'S').Length == 0;
                    i = end < 0 ? code.Length : end;
                    break;
                case ';':
                    // Only the first section (positive numbers) decides.
                    i = code.Length;
                    break;
                case 'y' or 'Y':
                    year = true;
                    break;
                case 'm' or 'M':
                    month = true;
                    break;
                case 'd' or 'D':
                    day = true;
                    break;
                case 'h' or 'H' or 's' or 'S':
                    time = true;
                    break;
                case '%':
                    percent = true;
                    break;
            }
        }

        if (year || day || (month && !time))
        {
            return day ? NumberShape.Date : NumberShape.DateWithoutDay;
        }

        return percent ? NumberShape.Percent : NumberShape.Plain;
    }
}
