using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Ingest.Statements;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Ingest.Tests.Mappings;

// Personal-matters reports delivered as an organisation department keeps them: a sheet of reports and a sheet of what
// each declares, one row an item, the report's number repeated. A relative's row names no company, so the item takes the
// company's name as a column (a {record: company} would not be made on that row, mapping.md "Empty").
public sealed partial class MappedBundleReaderTests
{
    [Fact]
    public async Task A_report_sheet_and_an_item_sheet_become_reports_and_items_in_the_bundle_s_words()
    {
        _folder.Xlsx("个人有关事项报告.xlsx", new XlsxBuilder()
            .Sheet("报告")
            .Row(1, "报告编号", "干部身份证号", "干部姓名", "报告时点", "填报日期")
            .Row(2, "2024-001", "440802196803150017", "王建国", XlsxCell.Date(new DateOnly(2024, 12, 31)), "2025年1月20日")
            .Sheet("报告事项")
            .Row(1, "报告编号", "事项类型", "姓名", "身份证号", "称谓", "企业名称", "统一社会信用代码")
            .Row(2, "2024-001", "家庭成员", "李秀英", "440802197005020028", "妻子", null, null)
            .Row(3, "2024-001", "投资", "李秀英", "440802197005020028", null, "湛江市海滨建材有限公司", "91440802MA4UJ0XX1P")
            .Row(4, "2024-001", "任职", "王建国", "440802196803150017", null, "湛江山海贸易有限公司", "91440802MA4UJ0XX2X")
            .Row(5, "2024-001", "持股", "李秀英", "440802197005020028", "妻子", "某某公司", null)
            .Row(6, "2024-001", "兼职", "王建国", "440802196803150017", null, null, null));
        var mapping = _folder.Mapping("""
            registry: cadre
            as_of: 2026-06-30
            tables:
              - file: 个人有关事项报告.xlsx
                sheet: 报告
                records:
                  official: { kind: people, ref: [干部身份证号], fields: { name: 干部姓名, id_number: 干部身份证号 } }
                  report:
                    kind: reports
                    ref: [报告编号]
                    fields:
                      person_ref: { record: official }
                      report_date: { column: 报告时点, date: auto }
                      submitted_date: { column: 填报日期, date: auto }
              - file: 个人有关事项报告.xlsx
                sheet: 报告事项
                records:
                  report: { kind: reports, ref: [报告编号], fields: {} }
                  person: { kind: people, ref: [身份证号], fields: { name: 姓名, id_number: 身份证号 } }
                  company: { kind: companies, ref: [企业名称], fields: { name: 企业名称, credit_code: 统一社会信用代码 } }
                  item:
                    kind: report_items
                    fields:
                      report_ref: { record: report }
                      item: { column: 事项类型, map: report_item }
                      person_ref: { record: person }
                      relation: { column: 称谓, map: relation }
                      company_ref: 企业名称
            """);

        var sink = await ReadAsync(mapping);

        var report = Assert.Single(sink.Reports);
        Assert.Equal(
            ("2024-001", new NodeRef(NodeKind.Person, "440802196803150017"), new DateOnly(2024, 12, 31), (DateOnly?)new DateOnly(2025, 1, 20)),
            (report.Ref, report.Person, report.ReportDate, report.SubmittedDate));
        Assert.Equal(new SourceRef("mapping", "个人有关事项报告.xlsx!报告", 2), report.Source);
        Assert.Equal(
            [
                (ReportItemKind.Relative, "440802197005020028", "spouse", null),
                (ReportItemKind.Holding, "440802197005020028", null, "湛江市海滨建材有限公司"),
                (ReportItemKind.Post, "440802196803150017", null, "湛江山海贸易有限公司"),
                (ReportItemKind.Holding, "440802197005020028", null, "某某公司"),
            ],
            sink.ReportItems.Select(i => (i.Kind, i.Person.Ref, i.Relation, i.Company?.Ref)));
        Assert.All(sink.ReportItems, i => Assert.Equal("2024-001", i.ReportRef));
        // A post names no company: the row is rejected naming the sheet, the row and the field.
        var rejected = Assert.Single(sink.Rejected);
        Assert.Equal(("个人有关事项报告.xlsx!报告事项", 6), (rejected.File, rejected.Line));
        Assert.Contains("company_ref", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_word_no_vocabulary_knows_is_rejected_naming_the_cell_and_the_vocabulary()
    {
        _folder.Csv(
            "报告事项.csv",
            "utf-8",
            "报告编号,干部身份证号,干部姓名,报告时点,事项类型,姓名,身份证号,称谓",
            "R1,440802196803150017,王建国,2024-12-31,家庭成员,李秀英,440802197005020028,表姐",
            "R1,440802196803150017,王建国,2024-12-31,房产,李秀英,440802197005020028,配偶");
        var mapping = _folder.Mapping("""
            registry: cadre
            tables:
              - file: 报告事项.csv
                records:
                  official: { kind: people, ref: [干部身份证号], fields: { name: 干部姓名, id_number: 干部身份证号 } }
                  report: { kind: reports, ref: [报告编号], fields: { person_ref: { record: official }, report_date: 报告时点 } }
                  person: { kind: people, ref: [身份证号], fields: { name: 姓名, id_number: 身份证号 } }
                  item:
                    kind: report_items
                    fields:
                      report_ref: { record: report }
                      item: { column: 事项类型, map: report_item }
                      person_ref: { record: person }
                      relation: { column: 称谓, map: relation }
            """);

        var sink = await ReadAsync(mapping);

        // A row is rejected whole: the report both rows state is not made either.
        Assert.Empty(sink.Reports);
        Assert.Empty(sink.ReportItems);
        Assert.Equal(
            ["报告事项.csv:2: 称谓: '表姐' is not in the vocabulary relation", "报告事项.csv:3: 事项类型: '房产' is not in the vocabulary report_item"],
            sink.Rejected.Select(r => $"{r.File}:{r.Line}: {r.Reason}"));
    }
}
