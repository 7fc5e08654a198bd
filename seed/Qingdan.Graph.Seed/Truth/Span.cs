namespace Qingdan.Graph.Seed.Truth;

/// <summary>An inclusive interval of day numbers; an open end is the far past or the far future.</summary>
internal readonly record struct Span(int Start, int End)
{
    public static readonly Span Always = new(int.MinValue, int.MaxValue);

    public static Span Of(DateOnly? start, DateOnly? end) => new(start?.DayNumber ?? int.MinValue, end?.DayNumber ?? int.MaxValue);

    public bool Contains(int day) => Start <= day && day <= End;

    public Span? Intersect(Span other)
    {
        var start = Math.Max(Start, other.Start);
        var end = Math.Min(End, other.End);
        return start <= end ? new Span(start, end) : null;
    }
}
