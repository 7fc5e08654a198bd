using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Qingdan.Graph.Core.Model;

/// <summary>
/// A partial date: a month without its day (<c>1968-10</c>), as registries publish birth months and
/// the months of marriages and posts. Kept as published; as an interval's start it stands for the first
/// day of the month, as its end for the last (mapping.md "Partial dates").
/// </summary>
public readonly record struct YearMonth
{
    public YearMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        Year = year;
        Month = month;
    }

    public int Year { get; }

    public int Month { get; }

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => new(Year, Month, DateTime.DaysInMonth(Year, Month));

    /// <summary>The month a day falls in.</summary>
    public static YearMonth Of(DateOnly day) => new(day.Year, day.Month);

    /// <summary>True when the day falls in this month.</summary>
    public bool Contains(DateOnly day) => day.Year == Year && day.Month == Month;

    /// <summary>Reads <c>YYYY-MM</c> (the form a partial date is stored and published in).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out YearMonth value)
    {
        value = default;
        if (text is not { Length: 7 } || text[4] != '-' ||
            !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ||
            !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) ||
            year < 1 || month is < 1 or > 12)
        {
            return false;
        }

        value = new YearMonth(year, month);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}");
}
