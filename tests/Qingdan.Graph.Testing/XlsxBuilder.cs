using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace Qingdan.Graph.Testing;

/// <summary>
/// Writes an <c>.xlsx</c> workbook for a test, part by part, so that a test can hold any cell a real
/// workbook holds: shared and inline strings, numbers in any number format, booleans, error values,
/// formulas with or without their cached value, merged ranges, the 1904 date system.
/// </summary>
public sealed class XlsxBuilder
{
    private readonly List<(string Name, List<(int Row, object?[] Cells)> Rows, List<string> Merges)> _sheets = [];
    private readonly List<string> _strings = [];
    private readonly Dictionary<string, int> _stringIndex = new(StringComparer.Ordinal);
    private readonly List<string> _formats = [];

    public bool Date1904 { get; set; }

    /// <summary>Starts a sheet; rows and merges added next go to it.</summary>
    public XlsxBuilder Sheet(string name)
    {
        _sheets.Add((name, [], []));
        return this;
    }

    /// <summary>A row: strings (shared), numbers, booleans, or <see cref="XlsxCell"/> for anything else; null leaves a cell out.</summary>
    public XlsxBuilder Row(int number, params object?[] cells)
    {
        _sheets[^1].Rows.Add((number, cells));
        return this;
    }

    public XlsxBuilder Merge(string range)
    {
        _sheets[^1].Merges.Add(range);
        return this;
    }

    public void Save(string path)
    {
        using var file = File.Create(path);
        Write(file);
    }

    public byte[] ToBytes()
    {
        using var memory = new MemoryStream();
        Write(memory);
        return memory.ToArray();
    }

    /// <summary>
    /// Streams a one-sheet workbook of <paramref name="count"/> rows after a header, without holding the
    /// rows: for sheets too large to build in memory. Strings go to the shared-string table as Excel
    /// writes them (or inline, when <paramref name="sharedStrings"/> is false); numbers as numbers.
    /// </summary>
    public static void WriteLarge(
        string path,
        string sheet,
        string[] header,
        int count,
        Func<int, object?[]> row,
        bool sharedStrings = false)
    {
        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        var book = new XlsxBuilder().Sheet(sheet);
        var shared = sharedStrings ? """<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>""" : string.Empty;
        Entry(zip, "[Content_Types].xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>{shared}</Types>""");
        Entry(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Entry(zip, "xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{Escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        var sharedRelation = sharedStrings ? """<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>""" : string.Empty;
        Entry(zip, "xl/_rels/workbook.xml.rels", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>{sharedRelation}</Relationships>""");
        object Cell(object value) => value is string text && !sharedStrings ? XlsxCell.Inline(text) : value;
        using (var stream = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open())
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16))
        {
            writer.Write($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:{Column(header.Length - 1)}{count + 1}"/><sheetData>""");
            writer.Write("<row r=\"1\">");
            for (var c = 0; c < header.Length; c++)
            {
                writer.Write(book.Cell($"{Column(c)}1", Cell(header[c])));
            }

            writer.Write("</row>");
            for (var i = 0; i < count; i++)
            {
                var number = (i + 2).ToString(CultureInfo.InvariantCulture);
                writer.Write("<row r=\"");
                writer.Write(number);
                writer.Write("\">");
                var cells = row(i);
                for (var c = 0; c < cells.Length; c++)
                {
                    if (cells[c] is { } value)
                    {
                        writer.Write(book.Cell(Column(c) + number, Cell(value)));
                    }
                }

                writer.Write("</row>");
            }

            writer.Write("</sheetData></worksheet>");
        }

        if (sharedStrings)
        {
            using var stream = zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.Fastest).Open();
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
            writer.Write($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{book._strings.Count}" uniqueCount="{book._strings.Count}">""");
            foreach (var text in book._strings)
            {
                writer.Write("<si><t>");
                writer.Write(Escape(text));
                writer.Write("</t></si>");
            }

