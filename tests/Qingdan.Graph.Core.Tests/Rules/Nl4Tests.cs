using Qingdan.Graph.Core.Rules;
using static Qingdan.Graph.Core.Tests.Graph.SmallGraph;
using static Qingdan.Graph.Core.Tests.Rules.RuleWorld;

namespace Qingdan.Graph.Core.Tests.Rules;

/// <summary>NL4 of RULES.md (benefit and business with enterprises under one's administration) on graphs small enough to check by
/// hand.</summary>
public sealed class Nl4Tests
{
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
}
