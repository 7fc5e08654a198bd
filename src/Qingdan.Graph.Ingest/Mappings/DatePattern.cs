using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Ingest.Csv;
using Qingdan.Graph.Ingest.Sheets;

namespace Qingdan.Graph.Ingest.Mappings;

/// <summary>
/// <c>date: auto</c> or <c>date: PATTERN</c> (mapping.md "Values"): reads a cell as a day
/// (<c>YYYY-MM-DD</c>) or, for a pattern without a day, as a month (<c>YYYY-MM</c>, a partial date).
/// Patterns use <c>yyyy MM M dd d</c>; every other character stands for itself.
/// </summary>
internal sealed partial class DatePattern
{
    public static readonly DatePattern Auto = new("auto", null, hasDay: true);

    private readonly Regex? _regex;

    private DatePattern(string text, Regex? regex, bool hasDay)
    {
        Text = text;
        _regex = regex;
        HasDay = hasDay;
    }

    public string Text { get; }

    /// <summary>False for a pattern without a day, which reads months.</summary>
    public bool HasDay { get; }

    /// <summary>The pattern for a <c>date:</c> value; null with the reason when it is not one.</summary>
    public static DatePattern? Parse(string pattern, out string? problem)
    {
        problem = null;
        if (pattern.Trim().Equals("auto", StringComparison.OrdinalIgnoreCase))
        {
            return Auto;
        }

        var regex = new StringBuilder("^");
        bool year = false, month = false, day = false;
        for (var i = 0; i < pattern.Length;)
        {
            var c = pattern[i];
            var run = 1;
            while (i + run < pattern.Length && pattern[i + run] == c)
            {
                run++;
            }

            switch (c)
            {
                case 'y' when run == 4:
                    regex.Append(@"(?<y>\d{4})");
                    year = true;
                    break;
                case 'M' when run is 1 or 2:
                    regex.Append(run == 2 ? @"(?<M>\d{2})" : @"(?<M>\d{1,2})");
                    month = true;
                    break;
                case 'd' when run is 1 or 2:
                    regex.Append(run == 2 ? @"(?<d>\d{2})" : @"(?<d>\d{1,2})");
                    day = true;
                    break;
                case 'y' or 'M' or 'd':
                    problem = $"date pattern '{pattern}': '{new string(c, run)}' is not a token (patterns use yyyy, MM, M, dd, d)";
                    return null;
                case var letter when char.IsAsciiLetter(letter):
                    problem = $"date pattern '{pattern}': '{new string(c, run)}' is not a token (patterns use yyyy, MM, M, dd, d; a time " +
                        "of day is not read)";
                    return null;
                default:
                    regex.Append(Regex.Escape(new string(c, run)));
                    break;
            }

            i += run;
        }

        if (!year || !month)
        {
            problem = $"date pattern '{pattern}' needs a year (yyyy) and a month (MM or M)";
            return null;
        }

        return new DatePattern(
            pattern,
            new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
            day);
    }

    /// <summary>The cell as <c>YYYY-MM-DD</c> or <c>YYYY-MM</c>; null with the reason when it is not a date in this form.</summary>
    public string? Read(SheetCell cell, string text, out string? problem)
    {
        problem = null;
        if (cell.Kind == CellKind.Date)
        {
            // A date cell holds its day; a pattern without a day, or a format showing none, makes it a month.
            return HasDay && (cell.DateShowsDay || _regex is not null) ? Day(cell.Date) : YearMonth.Of(cell.Date).ToString();
        }

        return _regex is null ? ReadAuto(cell, text, out problem) : ReadPattern(text, out problem);
    }

    private string? ReadPattern(string text, out string? problem)
    {
        problem = null;
        var match = _regex!.Match(text.Trim());
        if (match.Success
            && MakeDate(match.Groups["y"].Value, match.Groups["M"].Value, HasDay ? match.Groups["d"].Value : null) is { } date)
        {
            return date;
        }

        problem = $"'{text}' does not match the date pattern {Text}";
        return null;
    }

