using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Core.Rules;
using static Qingdan.Graph.Core.Tests.Graph.SmallGraph;
using static Qingdan.Graph.Core.Tests.Rules.RuleWorld;

namespace Qingdan.Graph.Core.Tests.Rules;

/// <summary>NL9 of RULES.md (decisions that benefit a connected company) on graphs small enough to check by hand.</summary>
public sealed class Nl9Tests
{
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
        Assert.Contains(
            finding.Evidence,
            p => p.Shows == "decision" && p.Nodes.Select(n => graph.NameOf(snapshot, n)).SequenceEqual(["o", "award", "winner"]));
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
}
