using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Core.Tests.Graph;
using static Qingdan.Graph.Core.Tests.Graph.SmallGraph;

namespace Qingdan.Graph.Core.Tests.Rules;

/// <summary>Each rule of RULES.md on graphs small enough to check by hand, the "Not findings" examples among them.</summary>
public sealed class RuleEngineTests
{
    // An official in post at a city bureau since 2010, married since 1995, with a child.
    private static SmallGraph World(params string[] sectors) => new SmallGraph()
        .Agency("bureau", "440800", sectors).Person("o").Person("spouse").Person("child")
        .Post("o", "bureau", D(2010))
        .Family("o", "spouse", "spouse", D(1995))
        .Family("o", "child", "child", D(1990));

    [Fact]
    public void NL3_loan_from_a_company_to_the_spouse_during_tenure_with_the_path_and_its_sources()
    {
        var graph = World().Company("lender").Pays("lender", "spouse", "loan", D(2018, 5, 1), 2_000_000m);
        var snapshot = graph.Build();

        var finding = Assert.Single(Run(snapshot));

        Assert.Equal((RuleId.NL3, "o", "lender"), (finding.Rule, graph.NameOf(snapshot, finding.Official), graph.NameOf(snapshot, finding.Company)));
        Assert.Equal(["loan"], finding.Variants);
        Assert.Equal(["spouse"], finding.Relations);
        var path = Assert.Single(finding.Evidence);
        Assert.Equal(["o", "spouse", "lender"], path.Nodes.Select(n => graph.NameOf(snapshot, n)));
        Assert.All(path.Links, link => Assert.NotEmpty(snapshot.SourcesOf(link)));
        Assert.Equal(D(2018, 5, 1), path.On);
        Assert.Equal(2_000_000m, finding.Amount);
    }

    [Fact]
    public void NL3_bank_loan_is_not_a_finding_but_fundraising_from_a_bank_is()
    {
        var graph = World().Company("bank", industry: "J66")
            .Pays("bank", "spouse", "loan", D(2018))
            .Pays("bank", "child", "fundraising", D(2019));
        var snapshot = graph.Build();

        var finding = Assert.Single(Run(snapshot));

        Assert.Equal(["loan"], finding.Variants);
        Assert.Equal(["child"], finding.Relations);
    }

    [Fact]
    public void NL3_fee_from_a_principal_counts_for_each_company_they_lead_but_not_the_relatives_own()
    {
        var graph = World().Person("boss").Company("a").Company("b").Company("own")
            .Role("boss", "a", "director", D(2000)).Role("boss", "b", "legal_representative", D(2000)).Role("boss", "own", "director", D(2000))
            .Role("spouse", "own", "general_manager", D(2000))
            .Pays("boss", "spouse", "consulting_fee", D(2015));
        var snapshot = graph.Build();

        var findings = Run(snapshot, RuleId.NL3);

        Assert.Equal(["a", "b"], findings.Select(f => graph.NameOf(snapshot, f.Company)).Order());
        Assert.All(findings, f => Assert.Equal(["fee"], f.Variants));
        Assert.All(findings, f => Assert.Equal(["o", "spouse", "boss", graph.NameOf(snapshot, f.Company)], f.Evidence[0].Nodes.Select(n => graph.NameOf(snapshot, n))));
    }

    [Fact]
    public void NL3_outside_tenure_or_before_the_marriage_is_not_a_finding()
    {
        var graph = World().Person("fiance").Family("o", "fiance", "spouse", D(2021)).Company("lender")
            .Pays("lender", "spouse", "loan", D(2009, 12, 31))
            .Pays("lender", "fiance", "loan", D(2020, 12, 31));

        Assert.Empty(Run(graph.Build()));
    }

    [Fact]
    public void NL4_spouse_company_contracting_with_a_company_in_the_region_is_business_and_a_payment_to_it_benefit()
    {
        var graph = World().Company("spouse_co").Company("local", region: "440802").Company("elsewhere", region: "450100")
            .Owns("spouse", "spouse_co", 0.3, D(2000))
            .Pays("spouse_co", "local", "contract", D(2015))
            .Pays("spouse_co", "elsewhere", "contract", D(2015));
        var snapshot = graph.Build();

        var finding = Assert.Single(Run(snapshot, RuleId.NL4));

        Assert.Equal((RuleId.NL4, "local"), (finding.Rule, graph.NameOf(snapshot, finding.Company)));
        Assert.Equal(["business"], finding.Variants);
        Assert.Equal(["o", "spouse", "spouse_co", "local"], finding.Evidence[0].Nodes.Select(n => graph.NameOf(snapshot, n)));
        Assert.Equal("bureau", graph.NameOf(snapshot, snapshot.ToOf(Assert.Single(finding.Posts))));

        var paid = World().Company("spouse_co").Company("local", region: "440802")
            .Role("spouse", "spouse_co", "legal_representative", D(2000))
            .Pays("local", "spouse_co", "payment", D(2015));
        Assert.Equal(["benefit"], Assert.Single(Run(paid.Build(), RuleId.NL4)).Variants);
    }

