namespace Qingdan.Graph.Core.Rules;

/// <summary>
/// The clause a rule cites: the Chinese text, which stands, and the working translation. For NL3–NL9 the item of the
/// negative list; for REP the article of the report regulation (<see cref="Regulation"/>) and the breach it constitutes.
/// </summary>
public sealed record NegativeListClause(RuleId Rule, int Item, string Chinese, string English)
{
    /// <summary>The text the clause is from, as it is titled.</summary>
    public string Regulation { get; init; } = "湛江市政商交往负面清单";

    /// <summary>The clause behind a rule.</summary>
    public static NegativeListClause For(RuleId rule) => rule switch
    {
        RuleId.NL3 => Item3,
        RuleId.NL4 => Item4,
        RuleId.NL5 => Item5,
        RuleId.NL9 => Item9,
        RuleId.REP => ReportArticle4,
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

    private static readonly NegativeListClause ReportArticle4 = new(
        RuleId.REP,
        4,
        "第四条 领导干部应当报告下列收入、房产、投资等事项：……（五）配偶、子女及其配偶经商办企业的情况，包括投资非上市股份有限公司、有限责任公司，" +
            "注册个体工商户、个人独资企业、合伙企业等，以及在国（境）外注册公司或者投资入股等的情况。" +
            "（第三条（六）：配偶、子女及其配偶从业情况，含受聘担任私营企业的高级职务……）" +
            "领导干部漏报、少报、隐瞒不报个人有关事项的，属于不如实报告个人有关事项，根据情节轻重给予批评教育、组织调整或者组织处理、纪律处分。",
        "Article 4: leading cadres shall report the following income, housing, investment and like matters: … (5) the businesses " +
            "run by their spouse, children and children's spouses, including investment in unlisted joint-stock and limited-liability " +
                "companies, registered individual businesses, sole proprietorships and partnerships, and companies registered or shares " +
                    "bought abroad. (Article 3 (6): the employment of the spouse, children and children's spouses, including senior " +
                        "posts at private enterprises.) A report that leaves a matter out, understates it or conceals it does not report " +
                            "personal matters truthfully, and is met, as the circumstances weigh, with criticism and education, an " +
                                "organisational adjustment or measure, or a disciplinary sanction.")
    {
        Regulation = "领导干部报告个人有关事项规定（2017）",
    };
}
