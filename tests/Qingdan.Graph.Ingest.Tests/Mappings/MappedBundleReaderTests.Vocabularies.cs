using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Ingest.Tests.Mappings;

/// <summary>Vocabularies and lists: words mapped, defaults, several roles in a cell, split records.</summary>
public sealed partial class MappedBundleReaderTests
{
    [Fact]
    public async Task A_word_missing_from_the_vocabulary_rejects_the_row_naming_the_word_and_the_vocabulary()
    {
        _folder.Xlsx("家庭成员.xlsx", new XlsxBuilder().Sheet("家庭成员")
            .Row(1, "干部号", "家属号", "家属", "称谓")
            .Row(14, "p1", "r1", "李秀英", "表哥"));
        var mapping = _folder.Mapping(FamilyMapping("map: relation"));

        var sink = await ReadAsync(mapping);

        var rejected = Assert.Single(sink.Rejected);
        Assert.Equal("家庭成员.xlsx!家庭成员:14: 称谓: '表哥' is not in the vocabulary relation", rejected.ToString());
        Assert.Equal("p1,r1,李秀英,表哥", rejected.Raw);
        Assert.Empty(sink.Nodes);
        Assert.Empty(sink.Links);
    }

    [Fact]
    public async Task A_default_takes_words_in_no_vocabulary_and_a_list_of_vocabularies_is_tried_in_order()
    {
        _folder.Xlsx("家庭成员.xlsx", new XlsxBuilder().Sheet("家庭成员")
            .Row(1, "干部号", "家属号", "家属", "称谓")
            .Row(2, "p1", "r1", "李秀英", "表哥")
            .Row(3, "p1", "r2", "王小明", "犬子")
            .Row(4, "p1", "r3", "王德福", "父亲"));
        var mapping = _folder.Mapping(FamilyMapping("map: [{ 犬子: child }, relation], default: other_relative"));

        var sink = await ReadAsync(mapping);

        Assert.Empty(sink.Issues);
        Assert.Equal(["other_relative", "child", "parent"], sink.Links.Select(l => l.Detail));
    }

    [Fact]
    public async Task A_cell_listing_several_roles_makes_a_role_each_and_a_list_becomes_the_bundles_list()
    {
        _folder.Csv("人员.csv", "utf-8", "代码,企业,姓名,证件号,职务,审批", "91440800MA4UJ0XX1T,海滨建材,王小明,440802199603020019,董事、总经理,");
        var mapping = _folder.Mapping("""
            registry: company
            tables:
              - file: 人员.csv
                records:
                  company: { kind: companies, ref: [代码], fields: { name: 企业 } }
                  person: { kind: people, ref: [证件号], fields: { name: 姓名, id_number: 证件号 } }
                  post:
                    kind: company_roles
                    fields:
                      person_ref: { record: person }
                      company_ref: { record: company }
                      role: { column: 职务, split: "、", map: role }
            """);

        var sink = await ReadAsync(mapping);

        Assert.Empty(sink.Issues);
        Assert.Equal(["director", "general_manager"], sink.Links.Select(l => l.Detail));
    }

    [Fact]
    public async Task A_split_record_makes_the_records_pointing_at_it_once_per_value()
    {
        _folder.Csv("投资.csv", "utf-8", "号,姓名,投资企业", "p1,李秀英,甲公司、乙公司");
        var mapping = _folder.Mapping("""
            registry: cadre
            tables:
              - file: 投资.csv
                records:
                  person: { kind: people, ref: [号], fields: { name: 姓名 } }
                  company: { kind: companies, ref: [投资企业], fields: { name: { column: 投资企业, split: "、" } } }
                  stake:
                    kind: shareholdings
                    fields:
                      holder_ref: { record: person }
                      company_ref: { record: company }
                      share: { literal: "0" }
            """);

        var sink = await ReadAsync(mapping);

        Assert.Empty(sink.Issues);
        Assert.Equal(["p1", "甲公司", "乙公司"], sink.Nodes.Select(n => n.Ref));
        Assert.Equal(["甲公司", "乙公司"], sink.Links.Select(l => l.To.Ref));
        Assert.All(sink.Links, l => Assert.Equal(NodeKind.Person, l.From.Kind));
    }

    [Fact]
    public async Task A_split_cell_listing_nothing_makes_no_record()
    {
        _folder.Csv("中标.csv", "utf-8", "项目,类别,日期,投标人", "d1,政府采购,2024-01-02,c1、c2", "d2,行政许可,2024-02-03,");
        var mapping = _folder.Mapping("""
            registry: procurement
            tables:
              - file: 中标.csv
                records:
                  award: { kind: decisions, ref: [项目], fields: { kind: { column: 类别, map: decision_kind }, decided_date: 日期 } }
                  tenderer: { kind: companies, ref: [投标人], fields: { name: { column: 投标人, split: 、 } } }
                  tender: { kind: bidders, fields: { decision_ref: { record: award }, company_ref: { column: 投标人, split: 、 } } }
            """);

        var sink = await ReadAsync(mapping);

        Assert.Empty(sink.Issues);
        Assert.Equal(["c1", "c2"], sink.Links.Where(l => l.Kind == LinkKind.Bid).Select(l => l.From.Ref));
        Assert.Equal(["d1", "d2"], sink.Nodes.Where(n => n.Kind == NodeKind.Decision).Select(n => n.Ref));
    }
}
