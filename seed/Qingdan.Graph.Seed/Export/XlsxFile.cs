using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace Qingdan.Graph.Seed.Export;

/// <summary>
/// A workbook being written for the delivered registries: sheets of rows, strings in a shared-string
/// table, dates as day numbers under a date format, a title row merged across its sheet — what an
/// agency's Excel export holds. Rows are streamed to each sheet's part; the shared strings are held.
/// </summary>
internal sealed class XlsxFile : IDisposable
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private readonly ZipArchive _zip;
    private readonly List<string> _sheets = [];
    private readonly List<string> _strings = [];
    private readonly Dictionary<string, int> _stringIndex = new(StringComparer.Ordinal);
    private StreamWriter? _sheet;
    private int _row;
    private string? _merge;

    public XlsxFile(string path) => _zip = new ZipArchive(File.Create(path), ZipArchiveMode.Create);

    /// <summary>A date to write as a date cell, shown by its style (1: yyyy-mm-dd, 2: yyyy年m月d日).</summary>
    public readonly record struct DateCell(DateOnly Day, int Style = 1);

    /// <summary>Starts a sheet: a title row merged across the header's columns (when given), then the header.</summary>
    public void Sheet(string name, string? title, params string[] header)
    {
        EndSheet();
        _sheets.Add(name);
        _sheet = new StreamWriter(
            _zip.CreateEntry($"xl/worksheets/sheet{_sheets.Count}.xml", CompressionLevel.Fastest).Open(),
            new UTF8Encoding(false),
            1 << 16);
        _sheet.Write($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{Main}"><sheetData>""");
        _row = 0;
        _merge = null;
        if (title is not null)
        {
            Row(title);
            _merge = $"A1:{Column(header.Length - 1)}1";
        }

        Row(header);
    }

    /// <summary>A row: strings, numbers (decimal, int, double), <see cref="DateCell"/>s; null or empty leaves the cell out.</summary>
    public void Row(params object?[] cells)
    {
        var writer = _sheet ?? throw new InvalidOperationException("no sheet started");
        _row++;
        var number = _row.ToString(CultureInfo.InvariantCulture);
        writer.Write("<row r=\"");
        writer.Write(number);
        writer.Write("\">");
        for (var c = 0; c < cells.Length; c++)
        {
            var reference = Column(c) + number;
            switch (cells[c])
            {
                case null or "":
                    break;
                case string text:
                    writer.Write($"<c r=\"{reference}\" t=\"s\"><v>{Shared(text)}</v></c>");
                    break;
                case DateCell date:
                    writer.Write($"<c r=\"{reference}\" " +
                        $"s=\"{date.Style}\"><v>{(date.Day.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(CultureInfo.InvariantCulture)}</v></c>");
                    break;
                case IFormattable value:
                    writer.Write($"<c r=\"{reference}\"><v>{value.ToString(null, CultureInfo.InvariantCulture)}</v></c>");
                    break;
            }
        }

        writer.Write("</row>");
    }

    public void Dispose()
    {
        EndSheet();
        Entry("[Content_Types].xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>{string.Concat(_sheets.Select((_, i) => $"""<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"""))}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""");
        Entry("_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Entry("xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{string.Concat(_sheets.Select((s, i) => $"""<sheet name="{SecurityElement.Escape(s)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>"""))}</sheets></workbook>""");
        Entry("xl/_rels/workbook.xml.rels", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{string.Concat(_sheets.Select((_, i) => $"""<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>"""))}<Relationship Id="rId{_sheets.Count + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId{_sheets.Count + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>""");
        Entry("xl/styles.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="{Main}"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>""");
        using (var writer = new StreamWriter(
            _zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.Fastest).Open(),
            new UTF8Encoding(false),
            1 << 16))
        {
            writer.Write($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="{Main}" count="{_strings.Count}" uniqueCount="{_strings.Count}">""");
            foreach (var text in _strings)
            {
                writer.Write("<si><t xml:space=\"preserve\">");
                writer.Write(SecurityElement.Escape(text));
                writer.Write("</t></si>");
            }

            writer.Write("</sst>");
        }

        _zip.Dispose();
    }

    private void EndSheet()
    {
        if (_sheet is null)
        {
            return;
        }

        _sheet.Write("</sheetData>");
        if (_merge is not null)
        {
            _sheet.Write($"<mergeCells count=\"1\"><mergeCell ref=\"{_merge}\"/></mergeCells>");
        }

        _sheet.Write("</worksheet>");
        _sheet.Dispose();
        _sheet = null;
    }

    private int Shared(string text)
    {
        if (!_stringIndex.TryGetValue(text, out var index))
        {
            _stringIndex[text] = index = _strings.Count;
            _strings.Add(text);
        }

        return index;
    }

    private void Entry(string name, string text)
    {
        using var stream = _zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        stream.Write(new UTF8Encoding(false).GetBytes(text));
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
}
