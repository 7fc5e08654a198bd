using System.Text;
using Qingdan.Graph.Ingest.Sheets;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Ingest.Tests.Sheets;

// Alone: the heap measured by the streaming test is the process's, so no other test class runs beside it.
[Collection(nameof(XlsxSheetTests))]
public sealed class XlsxSheetTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("qingdan-xlsx-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Cells_read_as_the_sheet_shows_them()
    {
        var path = Save(new XlsxBuilder().Sheet("S").Row(
            1,
            12345678901d,
            0.30000000000000004,
            1e20,
            XlsxCell.Number(1234.5, "#,##0.00"),
            XlsxCell.Number(0.35, "0%"),
            XlsxCell.Date(new DateOnly(1968, 10, 5)),
            XlsxCell.Date(new DateOnly(1968, 10, 1), "yyyy.mm"),
            true,
            XlsxCell.Inline("  内联 "),
            "共享",
            440802196803150017d,
            7d));

        var cells = Assert.Single(Rows(path)).Cells;

        Assert.Equal(
            ["12345678901", "0.3", "100000000000000000000", "1234.5", "35%", "1968-10-05", "1968-10-01", "TRUE", "  内联 ", "共享", "440802196803150000", "7"],
            cells.Select(c => c.Text));
        Assert.Equal((CellKind.Date, true), (cells[5].Kind, cells[5].DateShowsDay));
        Assert.Equal((CellKind.Date, false), (cells[6].Kind, cells[6].DateShowsDay));
        Assert.Equal(CellKind.Number, cells[4].Kind);
    }

    [Fact]
    public void A_formula_gives_its_cached_value_and_one_saved_without_a_value_is_marked()
    {
        var path = Save(new XlsxBuilder().Sheet("S").Row(
            1,
            XlsxCell.Formula("A2&\"\"", "王建国"),
            XlsxCell.Formula("SUM(A1:A9)", cached: null),
            XlsxCell.Error("#N/A"),
            XlsxCell.Styled("0.00")));

        var cells = Assert.Single(Rows(path)).Cells;

        Assert.Equal((CellKind.Text, "王建国"), (cells[0].Kind, cells[0].Text));
        Assert.Equal(CellKind.NoCachedValue, cells[1].Kind);
        Assert.Equal((CellKind.Error, "#N/A"), (cells[2].Kind, cells[2].Text));
        Assert.True(cells[3].IsEmpty);
    }

    [Fact]
    public void Phonetic_guides_are_not_part_of_a_string()
    {
        var path = Save(new XlsxBuilder().Sheet(
            "S").Row(1, XlsxCell.Raw("""<c r="{r}" t="inlineStr"><is><r><t>王</t></r><r><t xml:space="preserve">建国 </t></r><rPh sb="0" eb="1"><t>ワン</t></rPh></is></c>""")));

        Assert.Equal("王建国 ", Assert.Single(Rows(path)).Cells[0].Text);
    }

    [Fact]
    public void Merged_cells_take_the_value_of_their_range_and_rows_keep_their_numbers()
    {
        var path = Save(new XlsxBuilder().Sheet("家庭成员")
            .Row(1, "湛江市干部家庭成员登记表")
            .Row(3, "干部姓名", "称谓", "家属姓名")
            .Row(4, "王建国", "配偶", "李秀英")
            .Row(5, null, "儿子", "王小明")
            .Row(7, "张伟", "女儿", "张丽")
            .Merge("A1:C1")
            .Merge("A4:A5"));

        var rows = Rows(path);

        Assert.Equal([1, 3, 4, 5, 7], rows.Select(r => r.Number));
        Assert.Equal(["湛江市干部家庭成员登记表", "湛江市干部家庭成员登记表", "湛江市干部家庭成员登记表"], rows[0].Cells.Select(c => c.Text));
        Assert.Equal("王建国", rows[3].Cells[0].Text);
        Assert.Equal("张伟", rows[4].Cells[0].Text);
        Assert.Equal("A4:A5", XlsxSheet.Open(path, null).MergeAt(5, 0));
    }

    [Fact]
    public void A_sheet_is_chosen_by_name_or_number_and_a_missing_one_lists_the_sheets()
    {
        var path = Save(new XlsxBuilder().Sheet("干部信息").Row(1, "a").Sheet("家庭成员").Row(1, "b"));

        Assert.Equal("b", Rows(path, "家庭成员")[0].Cells[0].Text);
        Assert.Equal("b", Rows(path, "2")[0].Cells[0].Text);
        Assert.Equal("a", Rows(path, null)[0].Cells[0].Text);
        Assert.Equal("book.xlsx!家庭成员", XlsxSheet.Open(path, "家庭成员").Location);
        var missing = Assert.Throws<SheetException>(() => XlsxSheet.Open(path, "特定关系人"));
        Assert.Equal("book.xlsx: has no sheet '特定关系人': its sheets are 1 '干部信息', 2 '家庭成员'", missing.Message);
    }

    [Fact]
    public void Day_numbers_follow_the_workbooks_date_system()
    {
        var book = new XlsxBuilder { Date1904 = true }.Sheet("S")
            .Row(1, XlsxCell.Number(0, "yyyy-mm-dd"), XlsxCell.Number(23697, "yyyy-mm-dd"));

        Assert.Equal(["1904-01-01", "1968-11-17"], Rows(Save(book)).Single().Cells.Select(c => c.Text));
        Assert.Equal(new DateOnly(1900, 2, 28), XlsxSheet.ExcelDay(59, date1904: false));
        Assert.Equal(new DateOnly(1900, 3, 1), XlsxSheet.ExcelDay(61, date1904: false));
        Assert.Equal(new DateOnly(1968, 10, 5), XlsxSheet.ExcelDay(25116.75, date1904: false));
    }

    [Fact]
    public void A_csv_file_renamed_xlsx_is_not_a_workbook()
    {
        var path = Path.Combine(_folder, "股东.xlsx");
        File.WriteAllText(path, "股东名称,持股比例\n王建国,35%\n");

        var error = Assert.Throws<SheetException>(() => XlsxSheet.Open(path, null));

        Assert.Equal(
            "股东.xlsx: is not a workbook but a text file (a CSV file renamed .xlsx?): give it its .csv name, or save it from Excel as .xlsx",
            error.Message);
    }

    [Fact]
    public void A_truncated_workbook_is_not_readable()
    {
        var bytes = new XlsxBuilder().Sheet("S").Row(1, "a").ToBytes();
        var path = Path.Combine(_folder, "cut.xlsx");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var error = Assert.Throws<SheetException>(() => XlsxSheet.Open(path, null));

        Assert.StartsWith("cut.xlsx: is not a readable workbook (damaged or truncated?): ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_password_protected_workbook_says_so()
    {
        // An encrypted .xlsx is a compound file (MS-CFB) whose directory holds the EncryptionInfo and EncryptedPackage streams.
        var path = Path.Combine(_folder, "locked.xlsx");
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(bytes, 1024);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(bytes, 1152);
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<SheetException>(() => XlsxSheet.Open(path, null));

        Assert.StartsWith("locked.xlsx: is a password-protected (encrypted) workbook", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_xls_workbook_is_named_as_such()
    {
        var path = Path.Combine(_folder, "old.xls");
        File.WriteAllBytes(path, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]);

        var error = Assert.Throws<SheetException>(() => SheetSource.Open(path, null, "utf-8"));

        Assert.Contains("(.xls) is not read: save it as .xlsx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sheet_of_the_most_rows_excel_holds_is_streamed_in_bounded_memory()
    {
        const int rows = 1_048_575;
        var path = Path.Combine(_folder, "full.xlsx");
        XlsxBuilder.WriteLarge(path, "全表", ["编号", "姓名"], rows, i => [(double)i, i % 2 == 0 ? "王建国" : "李秀英"]);
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var sheet = XlsxSheet.Open(path, null);
        var count = 0;
        long highest = 0;
        var last = 0;
        foreach (var row in sheet.ReadRows(CancellationToken.None))
        {
            count++;
            last = row.Number;
            if (count % 65536 == 0)
            {
                // What is held, not what is garbage yet: the reader must not keep rows, whatever the collector's timing.
                highest = Math.Max(highest, GC.GetTotalMemory(forceFullCollection: true) - before);
            }
        }

        Assert.Equal((rows + 1, 1_048_576), (count, last));
        Assert.Equal(rows + 1, sheet.EstimatedRows);
        Assert.True(highest < 64L << 20, $"the heap grew by {highest >> 20} MB while reading");
    }

    private string Save(XlsxBuilder book, string name = "book.xlsx")
    {
        var path = Path.Combine(_folder, name);
        book.Save(path);
        return path;
    }

    private static List<SheetRow> Rows(string path, string? sheet = null)
        => XlsxSheet.Open(path, sheet).ReadRows(CancellationToken.None).ToList();
}

/// <summary>The sheet tests run with no other test class beside them (their memory test reads the process's heap).</summary>
[CollectionDefinition(nameof(XlsxSheetTests), DisableParallelization = true)]
public sealed class XlsxSheetTestsCollection;
