using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Core.Tests.Graph;
using static Qingdan.Graph.Core.Tests.Graph.SmallGraph;
using static Qingdan.Graph.Core.Tests.Rules.RuleWorld;

namespace Qingdan.Graph.Core.Tests.Rules;

/// <summary>NL5 of RULES.md (shareholdings and employment) on graphs small enough to check by hand, its "Not findings" among
/// them.</summary>
public sealed class Nl5Tests
{
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
}
