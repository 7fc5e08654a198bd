namespace Qingdan.Graph.Ingest.Sheets;

/// <summary>
/// A delivered table's rows: a CSV file, or one sheet of an <c>.xlsx</c> workbook. Each call to
/// <see cref="ReadRows"/> reads the file afresh from its start, streamed.
/// </summary>
internal abstract class SheetSource
{
    /// <summary>How provenance and messages name the table: <c>股东.csv</c>, <c>家庭成员.xlsx!家庭成员</c>.</summary>
    public abstract string Location { get; }

    /// <summary>About how many rows the table has, known before reading it (for progress and the large-load decision).</summary>
    public abstract long EstimatedRows { get; }

    /// <summary>The rows that hold anything, in order, with their numbers.</summary>
    public abstract IEnumerable<SheetRow> ReadRows(CancellationToken cancellationToken);

    /// <summary>
    /// Opens a delivered file: a workbook (<c>.xlsx</c>, <c>.xlsm</c>) by its sheet, anything else as CSV
    /// in <paramref name="encoding"/>. Throws <see cref="SheetException"/> for a file that cannot be read as
    /// what it claims to be.
    /// </summary>
    public static SheetSource Open(string path, string? sheet, string encoding)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".xlsx" or ".xlsm")
        {
            return XlsxSheet.Open(path, sheet);
        }

        if (extension == ".xls")
        {
            throw new SheetException(
                Path.GetFileName(path),
                "an Excel 97–2003 workbook (.xls) is not read: save it as .xlsx (Excel: File → Save As → Excel Workbook)");
        }

        if (sheet is not null)
        {
            throw new SheetException(Path.GetFileName(path), $"is not a workbook, so it has no sheet '{sheet}': a CSV file is one table");
        }

        return new CsvSheet(path, encoding);
    }
}
