using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Ingest.Mappings;
using Qingdan.Graph.Ingest.Statements;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Ingest.Tests.Mappings;

public sealed partial class MappedBundleReaderTests : IDisposable
{
    private readonly MappingFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_cadre_workbook_with_a_title_row_becomes_people_and_family()
    {
        _folder.Xlsx("干部家庭成员2026.xlsx", new XlsxBuilder().Sheet("家庭成员")
            .Row(1, "湛江市霞山区干部家庭成员登记表")
            .Row(2, "填报单位：区委组织部")
            .Row(3, "干部姓名", "干部身份证号", "家属姓名", "称谓", "家属身份证号", "出生年月", "结婚时间")
            .Row(4, "王建国", "440802196803150017", "李秀英", "妻子", XlsxCell.Inline(""), "1970.05", XlsxCell.Date(new DateOnly(1995, 10, 1)))
            .Row(5, "王建国", "440802196803150017", "王小明", "儿子", "440802199603020019", "1996.03", null)
            .Merge("A1:G1"));
        var mapping = _folder.Mapping("""
            registry: cadre
            source: 湛江市委组织部
            as_of: 2026-06-30
            tables:
              - file: "干部家庭成员*.xlsx"
                sheet: 家庭成员
                records:
                  official:
                    kind: people
                    ref: [干部身份证号]
                    fields:
                      name: 干部姓名
                      id_number: 干部身份证号
                  relative:
                    kind: people
                    ref: [干部身份证号, 家属姓名]
                    fields:
                      name: 家属姓名
                      id_number: 家属身份证号
                      birth_date: { column: 出生年月, date: "yyyy.MM" }
                  tie:
                    kind: family
                    fields:
                      person_ref: { record: official }
                      relative_ref: { record: relative }
                      relation: { column: 称谓, map: relation }
                      start_date: { column: 结婚时间, date: auto }
            """);

        var sink = await ReadAsync(mapping);

        Assert.Empty(sink.Issues.Select(i => i.ToString()));
        Assert.Equal(["440802196803150017", "440802196803150017|李秀英", "440802196803150017|王小明"], sink.Nodes.Select(n => n.Ref));
        var wife = sink.Nodes[1];
        Assert.Equal(("李秀英", (DateOnly?)null, (YearMonth?)new YearMonth(1970, 5)), (wife.Name, wife.BirthDate, wife.BirthMonth));
        Assert.Equal(new SourceRef("mapping", "干部家庭成员2026.xlsx!家庭成员", 4), wife.Source);
        Assert.Equal(new SourceRef("mapping", "干部家庭成员2026.xlsx!家庭成员", 4), sink.Nodes[0].Source);
        Assert.Equal(["spouse", "child"], sink.Links.Select(l => l.Detail));
        Assert.Equal(new DateOnly(1995, 10, 1), sink.Links[0].Start);
        Assert.Equal(new NodeRef(NodeKind.Person, "440802196803150017|王小明"), sink.Links[1].To);
        Assert.Equal(new SourceRef("mapping", "干部家庭成员2026.xlsx!家庭成员", 5), sink.Links[1].Source);
    }


