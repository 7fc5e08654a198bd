namespace Qingdan.Graph.Seed.Export;

public static partial class DeliveredExporter
{
    /// <summary>The organisation department's workbook: people, agencies, posts, families, specific related persons and the
    /// personal-matters reports, a sheet each.</summary>
    private static string Cadre(Bundle bundle, string target)
    {
        var people = bundle.Rows("people.csv");
        var names = ByRef(people);
        using (var book = new XlsxFile(Path.Combine(target, "干部信息.xlsx")))
        {
            book.Sheet("人员信息", "市管干部及家庭成员人员信息", "人员编号", "姓名", "公民身份号码", "出生日期", "性别");
            foreach (var person in people)
            {
                book.Row(
                    person["ref"],
                    person["name"],
                    Get(person, "id_number"),
                    DateCell(Get(person, "birth_date")),
                    Gender(Get(person, "gender")));
            }

            book.Sheet("单位名录", null, "单位编号", "单位名称", "统一社会信用代码", "行政区划", "主管行业");
            foreach (var agency in bundle.Rows("agencies.csv"))
            {
                book.Row(agency["ref"], agency["name"], Get(agency, "code"), Get(agency, "region_code"), List(Get(agency, "sectors")));
            }

            book.Sheet("任职信息", "干部任职情况", "人员编号", "姓名", "单位编号", "职务", "任职时间", "免职时间", "审批事项");
            foreach (var post in bundle.Rows("positions.csv"))
            {
                book.Row(post["person_ref"], names.GetValueOrDefault(post["person_ref"])?["name"], post["agency_ref"], Get(post, "title"),
                    Date(Get(post, "start_date"), "yyyy.MM.dd"), DateCell(Get(post, "end_date"), 2), List(
                        Get(post, "powers"),
                        DecisionKinds));
            }

            book.Sheet("家庭成员", "干部家庭成员情况", "人员编号", "干部姓名", "称谓", "家属编号", "家属姓名", "结婚时间", "离婚时间");
            foreach (var tie in bundle.Rows("family.csv"))
            {
                book.Row(
                    tie["person_ref"],
                    names.GetValueOrDefault(tie["person_ref"])?["name"],
                    Word(Relations, tie["relation"]),
                    tie["relative_ref"],
                    names.GetValueOrDefault(tie["relative_ref"])?["name"],
                    Date(Get(tie, "start_date"), "yyyy年M月d日"),
                    DateCell(
                        Get(tie, "end_date")));
            }

            book.Sheet("特定关系人", null, "人员编号", "关系人编号", "关系类别", "关系说明", "起始时间", "终止时间");
            foreach (var associate in bundle.Rows("associates.csv"))
            {
                book.Row(
                    associate["person_ref"],
                    associate["associate_ref"],
                    Word(AssociateKinds, associate["kind"]),
                    Get(associate, "basis"),
                    Date(Get(associate, "start_date"), "yyyyMMdd"),
                    Date(Get(associate, "end_date"), "yyyy/M/d"));
            }

            ReportSheets(bundle, book, names);
        }

        return """
              - file: 干部信息.xlsx
                sheet: 人员信息
                records:
                  person:
                    kind: people
                    ref: [人员编号]
                    fields:
                      name: 姓名
                      id_number: 公民身份号码
                      birth_date: { column: 出生日期, date: auto }
                      gender: { column: 性别, map: gender }
              - file: 干部信息.xlsx
                sheet: 单位名录
                records:
                  agency:
                    kind: agencies
                    ref: [单位编号]
                    fields:
                      name: 单位名称
                      code: 统一社会信用代码
                      region_code: 行政区划
                      sectors: { column: 主管行业, list: 、 }
              - file: 干部信息.xlsx
                sheet: 任职信息
                records:
                  person: { kind: people, ref: [人员编号], fields: {} }
                  agency: { kind: agencies, ref: [单位编号], fields: {} }
                  post:
                    kind: positions
                    fields:
                      person_ref: { record: person }
                      agency_ref: { record: agency }
                      title: 职务
                      start_date: { column: 任职时间, date: yyyy.MM.dd }
                      end_date: { column: 免职时间, date: auto }
                      powers: { column: 审批事项, list: 、, map: decision_kind }
              - file: 干部信息.xlsx
                sheet: 家庭成员
                records:
                  person: { kind: people, ref: [人员编号], fields: {} }
                  relative: { kind: people, ref: [家属编号], fields: {} }
                  tie:
                    kind: family
                    fields:
                      person_ref: { record: person }
                      relative_ref: { record: relative }
                      relation: { column: 称谓, map: relation }
                      start_date: { column: 结婚时间, date: auto }
                      end_date: { column: 离婚时间, date: auto }
              - file: 干部信息.xlsx
                sheet: 特定关系人
                records:
                  person: { kind: people, ref: [人员编号], fields: {} }
                  associate: { kind: people, ref: [关系人编号], fields: {} }
                  relation:
                    kind: associates
                    fields:
                      person_ref: { record: person }
                      associate_ref: { record: associate }
                      kind: { column: 关系类别, map: associate_kind }
                      basis: 关系说明
                      start_date: { column: 起始时间, date: auto }
                      end_date: { column: 终止时间, date: auto }

            """ + ReportTables;
    }

    /// <summary>The civil affairs bureau's marriage and birth records: two GB18030 CSV exports.</summary>
    private static string Civil(Bundle bundle, string target)
    {
        Csv(target, "人口信息.csv", Gb18030, bundle.Rows("people.csv").Select(p => new[]
        {
            p["ref"], p["name"], Get(p, "id_number"), Date(Get(p, "birth_date"), "yyyy年M月d日"), Gender(Get(p, "gender")),
        }).Prepend(["公民编号", "姓名", "公民身份号码", "出生日期", "性别"]));
        Csv(target, "亲属关系.csv", Gb18030, bundle.Rows("family.csv").Select(f => new[]
        {
            f["person_ref"], f["relative_ref"], Word(Relations, f["relation"]), Date(Get(f, "start_date"), "yyyy/MM/dd"), Date(
                Get(f, "end_date"),
                "yyyy/MM/dd"),
        }).Prepend(["公民编号", "亲属公民编号", "亲属关系", "登记日期", "解除日期"]));
        return """
              - file: 人口信息.csv
                encoding: gb18030
                records:
                  person:
                    kind: people
                    ref: [公民编号]
                    fields:
                      name: 姓名
                      id_number: 公民身份号码
                      birth_date: { column: 出生日期, date: auto }
                      gender: { column: 性别, map: gender }
              - file: 亲属关系.csv
                encoding: gb18030
                records:
                  person: { kind: people, ref: [公民编号], fields: {} }
                  relative: { kind: people, ref: [亲属公民编号], fields: {} }
                  tie:
                    kind: family
                    fields:
                      person_ref: { record: person }
                      relative_ref: { record: relative }
                      relation: { column: 亲属关系, map: relation }
                      start_date: { column: 登记日期, date: yyyy/MM/dd }
                      end_date: { column: 解除日期, date: yyyy/MM/dd }
            """;
    }
}
