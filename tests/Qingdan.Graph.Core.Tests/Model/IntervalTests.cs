using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Tests.Model;

public sealed class IntervalTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Both_ends_are_inclusive()
    {
        var interval = new Interval(D("2020-01-01"), D("2020-12-31"));

        Assert.True(interval.Contains(D("2020-01-01")));
        Assert.True(interval.Contains(D("2020-12-31")));
        Assert.False(interval.Contains(D("2019-12-31")));
        Assert.False(interval.Contains(D("2021-01-01")));
    }

    [Fact]
    public void Open_ends_reach_the_distant_past_and_still_valid()
    {
        Assert.True(Interval.Always.Contains(DateOnly.MinValue));
        Assert.True(new Interval(null, D("2000-01-01")).Contains(D("1900-01-01")));
        Assert.True(new Interval(D("2000-01-01"), null).Contains(D("2999-01-01")));
    }

    [Fact]
    public void Intervals_sharing_one_day_overlap()
    {
        var a = new Interval(D("2020-01-01"), D("2020-06-30"));
        var b = new Interval(D("2020-06-30"), null);

        Assert.True(a.Overlaps(b));
        Assert.Equal(new Interval(D("2020-06-30"), D("2020-06-30")), a.Intersect(b));
    }

    [Fact]
    public void Intervals_that_touch_without_sharing_a_day_do_not_overlap()
    {
        var a = new Interval(D("2020-01-01"), D("2020-06-30"));
        var b = new Interval(D("2020-07-01"), null);

        Assert.False(a.Overlaps(b));
        Assert.False(b.Overlaps(a));
        Assert.Null(a.Intersect(b));
    }

    [Fact]
    public void An_interval_cannot_end_before_it_starts()
    {
        var error = Assert.Throws<ArgumentException>(() => new Interval(D("2020-02-01"), D("2020-01-01")));

        Assert.Contains("2020-01-01", error.Message, StringComparison.Ordinal);
    }
}