    [Fact]
    public void NL4_company_outside_the_bureau_sectors_is_not_a_finding()
    {
        var graph = World("E48").Company("builder", region: "440802", industry: "F51").Company("power", region: "440802", industry: "E48")
            .Pays("spouse", "builder", "contract", D(2015))
            .Pays("spouse", "power", "contract", D(2015));
        var snapshot = graph.Build();

        Assert.Equal(["power"], Run(snapshot).Select(f => graph.NameOf(snapshot, f.Company)));
    }

    [Fact]
    public void NL5_shares_in_an_unlisted_company_count_and_in_a_listed_one_do_not()
    {
        var graph = World().Company("private").Company("listed", listed: true)
            .Owns("spouse", "private", 0.01, D(2016)).Owns("spouse", "listed", 0.3, D(2016));
        var snapshot = graph.Build();

        var finding = Assert.Single(Run(snapshot));

        Assert.Equal((RuleId.NL5, "private", "shares"), (finding.Rule, graph.NameOf(snapshot, finding.Company), finding.Variants.Single()));
        Assert.Contains(SeverityTable.DirectStake, finding.Reasons);
    }

    [Fact]
    public void NL5_holding_that_ended_before_the_first_post_or_from_before_the_marriage_is_not_a_finding()
    {
        var graph = new SmallGraph().Agency("bureau", "440800").Person("o").Person("spouse").Company("old").Company("before")
            .Post("o", "bureau", D(2010))
            .Family("o", "spouse", "spouse", D(2012))
            .Owns("o", "old", 0.5, D(2000), D(2009, 12, 31))
            .Owns("spouse", "before", 0.5, D(2005), D(2011, 12, 31));

        Assert.Empty(Run(graph.Build()));
    }

    [Fact]
    public void NL5_indirect_stake_counts_from_five_percent()
    {
        var graph = World().Company("holding").Company("thin").Company("enough")
            .Owns("child", "holding", 0.2, D(2016)).Owns("holding", "thin", 0.2, D(2016)).Owns("holding", "enough", 0.25, D(2016));
        var snapshot = graph.Build();

        var companies = Run(snapshot).Select(f => graph.NameOf(snapshot, f.Company)).Order();

        Assert.Equal(["enough", "holding"], companies);
    }

    [Fact]
    public void NL5_employment_senior_nominal_and_overpaid_posts_count_and_ordinary_pay_does_not()
    {
        var graph = World().Company("a").Company("b").Company("c").Company("d")
            .Role("spouse", "a", "director", D(2015))
            .Role("child", "b", "employee", D(2015), salary: 6000m, nominal: true)
            .Role("child", "c", "employee", D(2015), salary: 5000m);
        for (var i = 0; i < 5; i++)
        {
            graph.Person($"peer{i}").Role($"peer{i}", "d", "employee", D(2015), salary: 5000m + i);
        }

        graph.Person("cousin").Family("o", "cousin", "other_relative").Role("cousin", "d", "director", D(2015));
        var snapshot = graph.Build();

        var findings = Run(snapshot);
        Assert.Equal(["a", "b"], findings.Select(f => graph.NameOf(snapshot, f.Company)).Order());

        var overpaid = World().Company("d").Role("child", "d", "employee", D(2015), salary: 20_000m);
        for (var i = 0; i < 4; i++)
        {
            overpaid.Person($"peer{i}").Role($"peer{i}", "d", "employee", D(2015), salary: 5000m);
        }

        var pay = Assert.Single(Run(overpaid.Build()));
        Assert.Equal(["employment"], pay.Variants);
        Assert.Contains(SeverityTable.PayAbovePeers, pay.Reasons);
    }

    [Fact]
    public void NL9_award_to_a_company_where_the_child_is_director_lists_the_decision_and_grades_high()
    {
        var graph = World().Person("colleague").Company("winner").Company("other")
            .Decision("award", "procurement_award", D(2018, 3, 1), 20_000_000m, ProcurementMethod.Direct, bidders: 1)
            .Decision("award2", "procurement_award", D(2018, 3, 1))
            .Link(LinkKind.Participation, "o", "award", "approver").Link(LinkKind.Beneficiary, "award", "winner")
            .Link(LinkKind.Participation, "o", "award2", "approver").Link(LinkKind.Beneficiary, "award2", "other")
            .Role("child", "winner", "director", D(2016))
            .Role("colleague", "other", "director", D(2016));
        var snapshot = graph.Build();

        var finding = Assert.Single(Run(snapshot, RuleId.NL9));

        Assert.Equal((RuleId.NL9, "winner"), (finding.Rule, graph.NameOf(snapshot, finding.Company)));
        Assert.Equal(["role"], finding.Variants);
        Assert.Equal(["award"], finding.Decisions.Select(d => graph.NameOf(snapshot, d)));
        Assert.Equal(Severity.High, finding.Severity);
        Assert.Contains(finding.Evidence, p => p.Shows == "decision" && p.Nodes.Select(n => graph.NameOf(snapshot, n)).SequenceEqual(["o", "award", "winner"]));
        Assert.Contains(finding.Evidence, p => p.Nodes.Select(n => graph.NameOf(snapshot, n)).SequenceEqual(["o", "child", "winner"]));
    }

