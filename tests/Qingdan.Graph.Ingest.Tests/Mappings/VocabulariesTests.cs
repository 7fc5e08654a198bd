using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Ingest.Mappings;

namespace Qingdan.Graph.Ingest.Tests.Mappings;

/// <summary>Every word of mapping.md's "Built-in vocabularies", as the contract lists them, and the bundle's own words.</summary>
public sealed class VocabulariesTests
{
    // Transcribed from ../shared/formats/mapping.md: vocabulary, the words, the value they stand for.
    public static TheoryData<string, string, string> Contract()
    {
        var data = new TheoryData<string, string, string>();
        void Add(string vocabulary, string words, string value)
        {
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                data.Add(vocabulary, word, value);
            }
        }

        Add("relation", "配偶 妻子 丈夫 夫 妻", "spouse");
        Add("relation", "子女 儿子 女儿 长子 次子 长女 次女 养子 养女", "child");
        Add("relation", "儿媳 女婿", "child_spouse");
        Add("relation", "父亲 母亲 父母 父 母", "parent");
        Add("relation", "岳父 岳母 公公 婆婆", "parent_in_law");
        Add("relation", "兄弟姐妹 哥哥 姐姐 弟弟 妹妹 兄 姐 弟 妹", "sibling");
        Add("relation", "姐夫 妹夫 嫂子 弟媳 大伯 小叔 大姑 小姑 内兄 内弟 大姨 小姨", "sibling_in_law");
        Add("relation", "孙子 孙女 外孙 外孙女", "grandchild");
        Add("relation", "祖父 祖母 外祖父 外祖母", "grandparent");
        Add("relation", "其他亲属", "other_relative");
        Add("role", "法定代表人 法人", "legal_representative");
        Add("role", "董事长 执行董事", "chair");
        Add("role", "董事 副董事长", "director");
        Add("role", "监事 监事会主席", "supervisor");
        Add("role", "总经理 经理", "general_manager");
        Add("role", "副总经理 财务负责人 高级管理人员", "senior_manager");
        Add("role", "员工 职工 工作人员", "employee");
        Add("role", "顾问", "consultant");
        Add("associate_kind", "特定关系人", "specific_related");
        Add("associate_kind", "合伙人 生意伙伴", "business_partner");
        Add("associate_kind", "朋友", "friend");
        Add("gender", "男", "M");
        Add("gender", "女", "F");
        Add("boolean", "是 有 Y 1", "true");
        Add("boolean", "否 无 N 0", "false");
        Add("transaction_kind", "借款 借贷 贷款", "loan");
        Add("transaction_kind", "集资", "fundraising");
        Add("transaction_kind", "咨询费 顾问费", "consulting_fee");
        Add("transaction_kind", "中介费 居间费 介绍费", "intermediary_fee");
        Add("transaction_kind", "礼金 赠与 礼品", "gift");
        Add("transaction_kind", "借用 使用", "asset_use");
        Add("transaction_kind", "转账 付款 支付 货款", "payment");
        Add("transaction_kind", "合同 采购合同", "contract");
        Add("decision_kind", "政府采购", "procurement_award");
        Add("decision_kind", "工程招标 招标投标", "bidding_award");
        Add("decision_kind", "行政许可 许可", "license");
        Add("decision_kind", "许可年审", "license_review");
        Add("decision_kind", "项目审批", "project_approval");
        Add("decision_kind", "土地出让", "land_transfer");
        Add("decision_kind", "财政补贴 补贴", "subsidy");
        Add("decision_kind", "税费减免", "tax");
        Add("decision_kind", "信贷 贷款", "credit");
        Add("decision_kind", "市场准入", "market_access");
        Add("decision_kind", "招商引资", "investment_deal");
        Add("decision_kind", "市场监管", "market_supervision");
        Add("decision_kind", "资源开发", "resource_development");
        Add("method", "公开招标", "open");
        Add("method", "邀请招标", "selective");
        Add("method", "竞争性谈判 竞争性磋商 询价", "limited");
        Add("method", "单一来源", "direct");
        Add("holder_kind", "自然人 个人", "person");
        Add("holder_kind", "企业法人 法人 企业 公司", "company");
        Add("report_item", "家庭成员", "relative");
        Add("report_item", "投资 持股 出资", "holding");
        Add("report_item", "任职 兼职", "post");
        return data;
    }

    public static TheoryData<string, string> OwnWords()
    {
        var data = new TheoryData<string, string>();
        foreach (var word in Wire.All<FamilyRelation>())
        {
            data.Add("relation", word);
        }

        foreach (var word in Wire.All<CompanyRole>())
        {
            data.Add("role", word);
        }

        foreach (var word in Wire.All<AssociateKind>())
        {
            data.Add("associate_kind", word);
        }

        foreach (var word in Wire.All<TransactionKind>())
        {
            data.Add("transaction_kind", word);
        }

        foreach (var word in Wire.All<ProcurementMethod>())
        {
            data.Add("method", word);
        }

        foreach (var word in Wire.All<HolderKind>())
        {
            data.Add("holder_kind", word);
        }

        foreach (var word in new[] {
            "procurement_award",
            "bidding_award",
            "market_access",
            "investment_deal",
            "license",
            "license_review",
            "project_approval",
            "land_transfer",
            "market_supervision",
            "resource_development",
            "credit",
            "tax",
            "subsidy" })
        {
            data.Add("decision_kind", word);
        }

        foreach (var word in new[] { "relative", "holding", "post" })
        {
            data.Add("report_item", word);
        }

        data.Add("gender", "M");
        data.Add("gender", "F");
        data.Add("boolean", "true");
        data.Add("boolean", "false");
        return data;
    }

    [Theory]
    [MemberData(nameof(Contract))]
    public void Each_word_of_the_contract_maps_to_its_bundle_word(string vocabulary, string word, string value)
    {
        Assert.True(Vocabularies.Find(vocabulary)!.TryMap(word, out var mapped), $"'{word}' is missing from {vocabulary}");
        Assert.Equal(value, mapped);
    }

    [Theory]
    [MemberData(nameof(OwnWords))]
    public void The_bundles_own_words_map_to_themselves(string vocabulary, string word)
    {
        Assert.True(Vocabularies.Find(vocabulary)!.TryMap(word, out var mapped));
        Assert.Equal(word, mapped);
    }

    [Fact]
    public void Words_match_trimmed_in_either_width_and_any_case()
    {
        var boolean = Vocabularies.Find("boolean")!;

        Assert.True(boolean.TryMap(" Ｙ ", out var wide));
        Assert.True(boolean.TryMap("y", out var lower));
        Assert.Equal(("true", "true"), (wide, lower));
        Assert.False(Vocabularies.Find("relation")!.TryMap("表哥", out _));
    }
}
