using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Store.Tests.Findings;

/// <summary>
/// The body a sweep stores for a finding, on a graph built in code: the text is the one the writer
/// wrote before the body became records (captured then), so that stored findings and the export stay
/// byte for byte what they were.
/// </summary>
public sealed class FindingBodyTests
{
    [Fact]
    public void Bodies_are_written_byte_for_byte_as_before()
    {
        var (graph, findings) = World();

        var bodies = findings.OrderBy(f => f.Rule).ThenBy(f => f.Official).ThenBy(f => f.Company).Select(f => $"{f.Rule}: {Body(graph, f)}")
            .ToList();

        Assert.Equal(Before.Split('\n'), bodies);
    }

    [Fact]
    public void A_body_read_back_writes_the_same_text()
    {
        var (graph, findings) = World();

        Assert.All(findings, f => Assert.Equal(Body(graph, f), FindingBody.Parse(Body(graph, f)).ToJson()));
    }

    // Written by FindingDocument's JsonObject writer before the body became records (commit cbd42b8).
    private const string Before = """
        NL3: {"rule":"NL3","variants":["loan"],"severity":"medium","reasons":["in_person"],"clause":{"item":3,"zh":"（三）严禁以本人、配偶、子女及其配偶和其他特定关系人名义向企业及其负责人筹资、借款、借物，或以担任顾问、提供中介服务为名向企业及其负责人收取费用或者索取其他好处，或者变相占用、违规使用企业及其负责人的汽车、房屋等物品。","en":"Strictly forbidden: in the name of oneself, one's spouse, children and their spouses, or other specific related persons, to raise funds, borrow money or borrow goods from enterprises or their principals; or to charge fees or seek other benefits from enterprises or their principals under the name of serving as a consultant or providing intermediary services; or to occupy in disguised form, or use in breach of rules, the cars, houses or other property of enterprises or their principals."},"official":{"id":"p_2","kind":"person","name":"王建国","id_number":"11010519491231002X","refs":[{"bundle":"cadre","ref":"cad-2"},{"bundle":"finance","ref":"fin-2"}]},"company":{"id":"c_6","kind":"company","name":"Lender Ltd","credit_code":null,"credit_code_status":null,"refs":[{"bundle":"cadre","ref":"cad-6"},{"bundle":"finance","ref":"fin-6"}]},"relations":["self"],"relatives":[{"id":"p_2","kind":"person","name":"王建国"}],"amount":50000,"evidence":[{"shows":"self+transaction","on":"2019-06-01","nodes":[{"id":"p_2","kind":"person","name":"王建国"},{"id":"c_6","kind":"company","name":"Lender Ltd"}],"links":[{"kind":"Transaction","from":"c_6","to":"p_2","transaction_kind":"loan","date":"2019-06-01","valid_from":"2019-06-01","valid_to":null,"amount":50000,"sources":[{"bundle":"bundle-2026","file":"Transaction.csv","line":6}]}]}],"evidence_omitted":0,"decisions":[],"transactions":[{"kind":"Transaction","from":"c_6","to":"p_2","transaction_kind":"loan","date":"2019-06-01","valid_from":"2019-06-01","valid_to":null,"amount":50000,"sources":[{"bundle":"bundle-2026","file":"Transaction.csv","line":6}]}],"posts":[]}
        NL3: {"rule":"NL3","variants":["fee"],"severity":"medium","reasons":["in_person"],"clause":{"item":3,"zh":"（三）严禁以本人、配偶、子女及其配偶和其他特定关系人名义向企业及其负责人筹资、借款、借物，或以担任顾问、提供中介服务为名向企业及其负责人收取费用或者索取其他好处，或者变相占用、违规使用企业及其负责人的汽车、房屋等物品。","en":"Strictly forbidden: in the name of oneself, one's spouse, children and their spouses, or other specific related persons, to raise funds, borrow money or borrow goods from enterprises or their principals; or to charge fees or seek other benefits from enterprises or their principals under the name of serving as a consultant or providing intermediary services; or to occupy in disguised form, or use in breach of rules, the cars, houses or other property of enterprises or their principals."},"official":{"id":"p_9","kind":"person","name":"赵德","id_number":null,"refs":[]},"company":{"id":"c_6","kind":"company","name":"Lender Ltd","credit_code":null,"credit_code_status":null,"refs":[{"bundle":"cadre","ref":"cad-6"},{"bundle":"finance","ref":"fin-6"}]},"relations":["self"],"relatives":[{"id":"p_9","kind":"person","name":"赵德"}],"amount":null,"evidence":[{"shows":"self+transaction","on":"2023-02-01","nodes":[{"id":"p_9","kind":"person","name":"赵德"},{"id":"c_6","kind":"company","name":"Lender Ltd"}],"links":[{"kind":"Transaction","from":"c_6","to":"p_9","transaction_kind":"consulting_fee","date":"2023-02-01","valid_from":"2023-02-01","valid_to":null,"sources":[{"bundle":"bundle-2026","file":"Transaction.csv","line":14}]}]}],"evidence_omitted":0,"decisions":[],"transactions":[{"kind":"Transaction","from":"c_6","to":"p_9","transaction_kind":"consulting_fee","date":"2023-02-01","valid_from":"2023-02-01","valid_to":null,"sources":[{"bundle":"bundle-2026","file":"Transaction.csv","line":14}]}],"posts":[]}
        NL5: {"rule":"NL5","variants":["employment","shares"],"severity":"high","reasons":["close_relative","direct_stake","controlling_stake","senior_post","several_paths"],"clause":{"item":5,"zh":"（五）严禁以本人及配偶、子女及其配偶和其他特定关系人名义参股、持有非上市公司（企业）的股份、证券，或者违反规定安排配偶、子女及其配偶和其他特定关系人到企业就业、担任高级职务或者挂名领薪、兼职取酬，或虽实际工作但领取明显超出同职级标准薪酬。","en":"Strictly forbidden: in the name of oneself, one's spouse, children and their spouses or other specific related persons, to hold equity in, or hold shares or securities of, non-listed companies (enterprises); or, in breach of rules, to arrange for one's spouse, children and their spouses and other specific related persons to be employed by enterprises, to hold senior posts, to draw pay for a nominal post, or to hold a concurrent post for pay; or, while really working there, to receive pay clearly above the standard for the same grade."},"official":{"id":"p_2","kind":"person","name":"王建国","id_number":"11010519491231002X","refs":[{"bundle":"cadre","ref":"cad-2"},{"bundle":"finance","ref":"fin-2"}]},"company":{"id":"c_5","kind":"company","name":"湛江市\"海滨\"建材有限公司 <A&B>","credit_code":"91110000600037341M","credit_code_status":"invalid","refs":[]},"relations":["child","spouse"],"relatives":[{"id":"p_3","kind":"person","name":"李梅"},{"id":"p_4","kind":"person","name":"王小明"}],"amount":null,"evidence":[{"shows":"spouse+shares","on":"2015-01-01","nodes":[{"id":"p_2","kind":"person","name":"王建国"},{"id":"p_3","kind":"person","name":"李梅"},{"id":"c_5","kind":"company","name":"湛江市\"海滨\"建材有限公司 <A&B>"}],"links":[{"kind":"Family","from":"p_2","to":"p_3","relation":"spouse","valid_from":"1995-05-01","valid_to":null,"sources":[{"bundle":"bundle-2026","file":"Family.csv","line":2}]},{"kind":"Ownership","from":"p_3","to":"c_5","valid_from":"2015-01-01","valid_to":null,"share":0.3,"amount":300000,"sources":[{"bundle":"bundle-2026","file":"Ownership.csv","line":4}]}]},{"shows":"child+employment","on":"2016-01-01","nodes":[{"id":"p_2","kind":"person","name":"王建国"},{"id":"p_4","kind":"person","name":"王小明"},{"id":"c_5","kind":"company","name":"湛江市\"海滨\"建材有限公司 <A&B>"}],"links":[{"kind":"Family","from":"p_2","to":"p_4","relation":"child","valid_from":"1990-01-01","valid_to":null,"sources":[{"bundle":"bundle-2026","file":"Family.csv","line":3}]},{"kind":"Role","from":"p_4","to":"c_5","role":"director","valid_from":"2016-01-01","valid_to":"2022-12-31","monthly_salary":12000,"nominal":false,"sources":[{"bundle":"bundle-2026","file":"Role.csv","line":5}]}]}],"evidence_omitted":0,"decisions":[],"transactions":[],"posts":[]}
        NL9: {"rule":"NL9","variants":["ownership","role"],"severity":"high","reasons":["close_relative","notable_amount","single_bidder","direct_or_limited_method","stake_or_post_in_beneficiary","several_paths"],"clause":{"item":9,"zh":"（九）严禁在市场准入、招商引资、政府采购、工程招投标、证照颁发审验、项目审批、土地使用权出让、市场监管、资源开发、金融信贷、税费征管以及财政补贴等环节利用职权吃拿卡要、索贿受贿，或者在涉企服务中人为设置障碍，搞形式主义、官僚主义，态度生硬、作风蛮横，推诿扯皮、敷衍塞责，不作为、慢作为、乱作为。","en":"Strictly forbidden: in market access, investment promotion, government procurement, project bidding, issuing and reviewing licences and certificates, project approval, transfer of land-use rights, market supervision, resource development, financial credit, tax and fee collection, and fiscal subsidies, to use one's power to \"eat, take, obstruct and demand\" or to solicit or accept bribes; or, in services to enterprises, to set up artificial obstacles, act formalistically or bureaucratically, be harsh and overbearing, shift responsibility and stall, perform perfunctorily — not acting, acting slowly, or acting wrongly."},"official":{"id":"p_2","kind":"person","name":"王建国","id_number":"11010519491231002X","refs":[{"bundle":"cadre","ref":"cad-2"},{"bundle":"finance","ref":"fin-2"}]},"company":{"id":"c_5","kind":"company","name":"湛江市\"海滨\"建材有限公司 <A&B>","credit_code":"91110000600037341M","credit_code_status":"invalid","refs":[]},"relations":["child","spouse"],"relatives":[{"id":"p_3","kind":"person","name":"李梅"},{"id":"p_4","kind":"person","name":"王小明"}],"amount":2000000.50,"evidence":[{"shows":"decision","on":"2020-03-01","nodes":[{"id":"p_2","kind":"person","name":"王建国"},{"id":"d_7","kind":"decision","name":"procurement_award"},{"id":"c_5","kind":"company","name":"湛江市\"海滨\"建材有限公司 <A&B>"}],"links":[{"kind":"Participation","from":"p_2","to":"d_7","role":"approver","valid_from":null,"valid_to":null,"sources":[{"bundle":"bundle-2026","file":"Participation.csv","line":7}]},{"kind":"Beneficiary","from":"d_7","to":"c_5","valid_from":null,"valid_to":null,"sources":[{"bundle":"bundle-2026","file":"Beneficiary.csv","line":9}]}]},{"shows":"spouse+ownership","on":"2020-03-01","nodes":[{"id":"p_2","kind":"person","name":"王建国"},{"id":"p_3","kind":"person","name":"李梅"},{"id":"c_5","kind":"company","name":"湛江市\"海滨\"建材有限公司 <A&B>"}],"links":[{"kind":"Family","from":"p_2","to":"p_3","relation":"spouse","valid_from":"1995-05-01","valid_to":null,"sources":[{"bundle":"bundle-2026","file":"Family.csv","line":2}]},{"kind":"Ownership","from":"p_3","to":"c_5","valid_from":"2015-01-01","valid_to":null,"share":0.3,"amount":300000,"sources":[{"bundle":"bundle-2026","file":"Ownership.csv","line":4}]}]},{"shows":"child+role","on":"2020-03-01","nodes":[{"id":"p_2","kind":"person","name":"王建国"},{"id":"p_4","kind":"person","name":"王小明"},{"id":"c_5","kind":"company","name":"湛江市\"海滨\"建材有限公司 <A&B>"}],"links":[{"kind":"Family","from":"p_2","to":"p_4","relation":"child","valid_from":"1990-01-01","valid_to":null,"sources":[{"bundle":"bundle-2026","file":"Family.csv","line":3}]},{"kind":"Role","from":"p_4","to":"c_5","role":"director","valid_from":"2016-01-01","valid_to":"2022-12-31","monthly_salary":12000,"nominal":false,"sources":[{"bundle":"bundle-2026","file":"Role.csv","line":5}]}]}],"evidence_omitted":0,"decisions":[{"id":"d_7","kind":"decision","name":"procurement_award","decision_kind":"procurement_award","decided":"2020-03-01","amount":2000000.50,"currency":"CNY","method":"direct","bidders":1}],"transactions":[],"posts":[]}
        NL9: {"rule":"NL9","variants":["transaction"],"severity":"medium","reasons":["in_person"],"clause":{"item":9,"zh":"（九）严禁在市场准入、招商引资、政府采购、工程招投标、证照颁发审验、项目审批、土地使用权出让、市场监管、资源开发、金融信贷、税费征管以及财政补贴等环节利用职权吃拿卡要、索贿受贿，或者在涉企服务中人为设置障碍，搞形式主义、官僚主义，态度生硬、作风蛮横，推诿扯皮、敷衍塞责，不作为、慢作为、乱作为。","en":"Strictly forbidden: in market access, investment promotion, government procurement, project bidding, issuing and reviewing licences and certificates, project approval, transfer of land-use rights, market supervision, resource development, financial credit, tax and fee collection, and fiscal subsidies, to use one's power to \"eat, take, obstruct and demand\" or to solicit or accept bribes; or, in services to enterprises, to set up artificial obstacles, act formalistically or bureaucratically, be harsh and overbearing, shift responsibility and stall, perform perfunctorily — not acting, acting slowly, or acting wrongly."},"official":{"id":"p_2","kind":"person","name":"王建国","id_number":"11010519491231002X","refs":[{"bundle":"cadre","ref":"cad-2"},{"bundle":"finance","ref":"fin-2"}]},"company":{"id":"c_6","kind":"company","name":"Lender Ltd","credit_code":null,"credit_code_status":null,"refs":[{"bundle":"cadre","ref":"cad-6"},{"bundle":"finance","ref":"fin-6"}]},"relations":["self"],"relatives":[{"id":"p_2","kind":"person","name":"王建国"}],"amount":null,"evidence":[{"shows":"decision","on":"2021-05-06","nodes":[{"id":"p_2","kind":"person","name":"王建国"},{"id":"d_8","kind":"decision","name":"施工许可"},{"id":"c_6","kind":"company","name":"Lender Ltd"}],"links":[{"kind":"Participation","from":"p_2","to":"d_8","role":"signer","valid_from":null,"valid_to":null,"sources":[{"bundle":"bundle-2026","file":"Participation.csv","line":10}]},{"kind":"Beneficiary","from":"d_8","to":"c_6","valid_from":null,"valid_to":null,"sources":[{"bundle":"bundle-2026","file":"Beneficiary.csv","line":12}]}]},{"shows":"self+transaction","on":"2021-05-06","nodes":[{"id":"p_2","kind":"person","name":"王建国"},{"id":"c_6","kind":"company","name":"Lender Ltd"}],"links":[{"kind":"Transaction","from":"c_6","to":"p_2","transaction_kind":"loan","date":"2019-06-01","valid_from":"2019-06-01","valid_to":null,"amount":50000,"sources":[{"bundle":"bundle-2026","file":"Transaction.csv","line":6}]}]}],"evidence_omitted":0,"decisions":[{"id":"d_8","kind":"decision","name":"施工许可","decision_kind":"license","decided":"2021-05-06","amount":null,"currency":null,"method":null,"bidders":null}],"transactions":[{"kind":"Transaction","from":"c_6","to":"p_2","transaction_kind":"loan","date":"2019-06-01","valid_from":"2019-06-01","valid_to":null,"amount":50000,"sources":[{"bundle":"bundle-2026","file":"Transaction.csv","line":6}]}],"posts":[]}
        """;

