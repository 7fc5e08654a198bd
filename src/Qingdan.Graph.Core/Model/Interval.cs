namespace Qingdan.Graph.Core.Model;

/// <summary>
/// A validity interval of calendar days, both ends inclusive (RULES "Time"); an empty start is the
/// distant past, an empty end is "still valid".
/// </summary>
public readonly record struct Interval
{
    /// <summary>Creates an interval; the start may not lie after the end.</summary>
    public Interval(DateOnly? start, DateOnly? end)
    {
        if (start is { } s && end is { } e && s > e)
        {
            throw new ArgumentException($"An interval cannot end ({e:yyyy-MM-dd}) before it starts ({s:yyyy-MM-dd}).", nameof(end));
        }

        Start = start;
        End = end;
    }

    /// <summary>The interval open at both ends.</summary>
    public static Interval Always => default;

    /// <summary>The first day, or null for the distant past.</summary>
    public DateOnly? Start { get; }

    /// <summary>The last day, or null for still valid.</summary>
    public DateOnly? End { get; }

    /// <summary>True when <paramref name="day"/> lies inside the interval.</summary>
    public bool Contains(DateOnly day) => (Start is null || Start <= day) && (End is null || day <= End);

    /// <summary>True when the two intervals share at least one day.</summary>
    public bool Overlaps(Interval other) =>
        (Start is null || other.End is null || Start <= other.End) &&
        (other.Start is null || End is null || other.Start <= End);

    /// <summary>The days both intervals share, or null when they share none.</summary>
    public Interval? Intersect(Interval other)
    {
        if (!Overlaps(other))
        {
            return null;
        }

        var start = Start is null ? other.Start : other.Start is null ? Start : Max(Start.Value, other.Start.Value);
        var end = End is null ? other.End : other.End is null ? End : Min(End.Value, other.End.Value);
        return new Interval(start, end);
    }

    /// <inheritdoc />
    public override string ToString() => $"[{Start?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "…"}, " +
        $"{End?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "…"}]";

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
