using Qingdan.Graph.Core.Rules;
using static Qingdan.Graph.Core.Tests.Graph.SmallGraph;
using static Qingdan.Graph.Core.Tests.Rules.RuleWorld;

namespace Qingdan.Graph.Core.Tests.Rules;

/// <summary>NL3 of RULES.md (borrowing, fees, assets) on graphs small enough to check by hand, its "Not findings" among them.</summary>
public sealed class Nl3Tests
{
    [Fact]
    public void NL3_loan_from_a_company_to_the_spouse_during_tenure_with_the_path_and_its_sources()
    {
        var graph = World().Company("lender").Pays("lender", "spouse", "loan", D(2018, 5, 1), 2_000_000m);
        var snapshot = graph.Build();

        var finding = Assert.Single(Run(snapshot));

        Assert.Equal(
            (RuleId.NL3, "o", "lender"),
            (finding.Rule, graph.NameOf(snapshot, finding.Official), graph.NameOf(snapshot, finding.Company)));
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
            .Role("boss", "a", "director", D(2000)).Role("boss", "b", "legal_representative", D(2000)).Role(
                "boss",
                "own",
                "director",
                D(2000))
            .Role("spouse", "own", "general_manager", D(2000))
            .Pays("boss", "spouse", "consulting_fee", D(2015));
        var snapshot = graph.Build();

        var findings = Run(snapshot, RuleId.NL3);

        Assert.Equal(["a", "b"], findings.Select(f => graph.NameOf(snapshot, f.Company)).Order());
        Assert.All(findings, f => Assert.Equal(["fee"], f.Variants));
        Assert.All(findings, f => Assert.Equal(
            ["o", "spouse", "boss", graph.NameOf(snapshot, f.Company)],
            f.Evidence[0].Nodes.Select(n => graph.NameOf(snapshot, n))));
    }

    [Fact]
    public void NL3_outside_tenure_or_before_the_marriage_is_not_a_finding()
    {
        var graph = World().Person("fiance").Family("o", "fiance", "spouse", D(2021)).Company("lender")
            .Pays("lender", "spouse", "loan", D(2009, 12, 31))
            .Pays("lender", "fiance", "loan", D(2020, 12, 31));

        Assert.Empty(Run(graph.Build()));
    }
}
