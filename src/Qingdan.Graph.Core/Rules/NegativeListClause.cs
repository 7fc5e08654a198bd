namespace Qingdan.Graph.Core.Rules;

/// <summary>The clause of the negative list a rule cites: the Chinese text, which stands, and the working translation.</summary>
public sealed record NegativeListClause(RuleId Rule, int Item, string Chinese, string English)
{
    /// <summary>The clause behind a rule.</summary>
    public static NegativeListClause For(RuleId rule) => rule switch
    {
        RuleId.NL3 => Item3,
        RuleId.NL4 => Item4,
        RuleId.NL5 => Item5,
        RuleId.NL9 => Item9,
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Not a rule of the negative list."),
    };

    private static readonly NegativeListClause Item3 = new(
        RuleId.NL3,
        3,
        "（三）严禁以本人、配偶、子女及其配偶和其他特定关系人名义向企业及其负责人筹资、借款、借物，或以担任顾问、提供中介服务为名向企业及其负责人收取费用或者索取其他好处，或者变相占用、违规使用企业及其负责人的汽车、房屋等物品。",
        "Strictly forbidden: in the name of oneself, one's spouse, children and their spouses, or other specific related persons, to " +
            "raise funds, borrow money or borrow goods from enterprises or their principals; or to charge fees or seek other benefits " +
                "from enterprises or their principals under the name of serving as a consultant or providing intermediary services; or " +
                    "to occupy in disguised form, or use in breach of rules, the cars, houses or other property of enterprises or their " +
                        "principals.");

    private static readonly NegativeListClause Item4 = new(
        RuleId.NL4,
        4,
        "（四）严禁本人或纵容、默许、包庇配偶、子女及其配偶等亲属和其他特定关系人从企业谋取利益，以及违反有关规定与管辖的区域或者业务范围内的企业发生可能影响其公正执行公务的经营活动。",
        "Strictly forbidden: for oneself, or by conniving at, acquiescing in or shielding one's spouse, children and their spouses and " +
            "other relatives and specific related persons, to seek benefits from enterprises; and, in breach of the relevant rules, to " +
                "engage in business activities with enterprises in the region or line of business under one's administration that may " +
                    "affect the impartial performance of official duties.");

    private static readonly NegativeListClause Item5 = new(
        RuleId.NL5,
        5,
        "（五）严禁以本人及配偶、子女及其配偶和其他特定关系人名义参股、持有非上市公司（企业）的股份、证券，或者违反规定安排配偶、子女及其配偶和其他特定关系人到企业就业、担任高级职务或者挂名领薪、兼职取酬，或虽实际工作但领取明显超出同职级标准薪酬。",
        "Strictly forbidden: in the name of oneself, one's spouse, children and their spouses or other specific related persons, to hold " +
            "equity in, or hold shares or securities of, non-listed companies (enterprises); or, in breach of rules, to arrange for " +
                "one's spouse, children and their spouses and other specific related persons to be employed by enterprises, to hold " +
                    "senior posts, to draw pay for a nominal post, or to hold a concurrent post for pay; or, while really working there, " +
                        "to receive pay clearly above the standard for the same grade.");

    private static readonly NegativeListClause Item9 = new(
        RuleId.NL9,
        9,
        "（九）严禁在市场准入、招商引资、政府采购、工程招投标、证照颁发审验、项目审批、土地使用权出让、市场监管、资源开发、金融信贷、税费征管以及财政补贴等环节利用职权吃拿卡要、索贿受贿，或者在涉企服务中人为设置障碍，搞形式主义、官僚主义，态度生硬、作风蛮横，推诿扯皮、敷衍塞责，不作为、慢作为、乱作为。",
        "Strictly forbidden: in market access, investment promotion, government procurement, project bidding, issuing and reviewing " +
            "licences and certificates, project approval, transfer of land-use rights, market supervision, resource development, " +
                "financial credit, tax and fee collection, and fiscal subsidies, to use one's power to \"eat, take, obstruct and " +
                    "demand\" or to solicit or accept bribes; or, in services to enterprises, to set up artificial obstacles, act " +
                        "formalistically or bureaucratically, be harsh and overbearing, shift responsibility and stall, perform " +
                            "perfunctorily — not acting, acting slowly, or acting wrongly.");
}
