using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Store.Cases;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Server.Api.Cases;

/// <summary>
/// The case list as a file (docs/cases.md "Exports"): one row a case — id, title, status, assignees, findings in all and by
/// triage status, entities, who opened it, when opened and last changed (UTC) — with headers and statuses in the
/// interface's language. CSV is RFC 4180 (CRLF, quoted as needed) after a UTF-8 BOM so that Excel reads the Chinese;
/// .xlsx is written with the Open XML SDK, every text an inline string cell.
/// </summary>
internal static class CaseListFile
{
    private static readonly string[] HeadersZh =
        ["编号", "标题", "状态", "承办人", "线索数", "待处理", "处理中", "已确认", "已排除", "人员企业机关数", "创建人", "创建时间（UTC）", "更新时间（UTC）"];

    private static readonly string[] HeadersEn =
    [
        "id", "title", "status", "assignees", "findings", "open", "in progress", "confirmed", "dismissed", "entities", "opened by",
        "opened (UTC)", "updated (UTC)",
    ];

    private static readonly Dictionary<CaseStatus, string> StatusZh = new()
    {
        [CaseStatus.Open] = "待处理",
        [CaseStatus.InProgress] = "处理中",
        [CaseStatus.Referred] = "已移送",
        [CaseStatus.Closed] = "已结案",
    };

    /// <summary>The header and one row a case, each cell as text or a number.</summary>
    public static IEnumerable<object[]> Rows(IEnumerable<CaseSummary> cases, bool chinese)
    {
        yield return chinese ? HeadersZh : HeadersEn;
        foreach (var s in cases)
        {
            var row = s.Case;
            yield return
            [
                row.Name,
                row.Title,
                chinese ? StatusZh[row.Status] : Wire.Name(row.Status).Replace('_', ' '),
                string.Join(chinese ? "、" : ", ", s.Assignees),
                s.FindingCount,
                s.Findings[TriageStatus.Open],
                s.Findings[TriageStatus.InProgress],
                s.Findings[TriageStatus.Confirmed],
                s.Findings[TriageStatus.Dismissed],
                s.Entities,
                row.CreatedBy,
                Time(row.CreatedAt),
                Time(row.UpdatedAt),
            ];
        }
    }

    public static async Task WriteCsvAsync(Stream output, IEnumerable<object[]> rows, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        foreach (var row in rows)
        {
            await writer.WriteAsync(string.Join(',', row.Select(Csv)).AsMemory(), cancellationToken);
            await writer.WriteAsync("\r\n".AsMemory(), cancellationToken);
        }
    }

    /// <summary>A CSV field: a text that a spreadsheet would run as a formula (starting with = + - @, or a tab or carriage
    /// return before one) gets a leading apostrophe (OWASP's advice); quoted when it holds a comma, quote or line break.</summary>
    internal static string Csv(object value)
    {
        if (value is int number)
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }

        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    /// <summary>The rows as a one-sheet workbook; texts are inline strings (never formulas), counts numbers.</summary>
    public static void WriteXlsx(Stream output, IEnumerable<object[]> rows, bool chinese)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            var index = 0u;
            foreach (var row in rows)
            {
                index++;
                writer.WriteStartElement(new Row { RowIndex = index });
                foreach (var value in row)
                {
                    writer.WriteElement(value is int number
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

        workbook.Workbook = new Workbook(new Sheets(new Sheet
        {
            Id = workbook.GetIdOfPart(sheetPart),
            SheetId = 1,
            Name = chinese ? "案件" : "cases",
        }));
        workbook.Workbook.Save();
    }

    private static string Time(DateTime at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
