using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Core.Tests.Graph;
using static Qingdan.Graph.Core.Tests.Graph.SmallGraph;

namespace Qingdan.Graph.Core.Tests.Rules;

/// <summary>P(c, t), S(r, t) and J(o, t) of RULES.md "Who counts", which every rule is written in.</summary>
public sealed class RuleSetsTests
{
    private static readonly DateOnly Day = D(2020, 6, 1);

    [Fact]
    public void Principals_are_officers_in_a_principal_role_and_quarter_owners()
    {
        var graph = new SmallGraph().Person("rep").Person("owner").Person("clerk").Person("small").Company("c")
            .Link(LinkKind.Role, "rep", "c", "legal_representative", D(2015))
            .Link(LinkKind.Role, "clerk", "c", "employee", D(2015))
            .Owns("owner", "c", 0.25).Owns("small", "c", 0.2499);
        var snapshot = graph.Build();

        var principals = snapshot.Principals(graph[snapshot, "c"], Day).Select(p => graph.NameOf(snapshot, p)).Order();

        Assert.Equal(["owner", "rep"], principals);
    }

    [Fact]
    public void Side_holds_the_person_their_quarter_companies_and_the_ones_they_lead()
    {
        var graph = new SmallGraph().Person("r").Company("owned").Company("led").Company("directed").Company("minor")
            .Owns("r", "owned", 0.4).Owns("r", "minor", 0.1)
            .Link(LinkKind.Role, "r", "led", "general_manager")
            .Link(LinkKind.Role, "r", "directed", "director");
        var snapshot = graph.Build();

        var side = snapshot.Side(graph[snapshot, "r"], Day).Select(n => graph.NameOf(snapshot, n)).Order();

        Assert.Equal(["led", "owned", "r"], side);
    }

    [Fact]
    public void Jurisdiction_needs_the_region_inside_and_the_sector_among_the_agency_s()
    {
        var graph = new SmallGraph().Person("o").Agency("bureau", "440800", "E")
            .Company("builder", "440802", "E48").Company("trader", "440802", "F51").Company("away", "441802", "E48")
            .Link(LinkKind.Position, "o", "bureau", start: D(2012));
        var snapshot = graph.Build();
        var o = graph[snapshot, "o"];

        Assert.True(snapshot.InJurisdiction(o, graph[snapshot, "builder"], Day));
        Assert.False(snapshot.InJurisdiction(o, graph[snapshot, "trader"], Day));
        Assert.False(snapshot.InJurisdiction(o, graph[snapshot, "away"], Day));
        Assert.False(snapshot.InJurisdiction(o, graph[snapshot, "builder"], D(2011)));
    }
}
