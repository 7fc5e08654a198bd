using Qingdan.Graph.Core.Rules;
using static Qingdan.Graph.Core.Tests.Graph.SmallGraph;
using static Qingdan.Graph.Core.Tests.Rules.RuleWorld;

namespace Qingdan.Graph.Core.Tests.Rules;

/// <summary>What every rule shares: relations, parameters, the narrowing of a run, severity and rule names.</summary>
public sealed class RuleEngineTests
{
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
}