            writer.Write("</sst>");
        }
    }

    private void Write(Stream output)
    {
        // Rows first: they register the shared strings and number formats the other parts list.
        var sheetXml = _sheets.ConvertAll(SheetXml);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Entry(zip, "[Content_Types].xml",
            $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>{string.Concat(_sheets.Select((_, i) => $"""<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"""))}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""");
        Entry(zip, "_rels/.rels",
            """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Entry(zip, "xl/workbook.xml",
            $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">{(Date1904 ? "<workbookPr date1904=\"1\"/>" : string.Empty)}<sheets>{string.Concat(_sheets.Select((s, i) => $"""<sheet name="{Escape(s.Name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>"""))}</sheets></workbook>""");
        var count = _sheets.Count;
        Entry(zip, "xl/_rels/workbook.xml.rels",
            $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{string.Concat(_sheets.Select((_, i) => $"""<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>"""))}<Relationship Id="rId{count + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId{count + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>""");
        var numFmts = string.Concat(_formats.Select((code, i) => $"""<numFmt numFmtId="{164 + i}" formatCode="{Escape(code)}"/>"""));
        var xfs = string.Concat(
            _formats.Select((_, i) => $"""<xf numFmtId="{164 + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"""));
        Entry(zip, "xl/styles.xml",
            $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="{_formats.Count}">{numFmts}</numFmts><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="{_formats.Count + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>{xfs}</cellXfs></styleSheet>""");
        Entry(zip, "xl/sharedStrings.xml",
            $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{_strings.Count}" uniqueCount="{_strings.Count}">{string.Concat(_strings.Select(s => $"<si><t xml:space=\"preserve\">{Escape(s)}</t></si>"))}</sst>""");
        for (var i = 0; i < sheetXml.Count; i++)
        {
            Entry(zip, $"xl/worksheets/sheet{i + 1}.xml", sheetXml[i]);
        }
    }

    private string SheetXml((string Name, List<(int Row, object?[] Cells)> Rows, List<string> Merges) sheet)
    {
        var xml = new StringBuilder();
        var last = sheet.Rows.Count == 0 ? 1 : sheet.Rows.Max(r => r.Row);
        var width = sheet.Rows.Count == 0 ? 1 : sheet.Rows.Max(r => r.Cells.Length);
        xml.Append("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""");
        xml.Append(CultureInfo.InvariantCulture, $"""<dimension ref="A1:{Column(width - 1)}{last}"/><sheetData>""");
        foreach (var (number, cells) in sheet.Rows.OrderBy(r => r.Row))
        {
            xml.Append(CultureInfo.InvariantCulture, $"""<row r="{number}">""");
            for (var c = 0; c < cells.Length; c++)
            {
                if (cells[c] is { } value)
                {
                    xml.Append(Cell(Column(c) + number.ToString(CultureInfo.InvariantCulture), value));
                }
            }

            xml.Append("</row>");
        }

        xml.Append("</sheetData>");
        if (sheet.Merges.Count > 0)
        {
            xml.Append(CultureInfo.InvariantCulture, $"""<mergeCells count="{sheet.Merges.Count}">{string.Concat(sheet.Merges.Select(m => $"""<mergeCell ref="{m}"/>"""))}</mergeCells>""");
        }

        return xml.Append("</worksheet>").ToString();
    }

    private string Cell(string reference, object value) => value switch
    {
        string text => $"""<c r="{reference}" t="s"><v>{Shared(text)}</v></c>""",
        bool flag => $"""<c r="{reference}" t="b"><v>{(flag ? 1 : 0)}</v></c>""",
        int or long or double or decimal => $"""<c r="{reference}"><v>{Convert.ToString(value, CultureInfo.InvariantCulture)}</v></c>""",
        XlsxCell cell => cell.Kind switch
        {
            XlsxCellKind.Inline => $"""<c r="{reference}" t="inlineStr"><is><t xml:space="preserve">{Escape(cell.Text!)}</t></is></c>""",
            XlsxCellKind.Number => $"""<c r="{reference}"{Style(cell.Format)}><v>{cell.Text}</v></c>""",
            XlsxCellKind.Error => $"""<c r="{reference}" t="e"><v>{Escape(cell.Text!)}</v></c>""",
            XlsxCellKind.Formula => cell.Cached is null
                ? $"""<c r="{reference}"><f>{Escape(cell.Text!)}</f></c>"""
                : $"""<c r="{reference}" t="str"><f>{Escape(cell.Text!)}</f><v>{Escape(cell.Cached)}</v></c>""",
            XlsxCellKind.Raw => cell.Text!.Replace("{r}", reference, StringComparison.Ordinal),
            _ => $"""<c r="{reference}"{Style(cell.Format)}/>""",
        },
        _ => throw new ArgumentException($"no cell for {value.GetType()}", nameof(value)),
    };

    private string Style(string? format)
    {
        if (format is null)
        {
            return string.Empty;
        }

        var index = _formats.IndexOf(format);
        if (index < 0)
        {
            _formats.Add(format);
            index = _formats.Count - 1;
        }

        return $" s=\"{index + 1}\"";
    }

    private int Shared(string text)
    {
        if (!_stringIndex.TryGetValue(text, out var index))
        {
            index = _strings.Count;
            _strings.Add(text);
            _stringIndex[text] = index;
        }

        return index;
    }

    private static string Column(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    private static string Escape(string text) => SecurityElement.Escape(text);

    private static void Entry(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        var bytes = new UTF8Encoding(false).GetBytes(text);
        stream.Write(bytes);
    }
}

public enum XlsxCellKind
{
    Inline,
    Number,
    Error,
    Formula,
    Styled,
    Raw,
}

/// <summary>A cell other than a plain string, number or boolean.</summary>
public sealed record XlsxCell(XlsxCellKind Kind, string? Text, string? Format = null, string? Cached = null)
{
    public static XlsxCell Inline(string text) => new(XlsxCellKind.Inline, text);

    /// <summary>A number shown through a number format (<c>yyyy-mm-dd</c>, <c>0%</c>, <c>yyyy.mm</c>…).</summary>
    public static XlsxCell Number(double value, string format)
        => new(XlsxCellKind.Number, value.ToString("R", CultureInfo.InvariantCulture), format);

    /// <summary>A date cell: its Excel day number under a date format.</summary>
    public static XlsxCell Date(DateOnly day, string format = "yyyy-mm-dd")
        => new(XlsxCellKind.Number, (day.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(CultureInfo.InvariantCulture), format);

    public static XlsxCell Error(string code) => new(XlsxCellKind.Error, code);

    /// <summary>A formula, with the value Excel cached for it, or none (saved without recalculating).</summary>
    public static XlsxCell Formula(string formula, string? cached) => new(XlsxCellKind.Formula, formula, Cached: cached);

    /// <summary>A cell with a style and no value.</summary>
    public static XlsxCell Styled(string format) => new(XlsxCellKind.Styled, null, format);

    /// <summary>A cell's XML as written, <c>{r}</c> standing for its reference.</summary>
    public static XlsxCell Raw(string xml) => new(XlsxCellKind.Raw, xml);
}
