using System.Globalization;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Server.Api.Files;
using Qingdan.Graph.Store.Cases;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Server.Api.Cases;

/// <summary>
/// The case list as a file (docs/cases.md "Exports"): one row a case — id, title, status, assignees, findings in all and by
/// triage status, entities, who opened it, when opened and last changed (UTC) — with headers and statuses in the
/// interface's language, written by <see cref="SheetFile"/>.
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

    public static Task WriteCsvAsync(Stream output, IEnumerable<object[]> rows, CancellationToken cancellationToken)
        => SheetFile.WriteCsvAsync(output, rows, cancellationToken);

    /// <summary>The rows as a one-sheet workbook.</summary>
    public static void WriteXlsx(Stream output, IEnumerable<object[]> rows, bool chinese)
        => SheetFile.WriteXlsx(output, [(chinese ? "案件" : "cases", rows)]);

    private static string Time(DateTime at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