    [Fact]
    public async Task Shareholder_rows_repeating_their_company_state_one_company_and_one_holding_each()
    {
        _folder.Csv("股东.csv", "gb18030",
            "统一社会信用代码,企业名称,股东名称,股东类型,证照号码,出资比例,认缴出资额（万元）",
            "91440800MA4UJ0XX1T,湛江市海滨建材有限公司,李秀英,自然人股东,440802197005120029,35%,175",
            "91440800MA4UJ0XX1T,湛江市海滨建材有限公司,湛江市海湾投资有限公司,企业法人,91440800MA5ABCDE1B,65%,325");
        var mapping = _folder.Mapping("""
            registry: company
            tables:
              - file: 股东.csv
                encoding: gb18030
                records:
                  company: { kind: companies, ref: [统一社会信用代码], fields: { name: 企业名称, credit_code: 统一社会信用代码 } }
                  person: { kind: people, when: { column: 股东类型, equals: 自然人股东 }, ref: [证照号码], fields: { name: 股东名称, id_number: 证照号码 } }
                  firm: { kind: companies, when: { column: 股东类型, equals: 企业法人 }, ref: [证照号码], fields: { name: 股东名称, credit_code: 证照号码 } }
                  stake:
                    kind: shareholdings
                    fields:
                      holder_ref: { when: { column: 股东类型, equals: 自然人股东 }, then: { record: person }, else: { record: firm } }
                      company_ref: { record: company }
                      share: { column: 出资比例, share: percent }
                      subscribed_capital: { column: 认缴出资额（万元）, amount: 万元 }
            """);

        var sink = await ReadAsync(mapping);

        Assert.Empty(sink.Issues);
        Assert.Equal(
            ["440802197005120029", "91440800MA4UJ0XX1T", "91440800MA5ABCDE1B"],
            sink.Nodes.Select(n => n.Ref).Order(StringComparer.Ordinal));
        Assert.Equal(new SourceRef("mapping", "股东.csv", 2), sink.Nodes.Single(n => n.Ref == "91440800MA4UJ0XX1T").Source);
        Assert.Equal(
            [(NodeKind.Person, 0.35, 1_750_000m), (NodeKind.Company, 0.65, 3_250_000m)],
            sink.Links.Select(l => (l.From.Kind, Math.Round(l.Share!.Value, 4), l.Amount!.Value)));
    }

    [Fact]
    public async Task A_field_given_two_values_rejects_the_later_row_naming_the_first()
    {
        _folder.Csv("a.csv", "utf-8", "号,名", "p1,王建国", "p1,王建华");
        var mapping = _folder.Mapping("""
            registry: cadre
            tables:
              - file: a.csv
                records:
                  person: { kind: people, ref: [号], fields: { name: 名 } }
            """);

        var sink = await ReadAsync(mapping);

        var rejected = Assert.Single(sink.Rejected);
        Assert.Equal(
            ("a.csv", 3, "名 (person.name): '王建华' differs from '王建国', given to people record 'p1' on a.csv:2", "p1,王建华"),
            (rejected.File, rejected.Line, rejected.Reason, rejected.Raw));
        Assert.Equal("王建国", Assert.Single(sink.Nodes).Name);
    }

    [Fact]
    public async Task Values_the_same_under_normalisation_are_one_value()
    {
        _folder.Csv("a.csv", "utf-8", "号,名,生日", "p1,王建国,1968-10-05", "p1,王 建国,1968年10月5日", "p1,王建国,");
        var mapping = _folder.Mapping("""
            registry: cadre
            tables:
              - file: a.csv
                records:
                  person: { kind: people, ref: [号], fields: { name: 名, birth_date: { column: 生日, date: auto } } }
            """);

        var sink = await ReadAsync(mapping);

        Assert.Empty(sink.Issues);
        Assert.Equal(new DateOnly(1968, 10, 5), Assert.Single(sink.Nodes).BirthDate);
    }

    [Fact]
    public async Task A_masked_number_and_the_number_it_masks_are_one_value_and_the_number_is_kept()
    {
        _folder.Csv(
            "a.csv",
            "utf-8",
            "号,名,证件",
            "p1,王建国,440802********0017",
            "p1,王建国,440802196803150017",
            "p2,李秀英,440802197005120029",
            "p2,李秀英,440802********0017");
        var mapping = _folder.Mapping("""
            registry: cadre
            tables:
              - file: a.csv
                records:
                  person: { kind: people, ref: [号], fields: { name: 名, id_number: 证件 } }
            """);

        var sink = await ReadAsync(mapping);

        Assert.Equal("440802196803150017", sink.Nodes.Single(n => n.Ref == "p1").Identifier);
        Assert.Equal(
            "a.csv:5: 证件 (person.id_number): '440802********0017' differs from '440802197005120029', given to people record 'p2' on a.csv:4",
            Assert.Single(sink.Rejected).ToString());
    }