    private static string Body(GraphSnapshot graph, Finding finding) =>
        FindingDocument.Build(graph, finding, Refs).ToJson();

    private static IReadOnlyList<(string Bundle, string Ref)> Refs(long id) =>
        id % 2 == 0 ? [("cadre", $"cad-{id}"), ("finance", $"fin-{id}")] : [];

    // An official with a valid identity number in post at a bureau; his spouse holds a share of a company that
    // won an award he approved, where his child is a director; another company lent him money and paid a fee to a
    // deputy whose identity number does not check.
    private static (GraphSnapshot Graph, IReadOnlyList<Finding> Findings) World()
    {
        var line = 0;
        var builder = new GraphSnapshotBuilder()
            .AddNode(new Agency
            {
                Id = Id(NodeKind.Agency, 1),
                Name = "湛江市住房和城乡建设局",
                Code = CreditCode.Parse("11440800007000000X"),
                RegionCode = "440800",
                Sectors = ["E"]
            })
            .AddNode(new Person { Id = Id(NodeKind.Person, 2), Name = "王建国", IdNumber = IdentityNumber.Parse("11010519491231002X") })
            .AddNode(new Person { Id = Id(NodeKind.Person, 3), Name = "李梅" })
            .AddNode(new Person { Id = Id(NodeKind.Person, 4), Name = "王小明", IdNumber = IdentityNumber.Parse("110105194912310021") })
            .AddNode(new Company
            {
                Id = Id(NodeKind.Company, 5),
                Name = "湛江市\"海滨\"建材有限公司 <A&B>",
                CreditCode = CreditCode.Parse("91110000600037341M"),
                RegionCode = "440802",
                Industry = "E47"
            })
            .AddNode(new Company { Id = Id(NodeKind.Company, 6), Name = "Lender Ltd", RegionCode = "440802", Industry = "E48" })
            .AddNode(new Decision
            {
                Id = Id(NodeKind.Decision, 7),
                Kind = "procurement_award",
                DecidedDate = new DateOnly(2020, 3, 1),
                Amount = 2_000_000.50m,
                Currency = "CNY",
                Method = ProcurementMethod.Direct,
                Bidders = 1
            })
            .AddNode(
                new Decision { Id = Id(NodeKind.Decision, 8), Kind = "license", Title = "施工许可", DecidedDate = new DateOnly(2021, 5, 6) })
            .AddNode(new Person { Id = Id(NodeKind.Person, 9), Name = "赵德", IdNumber = IdentityNumber.Parse("110105194912310022") });
        void Link(
            LinkKind kind,
            long from,
            long to,
            string? detail,
            DateOnly? start,
            DateOnly? end = null,
            double? share = null,
            decimal? amount = null,
            decimal? salary = null,
            bool? nominal = null,
            string? title = null) =>
            builder.AddLink(new SnapshotLink
            {
                Kind = kind,
                From = from,
                To = to,
                Detail = detail,
                Start = start,
                End = end,
                Share = share,
                Amount = amount,
                MonthlySalary = salary,
                Nominal = nominal,
                Title = title,
                Source = new SourceRef("bundle-2026", $"{kind}.csv", ++line),
            });
        Link(LinkKind.Position, 2, 1, null, new DateOnly(2010, 1, 1));
        Link(LinkKind.Family, 2, 3, "spouse", new DateOnly(1995, 5, 1));
        Link(LinkKind.Family, 2, 4, "child", new DateOnly(1990, 1, 1));
        Link(LinkKind.Ownership, 3, 5, null, new DateOnly(2015, 1, 1), share: 0.3, amount: 300_000m);
        Link(LinkKind.Role, 4, 5, "director", new DateOnly(2016, 1, 1), new DateOnly(2022, 12, 31), salary: 12_000m, nominal: false);
        Link(LinkKind.Transaction, 6, 2, "loan", new DateOnly(2019, 6, 1), amount: 50_000m);
        Link(LinkKind.Participation, 2, 7, "approver", null);
        Link(LinkKind.Issued, 1, 7, null, new DateOnly(2020, 3, 1));
        Link(LinkKind.Beneficiary, 7, 5, null, null);
        Link(LinkKind.Participation, 2, 8, "signer", null);
        Link(LinkKind.Issued, 1, 8, null, null);
        Link(LinkKind.Beneficiary, 8, 6, null, null);
        Link(LinkKind.Position, 9, 1, null, new DateOnly(2012, 1, 1), title: "副局长");
        Link(LinkKind.Transaction, 6, 9, "consulting_fee", new DateOnly(2023, 2, 1));
        var graph = builder.Build(version: 1);
        return (graph, new RuleEngine(graph).Run(null, maxParallelism: 1));
    }

    private static EntityId Id(NodeKind kind, long value) => new(kind, value);
}
