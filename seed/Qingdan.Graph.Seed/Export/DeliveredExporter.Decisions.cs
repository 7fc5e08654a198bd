namespace Qingdan.Graph.Seed.Export;

public static partial class DeliveredExporter
{
    /// <summary>
    /// The public resources trading center's award notices, a workbook: the awards with their buyer and
    /// winner written out and the tenderers listed in one cell, the people behind each award, and a
    /// register of suppliers.
    /// </summary>
    private static string Procurement(Bundle bundle, string target)
    {
        var (agencies, companies, people, bidders) = DecisionParts(bundle);
        using (var book = new XlsxFile(Path.Combine(target, "中标结果公告.xlsx")))
        {
            book.Sheet(
                "中标结果",
                "政府采购及工程招标中标结果",
                "项目编号",
                "项目名称",
                "项目类别",
                "采购人编号",
                "采购人",
                "中标人编号",
                "中标人",
                "中标金额（万元）",
                "成交日期",
                "采购方式",
                "投标人数",
                "投标人编号");
            foreach (var d in bundle.Rows("decisions.csv"))
            {
                book.Row(
                    d["ref"],
                    Get(d, "title"),
                    Word(DecisionKinds, d["kind"]),
                    Get(d, "agency_ref"),
                    agencies.GetValueOrDefault(Get(d, "agency_ref"))?["name"],
                    Get(d, "beneficiary_ref"),
                    companies
                        .GetValueOrDefault(Get(d, "beneficiary_ref"))?["name"],
                    TenThousands(Get(d, "amount")),
                    DateCell(d["decided_date"], 2),
                    Word(Methods, Get(d, "method")),
                    Count(Get(d, "bidders")),
                    string.Join(
                        '、',
                        bidders.GetValueOrDefault(d["ref"]) ?? []));
            }

            book.Sheet("采购人名录", null, "采购人编号", "采购人名称", "统一社会信用代码", "行政区划");
            foreach (var a in agencies.Values)
            {
                book.Row(a["ref"], a["name"], Get(a, "code"), Get(a, "region_code"));
            }

            book.Sheet("供应商名录", null, "供应商编号", "供应商名称", "统一社会信用代码");
            foreach (var c in companies.Values)
            {
                book.Row(c["ref"], c["name"], Get(c, "credit_code"));
            }

            book.Sheet("项目人员", null, "项目编号", "人员编号", "姓名", "公民身份号码", "角色");
            foreach (var o in bundle.Rows("decision_officials.csv"))
            {
                var person = people.GetValueOrDefault(o["person_ref"]);
                book.Row(
                    o["decision_ref"],
                    o["person_ref"],
                    person?["name"],
                    person is null ? null : Get(person, "id_number"),
                    Word(ParticipationRoles, o["role"]));
            }

            book.Sheet("人员名录", null, "人员编号", "姓名", "公民身份号码");
            foreach (var p in people.Values)
            {
                book.Row(p["ref"], p["name"], Get(p, "id_number"));
            }
        }

        return $$"""
              - file: 中标结果公告.xlsx
                sheet: 采购人名录
                records:
                  agency: { kind: agencies, ref: [采购人编号], fields: { name: 采购人名称, code: 统一社会信用代码, region_code: 行政区划 } }
              - file: 中标结果公告.xlsx
                sheet: 供应商名录
                records:
                  supplier: { kind: companies, ref: [供应商编号], fields: { name: 供应商名称, credit_code: 统一社会信用代码 } }
              - file: 中标结果公告.xlsx
                sheet: 人员名录
                records:
                  person: { kind: people, ref: [人员编号], fields: { name: 姓名, id_number: 公民身份号码 } }
              - file: 中标结果公告.xlsx
                sheet: 中标结果
                records:
                  award:
                    kind: decisions
                    ref: [项目编号]
                    fields:
                      kind: { column: 项目类别, map: {{KindVocabulary(bundle)}} }
                      agency_ref: 采购人编号          # a column, not {record: …}: an award without a buyer is still an award
                      beneficiary_ref: 中标人编号
                      title: 项目名称
                      amount: { column: 中标金额（万元）, amount: 万元 }
                      decided_date: { column: 成交日期, date: auto }
                      method: { column: 采购方式, map: method }
                      bidders: 投标人数
                  tender:
                    kind: bidders
                    fields:
                      decision_ref: { record: award }
                      company_ref: { column: 投标人编号, split: 、 }
              - file: 中标结果公告.xlsx
                sheet: 项目人员
                records:
                  award: { kind: decisions, ref: [项目编号], fields: {} }
                  person: { kind: people, ref: [人员编号], fields: {} }
                  part:
                    kind: decision_officials
                    fields:
                      decision_ref: { record: award }
                      person_ref: { record: person }
                      role: { column: 角色, map: participation_role }
            """;
    }

