using Qingdan.Graph.Core.Model;
using static Qingdan.Graph.Core.Tests.Graph.SmallGraph;

namespace Qingdan.Graph.Core.Tests.Graph;

public sealed class OwnershipTests
{
    private static readonly DateOnly Day = D(2020, 6, 1);

    [Fact]
    public void Effective_ownership_multiplies_along_chains_and_sums_paths()
    {
        var graph = new SmallGraph().Person("p").Company("h1").Company("h2").Company("c")
            .Owns("p", "h1", 0.5).Owns("p", "h2", 0.5).Owns("h1", "c", 0.2).Owns("h2", "c", 0.3);
        var snapshot = graph.Build();

        var effective = snapshot.EffectiveOwnership(graph[snapshot, "p"], Day);

        Assert.Equal(0.25, effective[graph[snapshot, "c"]], 12);
        Assert.Equal(2, snapshot.OwnershipChains(graph[snapshot, "p"], graph[snapshot, "c"], Day).Count);
    }

    [Fact]
    public void Ownership_cycle_is_followed_only_along_simple_paths()
    {
        var graph = new SmallGraph().Person("p").Company("a").Company("b")
            .Owns("p", "a", 1.0).Owns("a", "b", 0.5).Owns("b", "a", 0.5);
        var snapshot = graph.Build();

        var effective = snapshot.EffectiveOwnership(graph[snapshot, "p"], Day);

        Assert.Equal(1.0, effective[graph[snapshot, "a"]], 12);
        Assert.Equal(0.5, effective[graph[snapshot, "b"]], 12);
    }

    [Fact]
    public void The_same_stake_reported_by_two_registries_counts_once_with_two_sources()
    {
        var graph = new SmallGraph().Person("p").Company("c")
            .Owns("p", "c", 0.3, D(2016), bundle: "company").Owns("p", "c", 0.3, D(2016), bundle: "finance");
        var snapshot = graph.Build();

        Assert.Equal(1, snapshot.LinkCount);
        Assert.Equal(2, snapshot.SourcesOf(0).Count);
        Assert.Equal(0.3, snapshot.EffectiveOwnership(graph[snapshot, "p"], Day)[graph[snapshot, "c"]], 12);
    }

    [Fact]
    public void Distinct_stakes_between_the_same_pair_are_separate_paths()
    {
        var graph = new SmallGraph().Person("p").Company("c").Owns("p", "c", 0.3, D(2016)).Owns("p", "c", 0.1, D(2018));
        var snapshot = graph.Build();

        Assert.Equal(0.4, snapshot.EffectiveOwnership(graph[snapshot, "p"], Day)[graph[snapshot, "c"]], 12);
    }

    [Fact]
    public void A_stake_that_ended_the_day_before_does_not_count()
    {
        var graph = new SmallGraph().Person("p").Company("c").Owns("p", "c", 0.3, D(2016), Day.AddDays(-1));
        var snapshot = graph.Build();

        Assert.Empty(snapshot.EffectiveOwnership(graph[snapshot, "p"], Day));
        Assert.Single(snapshot.EffectiveOwnership(graph[snapshot, "p"], Day.AddDays(-1)));
    }

    [Fact]
    public void Ultimate_owners_come_with_their_chains()
    {
        var graph = new SmallGraph().Person("p").Person("q").Company("h").Company("c")
            .Owns("p", "h", 0.6).Owns("h", "c", 0.5).Owns("q", "c", 0.1);
        var snapshot = graph.Build();

        var owners = snapshot.UltimateOwners(graph[snapshot, "c"], Day, minShare: 0.25);

        var owner = Assert.Single(owners);
        Assert.Equal(("p", 0.3), (graph.NameOf(snapshot, owner.Person), Math.Round(owner.Share, 12)));
        Assert.Equal(2, Assert.Single(owner.Chains).Links.Count);
    }

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