    [Fact]
    public async Task A_record_still_missing_a_required_value_once_every_table_is_read_is_rejected_citing_its_rows()
    {
        _folder.Csv("officials.csv", "utf-8", "号,名", "p1,王建国");
        _folder.Csv("family.csv", "utf-8", "号,家属号,称谓", "p1,r1,配偶", "p2,r2,儿子");
        var mapping = _folder.Mapping("""
            registry: cadre
            tables:
              - file: officials.csv
                records:
                  official: { kind: people, ref: [号], fields: { name: 名 } }
              - file: family.csv
                records:
                  official: { kind: people, ref: [号], fields: {} }
                  relative: { kind: people, ref: [家属号], fields: {} }
                  tie:
                    kind: family
                    fields:
                      person_ref: { record: official }
                      relative_ref: { record: relative }
                      relation: { column: 称谓, map: relation }
            """);

        var sink = await ReadAsync(mapping);

        Assert.Equal(
            [
                "family.csv:2: people record 'r1' has no name: family.csv:2 states it without that value, and no earlier ingest of " +
                    "registry 'cadre' states it",
                "family.csv:3: people record 'p2' has no name: family.csv:3 states it without that value, and no earlier ingest of " +
                    "registry 'cadre' states it",
                "family.csv:3: people record 'r2' has no name: family.csv:3 states it without that value, and no earlier ingest of " +
                    "registry 'cadre' states it",
                "family.csv:2: tie.relative_ref: unknown relative_ref 'r1': no people.csv row of this registry has that ref",
                "family.csv:3: tie.person_ref: unknown person_ref 'p2': no people.csv row of this registry has that ref",
            ],
            sink.Rejected.Select(r => r.ToString()));
        Assert.Equal(["p1"], sink.Nodes.Select(n => n.Ref));
        Assert.Empty(sink.Links);
    }

    [Fact]
    public async Task A_record_named_only_to_be_pointed_at_and_stated_by_an_earlier_ingest_is_not_restated()
    {
        _folder.Csv("family.csv", "utf-8", "号,家属号,家属,称谓", "p1,r1,李秀英,配偶");
        var mapping = _folder.Mapping("""
            registry: cadre
            tables:
              - file: family.csv
                records:
                  official: { kind: people, ref: [号], fields: {} }
                  relative: { kind: people, ref: [家属号], fields: { name: 家属 } }
                  tie:
                    kind: family
                    fields:
                      person_ref: { record: official }
                      relative_ref: { record: relative }
                      relation: { column: 称谓, map: relation }
            """);
        var sink = new CollectingSink();
        sink.Know(new NodeRef(NodeKind.Person, "p1"));

        await new MappedBundleReader(MappingFileReader.Read(mapping)).ReadAsync(sink, CancellationToken.None);

        Assert.Empty(sink.Issues);
        Assert.Equal(["r1"], sink.Nodes.Select(n => n.Ref));
        Assert.Equal(new NodeRef(NodeKind.Person, "p1"), Assert.Single(sink.Links).From);
    }