    /// <summary>The government services data administration's licence decisions: three CSV exports in UTF-8 with a byte order
    /// mark.</summary>
    private static string Licensing(Bundle bundle, string target)
    {
        var (agencies, companies, people, bidders) = DecisionParts(bundle);
        Csv(target, "行政许可决定.csv", Utf8Bom, bundle.Rows("decisions.csv").Select(d => new[]
        {
            d["ref"], Get(d, "title"), Word(DecisionKinds, d["kind"]), Get(d, "agency_ref"), agencies.GetValueOrDefault(
                Get(d, "agency_ref"))?["name"] ?? string.Empty,
            Get(d, "beneficiary_ref"), companies.GetValueOrDefault(Get(d, "beneficiary_ref"))?["name"]
                ?? string.Empty, Grouped(Get(d, "amount")),
            Date(d["decided_date"], "yyyy年M月d日"), Word(Methods, Get(d, "method")), Get(d, "bidders"), string.Join(
                '、',
                bidders.GetValueOrDefault(d["ref"]) ?? []),
        }).Prepend(["许可编号", "许可事项", "许可类别", "许可机关编号", "许可机关", "行政相对人编号", "行政相对人", "金额（元）", "决定日期", "方式", "投标人数", "投标人编号"]));
        Csv(target, "审批人员.csv", Utf8Bom, bundle.Rows("decision_officials.csv").Select(o =>
        {
            var person = people.GetValueOrDefault(o["person_ref"]);
            return new[] {
                o["decision_ref"],
                o["person_ref"],
                person?["name"] ?? string.Empty,
                person is null ? string.Empty : Get(person, "id_number"),
                Word(ParticipationRoles, o["role"]) };
        }).Prepend(["许可编号", "人员编号", "姓名", "公民身份号码", "角色"]));
        Csv(target, "机关及相对人名录.csv", Utf8Bom, agencies.Values
            .Select(a => new[] { "机关", a["ref"], a["name"], Get(a, "code"), Get(a, "region_code") })
            .Concat(companies.Values.Select(c => new[] { "企业", c["ref"], c["name"], Get(c, "credit_code"), string.Empty }))
            .Concat(people.Values.Select(p => new[] { "个人", p["ref"], p["name"], Get(p, "id_number"), string.Empty }))
            .Prepend(["类别", "编号", "名称", "代码", "行政区划"]));
        return $$"""
              - file: 机关及相对人名录.csv
                records:
                  agency: { kind: agencies, when: { column: 类别, equals: 机关 }, ref: [编号], fields: { name: 名称, code: 代码, region_code: 行政区划 } }
                  company: { kind: companies, when: { column: 类别, equals: 企业 }, ref: [编号], fields: { name: 名称, credit_code: 代码 } }
                  person: { kind: people, when: { column: 类别, equals: 个人 }, ref: [编号], fields: { name: 名称, id_number: 代码 } }
              - file: 行政许可决定.csv
                records:
                  licence:
                    kind: decisions
                    ref: [许可编号]
                    fields:
                      kind: { column: 许可类别, map: {{KindVocabulary(bundle)}} }
                      agency_ref: 许可机关编号
                      beneficiary_ref: 行政相对人编号
                      title: 许可事项
                      amount: { column: 金额（元）, amount: auto }
                      decided_date: { column: 决定日期, date: yyyy年M月d日 }
                      method: { column: 方式, map: method }
                      bidders: 投标人数
                  tender:
                    kind: bidders
                    fields:
                      decision_ref: { record: licence }
                      company_ref: { column: 投标人编号, split: 、 }
              - file: 审批人员.csv
                records:
                  licence: { kind: decisions, ref: [许可编号], fields: {} }
                  person: { kind: people, ref: [人员编号], fields: {} }
                  part:
                    kind: decision_officials
                    fields:
                      decision_ref: { record: licence }
                      person_ref: { record: person }
                      role: { column: 角色, map: participation_role }
            """;
    }

    private static (Dictionary<string, Dictionary<string, string>> Agencies, Dictionary<string, Dictionary<string, string>> Companies,
        Dictionary<string, Dictionary<string, string>> People, Dictionary<string, List<string>> Bidders) DecisionParts(Bundle bundle) =>
        (ByRef(bundle.Rows("agencies.csv")), ByRef(bundle.Rows("companies.csv")), ByRef(bundle.Rows("people.csv")),
         bundle.Rows("bidders.csv").GroupBy(b => b["decision_ref"])
             .ToDictionary(g => g.Key, g => g.Select(b => b["company_ref"]).ToList(), StringComparer.Ordinal));

    /// <summary>decision_kind, and the registry's own words for the kinds outside it (decision kinds are open), each standing for
    /// itself.</summary>
    private static string KindVocabulary(Bundle bundle)
    {
        var own = bundle.Rows("decisions.csv").Select(d => d["kind"]).Where(k => !DecisionKinds.ContainsKey(k))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return own.Count == 0 ? "decision_kind" : $"[decision_kind, {{ {string.Join(", ", own.Select(k => $"{k}: {k}"))} }}]";
    }

    private static object Count(string value) => int.TryParse(value, out var count) ? count : value;
}
