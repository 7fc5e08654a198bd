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
}
