using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Qingdan.Graph.Server.Api.Files;

/// <summary>
/// Rows of cells as a download, shared by the case list and saved reports: CSV is RFC 4180 (CRLF, quoted as needed) after a
/// UTF-8 BOM so that Excel reads the Chinese; .xlsx is written with the Open XML SDK, one sheet per table, every text an inline
/// string cell (never a formula) and every number (int, long, decimal, double) a number cell.
/// </summary>
internal static class SheetFile
{
    /// <summary>The longest sheet name Excel accepts.</summary>
    public const int MaxSheetName = 31;

    public static async Task WriteCsvAsync(Stream output, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        foreach (var row in rows)
        {
            await writer.WriteAsync(string.Join(',', row.Select(Csv)).AsMemory(), cancellationToken);
            await writer.WriteAsync("\r\n".AsMemory(), cancellationToken);
        }
    }

    /// <summary>A CSV field: a text that a spreadsheet would run as a formula (starting with = + - @, or a tab or carriage
    /// return before one) gets a leading apostrophe (OWASP's advice); quoted when it holds a comma, quote or line break.
    /// Numbers are written as they are, negative ones included.</summary>
    public static string Csv(object? value)
    {
        if (Number(value) is { } number)
        {
            return number;
        }

        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    /// <summary>The sheets as a workbook, in order; sheet names are cut to 31 characters and made unique.</summary>
    public static void WriteXlsx(Stream output, IEnumerable<(string Name, IEnumerable<object?[]> Rows)> sheets)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var list = new Sheets();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var id = 0u;
        foreach (var (name, rows) in sheets)
        {
            id++;
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            WriteSheet(sheetPart, rows);
            list.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = id, Name = Unique(name, id, names) });
        }

        if (id == 0)
        {
            var empty = workbook.AddNewPart<WorksheetPart>();
            WriteSheet(empty, []);
            list.Append(new Sheet { Id = workbook.GetIdOfPart(empty), SheetId = 1, Name = "Sheet1" });
        }

        workbook.Workbook = new Workbook(list);
        workbook.Workbook.Save();
    }

    private static void WriteSheet(WorksheetPart sheetPart, IEnumerable<object?[]> rows)
    {
        using var writer = OpenXmlWriter.Create(sheetPart);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetData());
        var index = 0u;
        foreach (var row in rows)
        {
            index++;
            writer.WriteStartElement(new Row { RowIndex = index });
            foreach (var value in row)
            {
                writer.WriteElement(Number(value) is { } number
                    ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(number) }
                    : new Cell
                    {
                        DataType = CellValues.InlineString,
                        InlineString = new InlineString(new Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty)
                        {
                            Space = SpaceProcessingModeValues.Preserve,
                        }),
                    });
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    // Excel refuses : \ / ? * [ ] in sheet names, and two sheets of one name.
    private static string Unique(string name, uint id, HashSet<string> taken)
    {
        var clean = new string([.. name.Select(ch => ch is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? '_' : ch)]);
        clean = clean.Length == 0 ? $"Sheet{id}" : clean;
        var candidate = clean.Length > MaxSheetName ? clean[..MaxSheetName] : clean;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            var suffix = $"~{n}";
            candidate = (clean.Length + suffix.Length > MaxSheetName ? clean[..(MaxSheetName - suffix.Length)] : clean) + suffix;
        }

        return candidate;
    }

    private static string? Number(object? value) => value switch
    {
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        double d when double.IsFinite(d) => d.ToString("R", CultureInfo.InvariantCulture),
        _ => null,
    };
}
