namespace Qingdan.Graph.Seed.Export;

public static partial class DeliveredExporter
{
    /// <summary>The tables of <see cref="ReportSheets"/>: one item record for a family member, one for an investment or a post.</summary>
    private const string ReportTables = """
          - file: 干部信息.xlsx
            sheet: 个人有关事项报告
            records:
              person: { kind: people, ref: [人员编号], fields: {} }
              report:
                kind: reports
                ref: [报告编号]
                fields:
                  person_ref: { record: person }
                  report_date: { column: 报告时点, date: auto }
                  submitted_date: { column: 填报日期, date: yyyy年M月d日 }
          - file: 干部信息.xlsx
            sheet: 报告事项
            records:
              report: { kind: reports, ref: [报告编号], fields: {} }
              person: { kind: people, ref: [人员编号], fields: {} }
              company: { kind: companies, ref: [单位编号], fields: { name: 单位名称, credit_code: 统一社会信用代码 } }
              relative:
                kind: report_items
                when: { column: 事项类别, equals: 家庭成员 }
                fields:
                  report_ref: { record: report }
                  item: { column: 事项类别, map: report_item }
                  person_ref: { record: person }
                  relation: { column: 称谓, map: relation }
              interest:
                kind: report_items
                when: { column: 事项类别, in: [投资, 持股, 任职, 兼职] }
                fields:
                  report_ref: { record: report }
                  item: { column: 事项类别, map: report_item }
                  person_ref: { record: person }
                  company_ref: { record: company }
        """;

    /// <summary>
    /// The reports as the department's workbook holds them: a sheet of reports (the day described as a date cell, the day handed
    /// in as <c>2024年1月22日</c>), and a sheet of what each declares — a family member with the form of address the report uses
    /// (妻子, 女儿, 女婿…), or an investment or a post with the company written out.
    /// </summary>
    private static void ReportSheets(Bundle bundle, XlsxFile book, Dictionary<string, Dictionary<string, string>> people)
    {
        book.Sheet("个人有关事项报告", "领导干部个人有关事项报告", "报告编号", "人员编号", "姓名", "报告时点", "填报日期");
        foreach (var report in bundle.Rows("reports.csv"))
        {
            book.Row(
                report["ref"],
                report["person_ref"],
                people.GetValueOrDefault(report["person_ref"])?["name"],
                DateCell(report["report_date"]),
                Date(Get(report, "submitted_date"), "yyyy年M月d日"));
        }

        var companies = ByRef(bundle.Rows("companies.csv"));
        book.Sheet("报告事项", "个人有关事项报告事项", "报告编号", "事项类别", "人员编号", "姓名", "称谓", "单位编号", "单位名称", "统一社会信用代码");
        var index = 0;
        foreach (var item in bundle.Rows("report_items.csv"))
        {
            var person = people.GetValueOrDefault(item["person_ref"]);
            var company = companies.GetValueOrDefault(Get(item, "company_ref"));
            index++;
            book.Row(
                item["report_ref"],
                item["item"] switch
                {
                    "relative" => "家庭成员",
                    "holding" => index % 2 == 0 ? "投资" : "持股",
                    "post" => index % 2 == 0 ? "任职" : "兼职",
                    var other => other,
                },
                item["person_ref"],
                person?["name"],
                Address(Get(item, "relation"), person is null ? string.Empty : Get(person, "gender")),
                Get(item, "company_ref"),
                company?["name"],
                company is null ? null : Get(company, "credit_code"));
        }
    }

    /// <summary>How a report addresses a family member: by sex where the word has one.</summary>
    private static string Address(string relation, string gender) => (relation, gender) switch
    {
        ("spouse", "F") => "妻子",
        ("spouse", "M") => "丈夫",
        ("child", "F") => "女儿",
        ("child", "M") => "儿子",
        ("child_spouse", "F") => "儿媳",
        ("child_spouse", "M") => "女婿",
        _ => relation.Length == 0 ? relation : Word(Relations, relation),
    };
}