    [Fact]
    public void NL9_transaction_within_the_window_counts_and_one_day_past_it_does_not()
    {
        var graph = World().Company("near").Company("far")
            .Decision("d1", "license", D(2018, 1, 1)).Decision("d2", "license", D(2018, 1, 1))
            .Link(LinkKind.Participation, "o", "d1", "signer").Link(LinkKind.Beneficiary, "d1", "near")
            .Link(LinkKind.Participation, "o", "d2", "signer").Link(LinkKind.Beneficiary, "d2", "far")
            .Pays("near", "spouse", "gift", D(2018, 1, 1).AddDays(730))
            .Pays("far", "spouse", "gift", D(2018, 1, 1).AddDays(-731));
        var snapshot = graph.Build();

        var finding = Assert.Single(Run(snapshot, RuleId.NL9));

        Assert.Equal(("near", "transaction"), (graph.NameOf(snapshot, finding.Company), finding.Variants.Single()));
    }

    [Fact]
    public void Derived_child_spouse_counts_only_from_the_wedding()
    {
        var graph = World().Person("in_law").Family("child", "in_law", "spouse", D(2017)).Company("c")
            .Owns("in_law", "c", 0.5, D(2015));
        var snapshot = graph.Build();

        var finding = Assert.Single(Run(snapshot));

        Assert.Equal(["child_spouse"], finding.Relations);
        Assert.Equal(D(2017), finding.Evidence[0].On);
        Assert.Equal(["o", "child", "in_law", "c"], finding.Evidence[0].Nodes.Select(n => graph.NameOf(snapshot, n)));
    }

    [Fact]
    public void Parameters_change_the_thresholds()
    {
        var graph = World().Company("holding").Company("target")
            .Owns("spouse", "holding", 0.2, D(2016)).Owns("holding", "target", 0.2, D(2016));
        var snapshot = graph.Build();

        Assert.Single(Run(snapshot), f => graph.NameOf(snapshot, f.Company) == "holding");
        var findings = new RuleEngine(snapshot, new RuleParameters { IndirectShare = 0.04 }).Run();
        Assert.Equal(2, findings.Count);
    }

    [Fact]
    public void A_subset_of_officials_and_a_subset_of_rules_narrow_the_run()
    {
        var graph = World().Agency("other_bureau", "440800").Person("o2").Post("o2", "other_bureau", D(2010)).Company("c").Company("lender")
            .Owns("spouse", "c", 0.5, D(2016)).Owns("o2", "c", 0.5, D(2016))
            .Pays("lender", "o2", "loan", D(2016));
        var snapshot = graph.Build();
        var engine = new RuleEngine(snapshot);

        Assert.Equal(3, engine.Run().Count);
        Assert.Equal(["o2", "o2"], engine.Run(officials: [graph[snapshot, "o2"]]).Select(f => graph.NameOf(snapshot, f.Official)));
        Assert.Equal([RuleId.NL3], engine.Run(rules: [RuleId.NL3]).Select(f => f.Rule));
        Assert.Empty(engine.Run(officials: [graph[snapshot, "spouse"]]));
    }

    [Fact]
    public void Severity_table_grades_by_points()
    {
        Assert.Equal(Severity.Low, SeverityTable.Grade([SeverityTable.SeniorPost]));
        Assert.Equal(Severity.Medium, SeverityTable.Grade([SeverityTable.SeniorPost, SeverityTable.CloseRelative]));
        Assert.Equal(Severity.High, SeverityTable.Grade([SeverityTable.InPerson, SeverityTable.LargeAmount]));
        Assert.Throws<ArgumentException>(() => SeverityTable.Grade(["made_up"]));
    }

    [Fact]
    public void Rule_lists_parse_and_unknown_rules_are_named()
    {
        Assert.Equal([RuleId.NL3, RuleId.NL5], RuleIds.ParseList("nl5, NL3,5"));
        var error = Assert.Throws<FormatException>(() => RuleIds.ParseList("NL3,NL7"));
        Assert.Contains("NL7", error.Message, StringComparison.Ordinal);
        Assert.Contains("严禁", NegativeListClause.For(RuleId.NL9).Chinese, StringComparison.Ordinal);
    }

    private static IReadOnlyList<Finding> Run(GraphSnapshot snapshot, params RuleId[] rules) =>
        new RuleEngine(snapshot).Run(rules.Length == 0 ? null : rules, maxParallelism: 1);
}
