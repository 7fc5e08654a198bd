using Qingdan.Graph.Ingest.Csv;

namespace Qingdan.Graph.Ingest.Tests;

public sealed class FieldParsersTests
{
    [Theory]
    [InlineData("2024-05-20")]
    [InlineData("2024/05/20")]
    [InlineData("20240520")]
    [InlineData("2024年5月20日")]
    [InlineData(" 2024-5-20 ")]
    public void Every_accepted_date_form_reads_as_the_same_day(string text)
    {
        Assert.True(FieldParsers.TryParseDate(text, out var day));
        Assert.Equal(new DateOnly(2024, 5, 20), day);
    }

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("2024年13月1日")]
    [InlineData("yesterday")]
    [InlineData("20-05-2024")]
    public void Impossible_or_foreign_dates_are_not_read(string text) => Assert.False(FieldParsers.TryParseDate(text, out _));

    [Theory]
    [InlineData("true", true)]
    [InlineData("1", true)]
    [InlineData("是", true)]
    [InlineData("Y", true)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    [InlineData("否", false)]
    [InlineData("n", false)]
    public void Boolean_forms(string text, bool expected)
    {
        Assert.True(FieldParsers.TryParseBool(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("35", 0.35)]
    [InlineData("35.5%", 0.355)]
    [InlineData("0", 0.0)]
    [InlineData("100", 1.0)]
    public void Shares_are_percentages_read_as_fractions(string text, double fraction)
    {
        Assert.True(FieldParsers.TryParseShare(text, out var value, out _));
        Assert.Equal(fraction, value, 12);
    }

    [Theory]
    [InlineData("140", "share 140 is outside 0–100")]
    [InlineData("-1", "share -1 is outside 0–100")]
    [InlineData("half", "share 'half' is not a number")]
    public void Shares_outside_the_range_are_refused_with_the_reason(string text, string reason)
    {
        Assert.False(FieldParsers.TryParseShare(text, out _, out var problem));
        Assert.Equal(reason, problem);
    }

    [Theory]
    [InlineData("1,234,567.89", "1234567.89")]
    [InlineData("¥200000", "200000")]
    [InlineData("42", "42")]
    public void Amounts_allow_thousands_separators(string text, string expected)
    {
        Assert.True(FieldParsers.TryParseAmount(text, out var amount));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), amount);
    }
}
