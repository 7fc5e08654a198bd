using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;
using static Qingdan.Graph.Core.Tests.Graph.SmallGraph;

namespace Qingdan.Graph.Core.Tests.Graph;

/// <summary><see cref="GraphSnapshot.Reach"/>: who a scope sees (docs/security.md "Scopes").</summary>
public sealed class ScopeReachTests
{
    private readonly SmallGraph _graph = new SmallGraph()
        .Agency("district bureau", "440802").Agency("city bureau", "440800")
        .Person("county chief").Person("mayor").Person("moved").Person("spouse").Person("mayor's spouse").Person("mayor's son")
        .Company("shared firm").Company("mayor's firm").Company("far firm")
        .Post("county chief", "district bureau", D(2016))
        .Post("mayor", "city bureau", D(2014))
        .Post("moved", "district bureau", D(2015), D(2019, 12, 31)).Post("moved", "city bureau", D(2020))
        .Family("county chief", "spouse", "spouse").Family("mayor", "mayor's spouse", "spouse").Family("mayor", "mayor's son", "child")
        .Owns("spouse", "shared firm", 0.35).Owns("mayor's spouse", "shared firm", 0.2).Owns("mayor", "mayor's firm", 0.6)
        .Owns("mayor's firm", "far firm", 0.9);

    [Fact]
    public void A_district_sees_its_officials_those_who_served_there_and_what_surrounds_them_but_not_through_an_official_outside()
    {
        var snapshot = _graph.Build();
        var reach = snapshot.Reach(node => ((Agency)snapshot.NodeOf(node)).RegionCode == "440802", hops: 6);

        Assert.Equal(
            ["city bureau", "county chief", "district bureau", "mayor's spouse", "moved", "shared firm", "spouse"],
            Visible(snapshot, reach));
        Assert.True(reach.IsOutsideOfficial(_graph[snapshot, "mayor"]));
        Assert.False(reach.IsOutsideOfficial(_graph[snapshot, "mayor's son"]));
        Assert.False(reach.IsOutsideOfficial(_graph[snapshot, "moved"]));
    }

    [Fact]
    public void Reach_bounds_how_far_from_an_official_inside_the_scope_sees()
    {
        var snapshot = _graph.Build();
        var near = snapshot.Reach(node => ((Agency)snapshot.NodeOf(node)).RegionCode == "440802", hops: 2);

        // county chief → spouse → shared firm: two links; the mayor's spouse is a third.
        Assert.Contains("shared firm", Visible(snapshot, near));
        Assert.DoesNotContain("mayor's spouse", Visible(snapshot, near));
    }

    [Fact]
    public void The_city_bureau_sees_the_mayor_his_family_and_firms_and_not_the_county_chief()
    {
        var snapshot = _graph.Build();
        var reach = snapshot.Reach(node => ((Agency)snapshot.NodeOf(node)).RegionCode == "440800", hops: 6);

        var visible = Visible(snapshot, reach);
        Assert.Superset(new HashSet<string> { "mayor", "mayor's son", "mayor's firm", "far firm", "moved", "spouse" }, visible.ToHashSet());
        Assert.DoesNotContain("county chief", visible);
        Assert.True(reach.IsOutsideOfficial(_graph[snapshot, "county chief"]));
    }

    private List<string> Visible(GraphSnapshot snapshot, ScopeReach reach) =>
        Enumerable.Range(0, snapshot.NodeCount).Where(reach.Sees).Select(n => _graph.NameOf(snapshot, n)).Order(StringComparer.Ordinal).ToList();
}