    [Fact]
    public async Task Where_leaves_rows_out_and_records_with_when_or_empty_refs_are_not_made()
    {
        _folder.Csv("企业.csv", "utf-8", "代码,名称,状态,上级代码", "c1,甲公司,存续,", "c2,乙公司,已注销,", "c3,丙公司,存续,c1", "数据截至2026年6月30日,,,");
        var mapping = _folder.Mapping("""
            registry: company
            tables:
              - file: 企业.csv
                where: { column: 状态, not_in: [已注销, 删除] }
                records:
                  company: { kind: companies, ref: [代码], fields: { name: 名称, status: 状态 } }
                  parent: { kind: companies, ref: [上级代码], fields: {} }
                  owned:
                    kind: shareholdings
                    fields:
                      holder_ref: { record: parent }
                      company_ref: { record: company }
                      share: { literal: "100" }
            """);

        var sink = await ReadAsync(mapping);

        Assert.Equal(["c1", "c3"], sink.Nodes.Select(n => n.Ref));
        var owned = Assert.Single(sink.Links);
        Assert.Equal(("c1", "c3", 1.0), (owned.From.Ref, owned.To.Ref, owned.Share!.Value));
        // The note line passes where (its 状态 is empty, not in the list): its company has no name.
        var rejected = Assert.Single(sink.Rejected);
        Assert.Contains("companies record '数据截至2026年6月30日' has no name", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Literal_joined_columns_and_nested_choices_are_values()
    {
        _folder.Csv("流水.csv", "utf-8", "日期,本方,对方,对方户名,对方类型,借贷,金额,摘要,省,市",
            "2021-05-06 14:23:11,a1,b1,宏达贸易有限公司,对公,贷,12.5万元,借款,广东省,湛江市",
            "2022-03-01,a1,b2,王小明,个人,借,3000,生活费,广东省,湛江市");
        var mapping = _folder.Mapping("""
            registry: bank
            tables:
              - file: 流水.csv
                records:
                  own: { kind: people, ref: [本方], fields: { name: { literal: 李秀英 }, address: { columns: [省, 市], join: " " } } }
                  firm: { kind: companies, when: { column: 对方类型, equals: 对公 }, ref: [对方], fields: { name: 对方户名 } }
                  person: { kind: people, when: { column: 对方类型, equals: 个人 }, ref: [对方], fields: { name: 对方户名 } }
                  line:
                    kind: transactions
                    fields:
                      from_ref: { when: { column: 借贷, equals: 借 }, then: { record: own }, else: { when: { column: 对方类型, equals: 对公 }, then: { record: firm }, else: { record: person } } }
                      to_ref: { when: { column: 借贷, equals: 贷 }, then: { record: own }, else: { when: { column: 对方类型, equals: 对公 }, then: { record: firm }, else: { record: person } } }
                      kind: { column: 摘要, map: transaction_kind, default: payment }
                      amount: { column: 金额, amount: auto }
                      date: { column: 日期, date: auto }
            """);

        var sink = await ReadAsync(mapping);

        Assert.Empty(sink.Issues);
        Assert.Equal("广东省 湛江市", sink.Nodes.Single(n => n.Ref == "a1").Address);
        Assert.Equal(
            [(new NodeRef(NodeKind.Company, "b1"), new NodeRef(NodeKind.Person, "a1"), "loan", 125_000m, new DateOnly(2021, 5, 6)),
             (new NodeRef(NodeKind.Person, "a1"), new NodeRef(NodeKind.Person, "b2"), "payment", 3_000m, new DateOnly(2022, 3, 1))],
            sink.Links.Select(l => (l.From, l.To, l.Detail!, l.Amount!.Value, l.Start!.Value)));
    }

    [Fact]
    public async Task Extract_takes_the_first_group_of_the_first_match()
    {
        _folder.Csv("a.csv", "utf-8", "号,名", "p1,王建国（曾用名：王国）");
        var mapping = _folder.Mapping("""
            registry: cadre
            tables:
              - file: a.csv
                records:
                  person: { kind: people, ref: [号], fields: { name: { column: 名, extract: "^([^（(]+)" } } }
            """);

        Assert.Equal("王建国", Assert.Single((await ReadAsync(mapping)).Nodes).Name);
    }

    [Fact]
    public async Task Months_as_interval_bounds_start_on_the_first_day_end_on_the_last_and_are_kept_as_published()
    {
        _folder.Csv("任职.csv", "utf-8", "号,名,单位,任职,免职", "p1,王建国,a1,2015.03,2019年2月");
        var mapping = _folder.Mapping("""
            registry: cadre
            tables:
              - file: 任职.csv
                records:
                  person: { kind: people, ref: [号], fields: { name: 名 } }
                  agency: { kind: agencies, ref: [单位], fields: { name: 单位 } }
                  post:
                    kind: positions
                    fields:
                      person_ref: { record: person }
                      agency_ref: { record: agency }
                      start_date: { column: 任职, date: "yyyy.MM" }
                      end_date: { column: 免职, date: auto }
            """);

        var post = Assert.Single((await ReadAsync(mapping)).Links);

        Assert.Equal((new DateOnly(2015, 3, 1), new DateOnly(2019, 2, 28)), (post.Start!.Value, post.End!.Value));
        Assert.Equal(new Dictionary<string, string> { ["start_date"] = "2015-03", ["end_date"] = "2019-02" }, post.Extra);
    }

    [Fact]
    public async Task A_bad_value_of_a_fact_rejects_the_whole_row_its_records_too()
    {
        _folder.Csv("股东.csv", "utf-8", "代码,企业,号,股东,比例", "c1,甲公司,p1,李秀英,120%", "c1,甲公司,p2,王小明,10%");
        var mapping = _folder.Mapping("""
            registry: company
            tables:
              - file: 股东.csv
                records:
                  company: { kind: companies, ref: [代码], fields: { name: 企业 } }
                  person: { kind: people, ref: [号], fields: { name: 股东 } }
                  stake: { kind: shareholdings, fields: { holder_ref: { record: person }, company_ref: { record: company }, share: 比例 } }
            """);

        var sink = await ReadAsync(mapping);

        Assert.Equal("股东.csv:2: 比例 (stake.share): share 120 is outside 0–100", Assert.Single(sink.Rejected).ToString());
        Assert.Equal(["p2", "c1"], sink.Nodes.Select(n => n.Ref));
        Assert.Single(sink.Links);
    }

    [Fact]
    public async Task Error_cells_and_formulas_without_a_value_reject_the_rows_that_read_them()
    {
        _folder.Xlsx("a.xlsx", new XlsxBuilder().Sheet("人员")
            .Row(1, "号", "名", "备注")
            .Row(2, "p1", XlsxCell.Error("#N/A"), "x")
            .Row(3, "p2", XlsxCell.Formula("VLOOKUP(A3,Sheet2!A:B,2,0)", cached: null), "x")
            .Row(4, "p3", XlsxCell.Formula("B9", cached: "王建国"), XlsxCell.Error("#REF!")));
        var mapping = _folder.Mapping("""
            registry: cadre
            tables:
              - file: a.xlsx
                records:
                  person: { kind: people, ref: [号], fields: { name: 名 } }
            """);

        var sink = await ReadAsync(mapping);

        Assert.Equal(
            ["a.xlsx!人员:2: 名: cell B2 holds the Excel error #N/A",
             "a.xlsx!人员:3: 名: cell B3 holds a formula saved without its value (the workbook was not recalculated before it was saved: " +
                 "open it in Excel and save it again, or paste the values)"],
            sink.Rejected.Select(r => r.ToString()));
        Assert.Equal("王建国", Assert.Single(sink.Nodes).Name);
    }

    [Fact]
    public async Task A_chinese_word_left_unmapped_is_rejected_with_the_vocabulary_that_would_read_it()
    {
        _folder.Xlsx("家庭成员.xlsx", new XlsxBuilder().Sheet("家庭成员")
            .Row(1, "干部号", "家属号", "家属", "称谓")
            .Row(2, "p1", "r1", "李秀英", "妻子"));
        var mapping = _folder.Mapping(FamilyMapping("extract: \"(.+)\""));

        var rejected = Assert.Single((await ReadAsync(mapping)).Rejected);

        Assert.EndsWith("unknown relation '妻子' (expected one of spouse, child, child_spouse, parent, sibling, parent_in_law, " +
            "sibling_in_law, grandchild, grandparent, other_relative); the built-in vocabulary reads '妻子' as spouse: add 'map: relation' " +
                "to the field", rejected.Reason, StringComparison.Ordinal);
        Assert.StartsWith("称谓 (tie.relation): ", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_identity_number_is_kept_with_a_warning()
    {
        _folder.Csv("a.csv", "utf-8", "号,名", "440802196803150011,王建国");
        var mapping = _folder.Mapping("""
            registry: cadre
            tables:
              - file: a.csv
                records:
                  person: { kind: people, ref: [号], fields: { name: 名, id_number: 号 } }
            """);

        var sink = await ReadAsync(mapping);

        Assert.Empty(sink.Rejected);
        Assert.StartsWith(
            "a.csv:2: identity number 440802196803150011 check character",
            Assert.Single(sink.Warnings).ToString(),
            StringComparison.Ordinal);
        Assert.Single(sink.Nodes);
    }

    private static string FamilyMapping(string relation) => $$"""
        registry: cadre
        tables:
          - file: 家庭成员.xlsx
            records:
              official: { kind: people, ref: [干部号], fields: { name: { literal: 王建国 } } }
              relative: { kind: people, ref: [家属号], fields: { name: 家属 } }
              tie:
                kind: family
                fields:
                  person_ref: { record: official }
                  relative_ref: { record: relative }
                  relation: { column: 称谓, {{relation}} }
        """;

    private static async Task<CollectingSink> ReadAsync(string mapping, IReadOnlyList<string>? files = null)
    {
        var sink = new CollectingSink();
        await new MappedBundleReader(MappingFileReader.Read(mapping), files).ReadAsync(sink, CancellationToken.None);
        return sink;
    }
}
