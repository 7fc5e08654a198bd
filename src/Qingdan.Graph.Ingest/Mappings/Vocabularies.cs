using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Ingest.Mappings;

/// <summary>
/// The built-in vocabularies of mapping.md: each maps the bundle's own words to themselves, and the
/// Chinese words registries use to the bundle's words (mapping.md's list, and a few more that delivered
/// files use).
/// </summary>
internal static class Vocabularies
{
    private static readonly Dictionary<string, Vocabulary> BuiltIn = new(StringComparer.Ordinal)
    {
        ["relation"] = Make("relation", Wire.All<FamilyRelation>(), new()
        {
            ["spouse"] = ["配偶", "妻子", "丈夫", "夫", "妻", "爱人", "老婆", "老公"],
            ["child"] = ["子女", "儿子", "女儿", "长子", "次子", "长女", "次女", "养子", "养女", "三子", "三女", "独子", "独女", "子", "女"],
            ["child_spouse"] = ["儿媳", "女婿", "儿媳妇", "长媳", "次媳"],
            ["parent"] = ["父亲", "母亲", "父母", "父", "母", "养父", "养母"],
            ["parent_in_law"] = ["岳父", "岳母", "公公", "婆婆"],
            ["sibling"] = ["兄弟姐妹", "哥哥", "姐姐", "弟弟", "妹妹", "兄", "姐", "弟", "妹"],
            ["sibling_in_law"]
                = ["姐夫", "妹夫", "嫂子", "弟媳", "大伯", "小叔", "大姑", "小姑", "内兄", "内弟", "大姨", "小姨", "嫂", "弟妹", "大姨子", "小姨子", "小舅子", "大舅子"],
            ["grandchild"] = ["孙子", "孙女", "外孙", "外孙女"],
            ["grandparent"] = ["祖父", "祖母", "外祖父", "外祖母", "爷爷", "奶奶", "外公", "外婆"],
            ["other_relative"] = ["其他亲属", "其他"],
        }),
        ["role"] = Make("role", Wire.All<CompanyRole>(), new()
        {
            ["legal_representative"] = ["法定代表人", "法人", "法人代表", "负责人"],
            ["chair"] = ["董事长", "执行董事"],
            ["director"] = ["董事", "副董事长"],
            ["supervisor"] = ["监事", "监事会主席"],
            ["general_manager"] = ["总经理", "经理"],
            ["senior_manager"] = ["副总经理", "财务负责人", "高级管理人员", "财务总监", "董事会秘书"],
            ["employee"] = ["员工", "职工", "工作人员"],
            ["consultant"] = ["顾问"],
        }),
        ["associate_kind"] = Make("associate_kind", Wire.All<AssociateKind>(), new()
        {
            ["specific_related"] = ["特定关系人"],
            ["business_partner"] = ["合伙人", "生意伙伴"],
            ["friend"] = ["朋友"],
            ["other"] = ["其他"],
        }),
        ["gender"] = Make("gender", ["M", "F"], new()
        {
            ["M"] = ["男", "male"],
            ["F"] = ["女", "female"],
        }),
        ["boolean"] = Make("boolean", ["true", "false"], new()
        {
            ["true"] = ["是", "有", "Y", "1", "yes"],
            ["false"] = ["否", "无", "N", "0", "no"],
        }),
        ["transaction_kind"] = Make("transaction_kind", Wire.All<TransactionKind>(), new()
        {
            ["loan"] = ["借款", "借贷", "贷款"],
            ["fundraising"] = ["集资"],
            ["consulting_fee"] = ["咨询费", "顾问费"],
            ["intermediary_fee"] = ["中介费", "居间费", "介绍费"],
            ["gift"] = ["礼金", "赠与", "礼品"],
            ["asset_use"] = ["借用", "使用"],
            ["payment"] = ["转账", "付款", "支付", "货款"],
            ["contract"] = ["合同", "采购合同"],
        }),
        ["decision_kind"] = Make("decision_kind", DecisionKindWords, new()
        {
            ["procurement_award"] = ["政府采购"],
            ["bidding_award"] = ["工程招标", "招标投标"],
            ["license"] = ["行政许可", "许可"],
            ["license_review"] = ["许可年审"],
            ["project_approval"] = ["项目审批"],
            ["land_transfer"] = ["土地出让"],
            ["subsidy"] = ["财政补贴", "补贴"],
            ["tax"] = ["税费减免"],
            ["credit"] = ["信贷", "贷款"],
            ["market_access"] = ["市场准入"],
            ["investment_deal"] = ["招商引资"],
            ["market_supervision"] = ["市场监管"],
            ["resource_development"] = ["资源开发"],
        }),
        ["method"] = Make("method", Wire.All<ProcurementMethod>(), new()
        {
            ["open"] = ["公开招标"],
            ["selective"] = ["邀请招标"],
            ["limited"] = ["竞争性谈判", "竞争性磋商", "询价"],
            ["direct"] = ["单一来源"],
        }),
        ["holder_kind"] = Make("holder_kind", Wire.All<HolderKind>(), new()
        {
            ["person"] = ["自然人", "个人", "自然人股东"],
            ["company"] = ["企业法人", "法人", "企业", "公司", "法人股东", "企业法人股东"],
        }),
        ["participation_role"] = Make("participation_role", Wire.All<ParticipationRole>(), new()
        {
            ["approver"] = ["审批人", "批准人", "审批"],
            ["signer"] = ["签发人", "签字人", "签批人", "签发"],
            ["evaluator"] = ["评审专家", "评标专家", "评审人", "评审"],
            ["handler"] = ["经办人", "承办人", "经办"],
        }),
        ["report_item"] = Make("report_item", ["relative", "holding", "post"], new()
        {
            ["relative"] = ["家庭成员"],
            ["holding"] = ["投资", "持股", "出资"],
            ["post"] = ["任职", "兼职"],
        }),
    };

