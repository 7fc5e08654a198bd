using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Core.Tests.Graph;
using static Qingdan.Graph.Core.Tests.Graph.SmallGraph;
using static Qingdan.Graph.Core.Tests.Rules.RuleWorld;

namespace Qingdan.Graph.Core.Tests.Rules;

/// <summary>REP of RULES.md (a report that leaves a business out) on graphs small enough to check by hand, its "Not findings"
/// among them.</summary>
public sealed class RepTests
{
    private static readonly DateOnly Day = D(2024, 12, 31);

    [Fact]
    public void REP_a_listed_relative_s_undeclared_stake_is_an_undeclared_interest_and_an_unlisted_one_s_an_undeclared_relative()
    {
        var graph = World().Company("firm").Company("shop").Company("own")
            .Owns("spouse", "firm", 0.05, D(2020)).Role("child", "shop", "director", D(2020)).Owns("o", "own", 0.4, D(2018))
            .Report("o", Day, "relative:spouse");
        var snapshot = graph.Build();

        var findings = Run(snapshot, RuleId.REP).ToDictionary(f => graph.NameOf(snapshot, f.Company), f => f);

        Assert.Equal(["firm", "own", "shop"], findings.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("undeclared_interest spouse", Describe(findings["firm"]));
        Assert.Equal("undeclared_relative child", Describe(findings["shop"]));
        Assert.Equal("undeclared_interest self", Describe(findings["own"]));
        Assert.Equal(Severity.Low, findings["firm"].Severity);
        Assert.Equal([SeverityTable.RelativeLeftOut, SeverityTable.CloseRelative, SeverityTable.SeniorPost], findings["shop"].Reasons);
        Assert.Equal([SeverityTable.InPerson, SeverityTable.ControllingStake], findings["own"].Reasons);
        var path = Assert.Single(findings["shop"].Evidence);
        Assert.Equal((Day, "child+undeclared", 1L, "reports.csv"), (path.On!.Value, path.Shows, path.Report!.Value, path.ReportSource!.File));
        Assert.Equal([LinkKind.Family, LinkKind.Role], path.Links.Select(snapshot.LinkKindOf));
        Assert.Equal([1L], findings["shop"].Reports);
    }

    [Fact]
    public void REP_what_the_report_declares_as_either_kind_is_not_a_finding()
    {
        var graph = World().Company("firm").Company("shop")
            .Owns("spouse", "firm", 0.3, D(2020)).Role("spouse", "shop", "chair", D(2020))
            .Report("o", Day, "post:spouse:firm", "holding:spouse:shop");

        Assert.Empty(Run(graph.Build(), RuleId.REP));
    }

    [Fact]
    public void REP_interests_outside_the_report_day_other_relations_ordinary_roles_and_chains_are_not_findings()
    {
        var graph = World().Person("father").Person("brother").Person("friend").Person("ex")
            .Company("later").Company("earlier").Company("a").Company("b").Company("c").Company("d").Company("e").Company("f")
            .Company("holding").Company("held")
            .Owns("spouse", "later", 0.2, D(2025, 1, 1)).Owns("spouse", "earlier", 0.2, D(2019), D(2024, 12, 30))
            .Family("o", "father", "parent").Owns("father", "a", 0.5)
            .Family("o", "brother", "sibling").Owns("brother", "b", 0.5)
            .Link(LinkKind.Associate, "o", "friend", "specific_related").Owns("friend", "c", 0.5)
            .Family("o", "ex", "spouse", D(1980), D(1990)).Owns("ex", "d", 0.5)
            .Role("child", "e", "employee", D(2020)).Role("child", "f", "consultant", D(2020))
            .Owns("child", "holding", 0.5, D(2020)).Owns("holding", "held", 0.9, D(2020))
            .Report("o", Day, "holding:child:holding");

        Assert.Empty(Run(graph.Build(), RuleId.REP));
    }

    [Fact]
    public void REP_a_marriage_that_began_after_the_report_day_and_another_report_s_day_are_not_findings()
    {
        var graph = new SmallGraph().Agency("bureau", "440800").Person("o").Person("wife").Company("firm").Company("new")
            .Post("o", "bureau", D(2010))
            .Family("o", "wife", "spouse", D(2025, 6, 1))
            .Owns("wife", "firm", 0.5, D(2000))
            .Owns("o", "new", 0.1, D(2024, 1, 1), D(2024, 6, 30))
            .Report("o", Day);
        var snapshot = graph.Build();

        Assert.Empty(Run(snapshot, RuleId.REP));

        // The same interest on the day of an earlier report of the same official is that report's finding, not this one's.
        var earlier = new SmallGraph().Agency("bureau", "440800").Person("o").Company("new")
            .Post("o", "bureau", D(2010))
            .Owns("o", "new", 0.1, D(2024, 1, 1), D(2024, 6, 30))
            .Report("o", D(2023, 12, 31)).Report("o", D(2024, 3, 31)).Report("o", Day);
        var finding = Assert.Single(Run(earlier.Build(), RuleId.REP));
        Assert.Equal([2L], finding.Reports);
    }

    [Fact]
    public void REP_a_derived_child_spouse_counts_and_a_person_without_a_post_files_no_report_the_rule_reads()
    {
        var graph = World().Person("daughter_in_law").Person("nobody").Company("firm").Company("other")
            .Family("child", "daughter_in_law", "spouse", D(2020))
            .Owns("daughter_in_law", "firm", 0.1, D(2021))
            .Owns("nobody", "other", 0.5)
            .Report("o", Day, "relative:child").Report("nobody", Day);
        var snapshot = graph.Build();

        var finding = Assert.Single(Run(snapshot, RuleId.REP));
        Assert.Equal(("firm", "undeclared_relative child_spouse"), (graph.NameOf(snapshot, finding.Company), Describe(finding)));
    }

    [Fact]
    public void REP_a_report_with_no_rule_asked_finds_nothing_and_REP_reads_as_a_rule_name()
    {
        var graph = World().Company("firm").Owns("spouse", "firm", 0.1, D(2020)).Report("o", Day);
        var snapshot = graph.Build();

        Assert.DoesNotContain(Run(snapshot, RuleId.NL3, RuleId.NL4, RuleId.NL9), f => f.Rule == RuleId.REP);
        Assert.True(RuleIds.TryParse("rep", out var rule) && rule == RuleId.REP);
        Assert.False(RuleIds.TryParse("100", out _));
        Assert.Equal([RuleId.NL5, RuleId.REP], RuleIds.ParseList("REP,NL5"));
        Assert.Equal("领导干部报告个人有关事项规定（2017）", NegativeListClause.For(RuleId.REP).Regulation);
    }

    [Fact]
    public void REP_a_report_beside_the_registries_shows_whom_it_covers_what_it_leaves_out_and_what_the_registries_do_not_show()
    {
        var graph = World().Person("father").Company("firm").Company("shop").Company("phantom").Company("dad")
            .Owns("spouse", "firm", 0.2, D(2020)).Role("spouse", "shop", "chair", D(2020)).Owns("father", "dad", 0.5)
            .Family("o", "father", "parent")
            .Report("o", Day, "relative:spouse", "holding:spouse:firm", "post:o:phantom");
        var snapshot = graph.Build();

        var comparison = ReportCheck.Compare(snapshot, snapshot.Reports.All.Single());

        Assert.Equal(
            ["child child False", "o self True", "spouse spouse True"],
            comparison.Covered.Select(c => $"{graph.NameOf(snapshot, c.Node)} {c.Relation} {c.Listed}").Order(StringComparer.Ordinal));
        Assert.Equal(
            ["spouse firm True", "spouse shop False"],
            comparison.Interests.Select(i => $"{graph.NameOf(snapshot, i.Person)} {graph.NameOf(snapshot, i.Company)} {i.Declared}")
                .Order(StringComparer.Ordinal));
        Assert.Equal([true, true, false], comparison.Items.Select(i => i.Shown));
        // The check and the rule agree: the one undeclared interest is the one finding.
        var finding = Assert.Single(Run(snapshot, RuleId.REP));
        Assert.Equal("shop", graph.NameOf(snapshot, finding.Company));
    }

    private static string Describe(Finding finding) => $"{string.Join(',', finding.Variants)} {string.Join(',', finding.Relations)}";
}
