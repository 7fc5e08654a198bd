using Qingdan.Graph.Ingest.Mappings;
using Qingdan.Graph.Ingest.Sheets;

namespace Qingdan.Graph.Ingest.Tests.Mappings;

/// <summary>mapping.md "Values": how <c>date</c>, <c>amount</c> and <c>share</c> read a cell.</summary>
public sealed class ValueReadingTests
{
    [Theory]
    [InlineData("1968-10-05", "1968-10-05")]
    [InlineData("1968/10/05", "1968-10-05")]
    [InlineData("19681005", "1968-10-05")]
    [InlineData("1968年10月5日", "1968-10-05")]
    [InlineData("1968.10.5", "1968-10-05")]
    [InlineData("1968-1-5", "1968-01-05")]
    [InlineData("2021-05-06 14:23:11", "2021-05-06")]
    [InlineData("25116", "1968-10-05")]
    [InlineData("1968.10", "1968-10")]
    [InlineData("1968年10月", "1968-10")]
    [InlineData("1968-10", "1968-10")]
    public void Auto_reads_the_bundles_forms_dotted_days_day_numbers_and_months(string text, string expected)
    {
        Assert.Equal(expected, DatePattern.Auto.Read(SheetCell.FromText(text), text, out var problem));
        Assert.Null(problem);
    }

    [Fact]
    public void Auto_reads_date_cells_day_numbers_and_compact_numbers()
    {
        var day = new DateOnly(1968, 10, 5);

        Assert.Equal("1968-10-05", DatePattern.Auto.Read(SheetCell.FromDate(day, showsDay: true), "1968-10-05", out _));
        Assert.Equal("1968-10", DatePattern.Auto.Read(SheetCell.FromDate(day, showsDay: false), "1968-10-05", out _));
        Assert.Equal("1968-10-05", DatePattern.Auto.Read(SheetCell.FromNumber(25116, percent: false), "25116", out _));
        Assert.Equal("1968-10-05", DatePattern.Auto.Read(SheetCell.FromNumber(19681005, percent: false), "19681005", out _));
    }

    [Fact]
    public void Auto_says_what_it_reads_when_it_cannot()
    {
        Assert.Null(DatePattern.Auto.Read(SheetCell.FromText("去年"), "去年", out var problem));
        Assert.StartsWith("'去年' is not a date (auto reads YYYY-MM-DD,", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yyyy.MM", "1968.10", "1968-10")]
    [InlineData("yyyy年M月", "1968年3月", "1968-03")]
    [InlineData("yyyyMMdd", "19681005", "1968-10-05")]
    [InlineData("d/M/yyyy", "5/10/1968", "1968-10-05")]
    [InlineData("yyyy-MM-dd", "1968-10-05", "1968-10-05")]
    public void A_pattern_reads_its_form_and_a_pattern_without_a_day_gives_a_month(string pattern, string text, string expected)
    {
        var date = DatePattern.Parse(pattern, out var parseProblem)!;

        Assert.Null(parseProblem);
        Assert.Equal(expected, date.Read(SheetCell.FromText(text), text, out var problem));
        Assert.Null(problem);
    }

    [Fact]
    public void A_pattern_refuses_other_forms_and_impossible_days()
    {
        var date = DatePattern.Parse("yyyy.MM.dd", out _)!;

        Assert.Null(date.Read(SheetCell.FromText("1968/10/05"), "1968/10/05", out var problem));
        Assert.Equal("'1968/10/05' does not match the date pattern yyyy.MM.dd", problem);
        Assert.Null(date.Read(SheetCell.FromText("1968.02.30"), "1968.02.30", out _));
    }

    [Fact]
    public void A_date_cell_read_through_a_pattern_without_a_day_is_its_month()
    {
        var date = DatePattern.Parse("yyyy.MM", out _)!;

        Assert.Equal("1968-10", date.Read(SheetCell.FromDate(new DateOnly(1968, 10, 1), showsDay: true), "1968-10-01", out _));
    }

    [Theory]
    [InlineData("12.5万元", "auto", "125000")]
    [InlineData("3亿", "auto", "300000000")]
    [InlineData("1,280.50", "auto", "1280.5")]
    [InlineData("¥1,280.50元", "元", "1280.5")]
    [InlineData("175", "万元", "1750000")]
    [InlineData("1.5", "亿元", "150000000")]
    [InlineData("(500.00)", "auto", "-500")]
    [InlineData("2万", "元", "20000")]
    public void Amounts_are_read_in_yuan(string text, string unit, string expected)
    {
        var parsed = unit switch
        {
            "元" => AmountUnit.Yuan,
            "万元" => AmountUnit.TenThousand,
            "亿元" => AmountUnit.HundredMillion,
            _ => AmountUnit.Auto,
        };

        Assert.Equal(expected, Quantities.Amount(SheetCell.FromText(text), text, parsed, out var problem));
        Assert.Null(problem);
    }

    [Fact]
    public void A_number_cell_is_an_amount_in_the_columns_unit()
    {
        Assert.Equal("125000", Quantities.Amount(SheetCell.FromNumber(12.5, percent: false), "12.5", AmountUnit.TenThousand, out _));
        Assert.Null(Quantities.Amount(SheetCell.FromText("若干"), "若干", AmountUnit.Auto, out var problem));
        Assert.Equal("'若干' is not an amount", problem);
    }

    [Theory]
    [InlineData("35%", false, "35")]
    [InlineData("35", false, "35")]
    [InlineData("35.5％", false, "35.5")]
    [InlineData("0.35", true, "35")]
    [InlineData("35%", true, "35")]
    public void Shares_become_the_bundles_percentages(string text, bool fraction, string expected)
    {
        Assert.Equal(expected, Quantities.Share(SheetCell.FromText(text), text, fraction, out var problem));
        Assert.Null(problem);
    }

    [Fact]
    public void A_fraction_above_one_is_refused_and_a_percent_cell_reads_as_shown()
    {
        Assert.Null(Quantities.Share(SheetCell.FromText("35"), "35", fraction: true, out var problem));
        Assert.Equal("'35' is not a fraction between 0 and 1 (share: fraction; write share: percent for 0–100)", problem);
        var percentCell = SheetCell.FromNumber(0.35, percent: true);
        Assert.Equal("35", Quantities.Share(percentCell, percentCell.Text!, fraction: false, out _));
    }
}
