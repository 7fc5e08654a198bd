namespace Qingdan.Graph.Seed.Export;

public static partial class DeliveredExporter
{
    /// <summary>
    /// The market-regulation bureau's exports, GB18030: companies (with the export's closing note), the
    /// shareholders with their company on every row, and the officers with a person's roles at a company
    /// listed in one cell when they share their dates, pay and flag (董事、总经理).
    /// </summary>
    private static string Company(Bundle bundle, string target)
    {
        var people = ByRef(bundle.Rows("people.csv"));
        var companies = bundle.Rows("companies.csv");
        var companyByRef = ByRef(companies);
        var named = new HashSet<string>(StringComparer.Ordinal);
        Csv(target, "企业登记信息.csv", Gb18030, companies.Select(c => new[]
        {
            c["ref"], c["name"], Get(c, "credit_code"), Yes(Get(c, "listed")), Get(c, "region_code"), Get(c, "industry"), Get(c, "status"),
        }).Prepend(["企业编号", "企业名称", "统一社会信用代码", "是否上市", "行政区划", "国民经济行业", "登记状态"]), footer: $"数据截至{bundle.AsOf}");

        var shareholdings = bundle.Rows("shareholdings.csv").ConvertAll(s =>
        {
            var person = s["holder_kind"] == "person";
            var holder = person ? people.GetValueOrDefault(s["holder_ref"]) : companyByRef.GetValueOrDefault(s["holder_ref"]);
            if (person)
            {
                named.Add(s["holder_ref"]);
            }

            return new[]
            {
                s["company_ref"], companyByRef.GetValueOrDefault(s["company_ref"])?["name"]
                    ?? string.Empty, s["holder_ref"], holder?["name"] ?? string.Empty,
                person ? "自然人股东" : "企业法人", holder is null ? string.Empty : Get(holder, person ? "id_number" : "credit_code"),
                Percent(s["share"]), Date(Get(s, "start_date"), "yyyyMMdd"), Date(Get(s, "end_date"), "yyyyMMdd"),
            };
        });
        Csv(target, "股东出资信息.csv", Gb18030, shareholdings.Prepend(["企业编号", "企业名称", "股东编号", "股东名称", "股东类型", "证照号码", "出资比例", "出资日期", "退出日期"]));

        var officers = bundle.Rows("company_roles.csv")
            .GroupBy(r => (r["person_ref"], r["company_ref"], Get(r, "start_date"), Get(r, "end_date"), Get(r, "monthly_salary"), Get(
                r,
                "nominal")))
            .Select(g =>
            {
                named.Add(g.Key.Item1);
                var person = people.GetValueOrDefault(g.Key.Item1);
                return new[]
                {
                    g.Key.Item2, companyByRef.GetValueOrDefault(g.Key.Item2)?["name"] ?? string.Empty, g.Key.Item1, person?["name"]
                        ?? string.Empty,
                    person is null
                        ? string.Empty
                        : Get(person, "id_number"), string.Join('、', g.Select(r => Word(Roles, r["role"])).Distinct()),
                    Date(g.Key.Item3, "yyyy-MM-dd"), Date(g.Key.Item4, "yyyy-MM-dd"), Grouped(g.Key.Item5), Yes(g.Key.Item6),
                };
            }).ToList();
        Csv(target, "主要人员信息.csv", Gb18030, officers.Prepend(["企业编号", "企业名称", "人员编号", "姓名", "证件号码", "职务", "任职日期", "离任日期", "月薪（元）", "是否挂名"]));

        var others = people.Values.Where(p => !named.Contains(p["ref"])).ToList();
        if (others.Count > 0)
        {
            Csv(
                target,
                "自然人信息.csv",
                Gb18030,
                others.Select(p => new[] { p["ref"], p["name"], Get(p, "id_number") }).Prepend(["人员编号", "姓名", "证件号码"]));
        }

        const string yaml = """
              - file: 企业登记信息.csv
                encoding: gb18030
                where: { column: 企业名称, not_empty: true }
                records:
                  company:
                    kind: companies
                    ref: [企业编号]
                    fields:
                      name: 企业名称
                      credit_code: 统一社会信用代码
                      listed: { column: 是否上市, map: boolean }
                      region_code: 行政区划
                      industry: 国民经济行业
                      status: 登记状态
              - file: 股东出资信息.csv
                encoding: gb18030
                records:
                  company: { kind: companies, ref: [企业编号], fields: { name: 企业名称 } }
                  person:
                    kind: people
                    when: { column: 股东类型, equals: 自然人股东 }
                    ref: [股东编号]
                    fields: { name: 股东名称, id_number: 证照号码 }
                  holder:
                    kind: companies
                    when: { column: 股东类型, equals: 企业法人 }
                    ref: [股东编号]
                    fields: { name: 股东名称, credit_code: 证照号码 }
                  stake:
                    kind: shareholdings
                    fields:
                      holder_ref: { when: { column: 股东类型, equals: 自然人股东 }, then: { record: person }, else: { record: holder } }
                      company_ref: { record: company }
                      share: { column: 出资比例, share: percent }
                      start_date: { column: 出资日期, date: yyyyMMdd }
                      end_date: { column: 退出日期, date: yyyyMMdd }
              - file: 主要人员信息.csv
                encoding: gb18030
                records:
                  company: { kind: companies, ref: [企业编号], fields: { name: 企业名称 } }
                  person: { kind: people, ref: [人员编号], fields: { name: 姓名, id_number: 证件号码 } }
                  post:
                    kind: company_roles
                    fields:
                      person_ref: { record: person }
                      company_ref: { record: company }
                      role: { column: 职务, split: 、, map: role }
                      start_date: { column: 任职日期, date: auto }
                      end_date: { column: 离任日期, date: auto }
                      monthly_salary: { column: 月薪（元）, amount: 元 }
                      nominal: { column: 是否挂名, map: boolean }

            """;
        return others.Count == 0 ? yaml : yaml + """
              - file: 自然人信息.csv
                encoding: gb18030
                records:
                  person: { kind: people, ref: [人员编号], fields: { name: 姓名, id_number: 证件号码 } }

            """;
    }
}