    private static IReadOnlyList<string> DecisionKindWords =>
        ["procurement_award", "bidding_award", "market_access", "investment_deal", "license", "license_review", "project_approval",
         "land_transfer", "market_supervision", "resource_development", "credit", "tax", "subsidy"];

    /// <summary>The names of the built-in vocabularies.</summary>
    public static IEnumerable<string> Names => BuiltIn.Keys;

    public static Vocabulary? Find(string name) => BuiltIn.GetValueOrDefault(name);

    /// <summary>
    /// The vocabulary a bundle column's values come from, when the column takes closed words (relation,
    /// role…): an inline map's values are checked against it when the mapping is read.
    /// </summary>
    public static Vocabulary? ForColumn(string kind, string column) => (kind, column) switch
    {
        ("family", "relation") or ("report_items", "relation") => BuiltIn["relation"],
        ("company_roles", "role") => BuiltIn["role"],
        ("associates", "kind") => BuiltIn["associate_kind"],
        ("people", "gender") => BuiltIn["gender"],
        ("companies", "listed") or ("company_roles", "nominal") => BuiltIn["boolean"],
        ("transactions", "kind") => BuiltIn["transaction_kind"],
        ("decisions", "method") => BuiltIn["method"],
        ("shareholdings", "holder_kind") or ("transactions", "from_kind") or ("transactions", "to_kind") => BuiltIn["holder_kind"],
        ("decision_officials", "role") => BuiltIn["participation_role"],
        ("report_items", "item") => BuiltIn["report_item"],
        _ => null,
    };

    private static Vocabulary Make(string name, IEnumerable<string> own, Dictionary<string, string[]> words) =>
        new(name, own.Select(w => KeyValuePair.Create(w, w))
            .Concat(words.SelectMany(w => w.Value.Select(word => KeyValuePair.Create(word, w.Key)))));
}
