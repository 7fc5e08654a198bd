namespace Qingdan.Graph.Core.Graph;

/// <summary>Calendar days as the snapshot holds them: day numbers, with the open ends as the extremes of int.</summary>
public static class Days
{
    public const int DistantPast = int.MinValue;
    public const int StillValid = int.MaxValue;

    public static int Start(DateOnly? day) => day?.DayNumber ?? DistantPast;

    public static int End(DateOnly? day) => day?.DayNumber ?? StillValid;

    public static DateOnly? ToDate(int day) => day is DistantPast or StillValid ? null : DateOnly.FromDayNumber(day);
}
