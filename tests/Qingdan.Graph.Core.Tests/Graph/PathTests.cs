using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;
using static Qingdan.Graph.Core.Tests.Graph.SmallGraph;

namespace Qingdan.Graph.Core.Tests.Graph;

public sealed class PathTests
{
    // official —spouse— wife —owns— shell —owns— target; official —position— bureau; and a longer way round.
    private static SmallGraph Graph() => new SmallGraph()
        .Person("official").Person("wife").Person("friend").Company("shell").Company("target").Agency("bureau", "440800")
        .Family("official", "wife", "spouse", D(1995), D(2015, 6, 30))
        .Owns("wife", "shell", 0.5, D(2010)).Owns("shell", "target", 0.5, D(2010))
        .Link(LinkKind.Associate, "official", "friend", "friend")
        .Link(LinkKind.Role, "friend", "target", "director")
        .Link(LinkKind.Position, "official", "bureau", start: D(2012));

    [Fact]
    public void Shortest_path_reads_links_both_ways()
    {
        var graph = Graph();
        var snapshot = graph.Build();

        var path = snapshot.ShortestPath(new PathSearch { From = graph[snapshot, "official"], To = graph[snapshot, "target"] });

        Assert.Equal(["official", "friend", "target"], path!.Nodes.Select(n => graph.NameOf(snapshot, n)));
        Assert.Equal(2, path.Links.Count);
    }

    [Fact]
    public void As_of_a_day_the_paths_use_only_links_valid_that_day()
    {
        var graph = Graph();
        var snapshot = graph.Build();
        var search = new PathSearch { From = graph[snapshot, "official"], To = graph[snapshot, "target"], Via = new HashSet<LinkKind> { LinkKind.Family, LinkKind.Ownership } };

        Assert.NotNull(snapshot.ShortestPath(search with { AsOf = D(2014) }));
        Assert.Null(snapshot.ShortestPath(search with { AsOf = D(2016) }));
    }

    [Fact]
    public void All_simple_paths_are_listed_shortest_first()
    {
        var graph = Graph();
        var snapshot = graph.Build();

        var result = snapshot.AllSimplePaths(new PathSearch { From = graph[snapshot, "official"], To = graph[snapshot, "target"] });

        Assert.False(result.Truncated);
        Assert.Equal([2, 3], result.Paths.Select(p => p.Links.Count));
        Assert.All(result.Paths, p => Assert.Equal(p.Nodes.Count, p.Nodes.Distinct().Count()));
    }

    [Fact]
    public void Path_count_cap_cuts_the_list_and_says_so()
    {
        var graph = Graph();
        var snapshot = graph.Build();

        var result = snapshot.AllSimplePaths(new PathSearch { From = graph[snapshot, "official"], To = graph[snapshot, "target"], MaxPaths = 1 });

        Assert.True(result.Truncated);
        Assert.Single(result.Paths);
    }

    [Fact]
    public void More_than_six_hops_is_refused_naming_the_bound()
    {
        var graph = Graph();
        var snapshot = graph.Build();

        var error = Assert.Throws<GraphLimitException>(() => snapshot.ShortestPath(new PathSearch { From = 0, To = 1, MaxHops = 7 }));

        Assert.Contains("maxHops must be between 1 and 6", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Neighbourhood_caps_each_kind_and_counts_the_rest()
    {
        var graph = new SmallGraph().Person("hub");
        for (var i = 0; i < 5; i++)
        {
            graph.Company($"c{i}").Owns("hub", $"c{i}", 0.1);
        }

        var snapshot = graph.Build();

        var result = snapshot.Neighbourhood(graph[snapshot, "hub"], hops: 1, capPerKind: 2);

        Assert.Equal(3, result.Nodes.Count);
        Assert.Equal(2, result.Links.Count);
        Assert.Equal(3, result.More[graph[snapshot, "hub"]][LinkKind.Ownership]);
    }
}