    private static string? ReadAuto(SheetCell cell, string text, out string? problem)
    {
        problem = null;
        var trimmed = text.Trim();
        if (cell.Kind == CellKind.Number && Math.Floor(cell.Number) == cell.Number)
        {
            if (cell.Number is >= 10000000 and <= 99991231 && FieldParsers.TryParseDate(trimmed, out var compact))
            {
                return Day(compact);
            }

            if (XlsxSheet.ExcelDay(cell.Number, date1904: false) is { } serial)
            {
                return Day(serial);
            }
        }

        var withoutTime = trimmed.Contains(':', StringComparison.Ordinal) ? TimeOfDay().Replace(trimmed, string.Empty) : trimmed;
        if (Digits(withoutTime) is { } quick)
        {
            return quick;
        }

        if (FieldParsers.TryParseDate(withoutTime, out var day))
        {
            return Day(day);
        }

        if (DottedDay().Match(withoutTime) is { Success: true } dotted
            && MakeDate(dotted.Groups[1].Value, dotted.Groups[2].Value, dotted.Groups[3].Value) is { } fromDots)
        {
            return fromDots;
        }

        if (Month().Match(withoutTime) is { Success: true } month
            && MakeDate(month.Groups[1].Value, month.Groups[2].Value, null) is { } fromMonth)
        {
            return fromMonth;
        }

        if (withoutTime.Length == 5 && int.TryParse(withoutTime, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && XlsxSheet.ExcelDay(number, date1904: false) is { } fromNumber)
        {
            return Day(fromNumber);
        }

        problem = $"'{text}' is not a date (auto reads YYYY-MM-DD, YYYY/MM/DD, YYYYMMDD, YYYY年M月D日, YYYY.M.D, YYYY-M-D, Excel day " +
            "numbers and date cells, and months written YYYY.M, YYYY-M, YYYY/M or YYYY年M月)";
        return null;
    }

    /// <summary>
    /// The forms nearly every delivered date takes — <c>19681005</c>, and a four-digit year, a month and
    /// maybe a day separated by <c>. - /</c> or written <c>年 月 日</c> — read without regexes or the
    /// culture's parser (they were most of a mapped row's cost); null for anything else.
    /// </summary>
    private static string? Digits(string text)
    {
        Span<int> parts = stackalloc int[3];
        var count = 0;
        var digits = 0;
        var value = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : '\0';
            if (char.IsAsciiDigit(c))
            {
                value = (value * 10) + (c - '0');
                if (++digits > (count == 0 ? 8 : 2))
                {
                    return null;
                }

                continue;
            }

            if (digits == 0)
            {
                return null;
            }

            if (count == 0 && digits == 8 && i == text.Length)
            {
                return Made(value / 10000, value / 100 % 100, value % 100);
            }

            if ((count == 0 && digits != 4) || count == 3)
            {
                return null;
            }

            parts[count++] = value;
            (value, digits) = (0, 0);
            if (i == text.Length || (i == text.Length - 1 && c is '日' or '月'))
            {
                break;
            }

            if (c is not ('.' or '-' or '/' or '年' or '月' or '．'))
            {
                return null;
            }
        }

        return count switch
        {
            2 => parts[1] is >= 1 and <= 12 ? new YearMonth(parts[0], parts[1]).ToString() : null,
            3 => Made(parts[0], parts[1], parts[2]),
            _ => null,
        };

        static string? Made(int y, int m, int d) =>
            y >= 1 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? Day(new DateOnly(y, m, d)) : null;
    }

    private static string? MakeDate(string year, string month, string? day)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        if (y < 1 || m is < 1 or > 12)
        {
            return null;
        }

        if (day is null)
        {
            return new YearMonth(y, m).ToString();
        }

        var d = int.Parse(day, CultureInfo.InvariantCulture);
        return d >= 1 && d <= DateTime.DaysInMonth(y, m) ? Day(new DateOnly(y, m, d)) : null;
    }

    // The text of each day from 1900 to 2099, made once when first asked for: delivered files repeat days
    // (births, postings), and a day's text was a large share of a mapped row's allocations.
    private static readonly string?[] DayTexts = new string?[73_049];
    private static readonly int FirstDayNumber = new DateOnly(1900, 1, 1).DayNumber;

    private static string Day(DateOnly day)
    {
        var slot = day.DayNumber - FirstDayNumber;
        if ((uint)slot >= (uint)DayTexts.Length)
        {
            return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return DayTexts[slot] ??= day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"^(\d{4})\s*[.．]\s*(\d{1,2})\s*[.．]\s*(\d{1,2})$")]
    private static partial Regex DottedDay();

    [GeneratedRegex(@"^(\d{4})\s*(?:[.．/\-]|年)\s*(\d{1,2})\s*月?$")]
    private static partial Regex Month();
}
