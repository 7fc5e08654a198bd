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
        var search = new PathSearch
        {
            From = graph[snapshot, "official"],
            To = graph[snapshot, "target"],
            Via = new HashSet<LinkKind> { LinkKind.Family, LinkKind.Ownership }
        };

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

        var result = snapshot.AllSimplePaths(
            new PathSearch { From = graph[snapshot, "official"], To = graph[snapshot, "target"], MaxPaths = 1 });

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

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Shortest_paths_on_random_graphs_have_the_length_a_plain_search_finds_and_are_real_paths(int seed)
    {
        // Graphs of different sizes searched in turn.
        foreach (var size in new[] { 60, 25, 120 })
        {
            var random = new Random((seed * 1000) + size);
            var graph = new SmallGraph();
            for (var i = 0; i < size; i++)
            {
                graph.Person($"p{i}");
            }

            var kinds = new[] { LinkKind.Family, LinkKind.Associate, LinkKind.Transaction };
            for (var l = 0; l < size * 2; l++)
            {
                var start = random.Next(3) == 0 ? (DateOnly?)null : SmallGraph.D(2010 + random.Next(10));
                var end = random.Next(3) == 0 ? (DateOnly?)null : SmallGraph.D((start?.Year ?? 2008) + random.Next(8));
                graph.Link(kinds[random.Next(kinds.Length)], $"p{random.Next(size)}", $"p{random.Next(size)}", "x", start, end);
            }

            var snapshot = graph.Build();
            for (var pair = 0; pair < 150; pair++)
            {
                var via = random.Next(2) == 0
                    ? null
                    : new HashSet<LinkKind> { kinds[random.Next(kinds.Length)], kinds[random.Next(kinds.Length)] };
                var search = new PathSearch
                {
                    From = random.Next(size),
                    To = random.Next(size),
                    AsOf = random.Next(2) == 0 ? null : SmallGraph.D(2012 + random.Next(10)),
                    Via = via,
                    MaxHops = 1 + random.Next(6),
                };

                var expected = PlainDistance(snapshot, search);
                var path = snapshot.ShortestPath(search);
                var every = snapshot.AllSimplePaths(search with { MaxPaths = 100_000 });
                var plain = PlainSimplePaths(snapshot, search);

                Assert.False(every.Truncated);
                Assert.Equal(
                    plain.Order(StringComparer.Ordinal),
                    every.Paths.Select(p => string.Join(',', p.Links)).Order(StringComparer.Ordinal));
                // A node to itself: the shortest path is the node alone; all simple paths lists none.
                Assert.Equal(search.From == search.To ? null : expected, every.Paths.Count == 0 ? null : every.Paths[0].Links.Count);

                Assert.Equal(expected, path?.Links.Count);
                if (path is not null)
                {
                    Assert.Equal(search.From, path.Nodes[0]);
                    Assert.Equal(search.To, path.Nodes[^1]);
                    for (var i = 0; i < path.Links.Count; i++)
                    {
                        var link = path.Links[i];
                        var ends = (snapshot.FromOf(link), snapshot.ToOf(link));
                        Assert.True(ends == (path.Nodes[i], path.Nodes[i + 1]) || ends == (path.Nodes[i + 1], path.Nodes[i]));
                        Assert.True(via?.Contains(snapshot.LinkKindOf(link)) != false);
                        Assert.True(search.AsOf is null || snapshot.ValidityOf(link).Contains(search.AsOf.Value));
                    }
                }
            }
        }
    }

    /// <summary>Every node-simple path within MaxHops by unpruned depth-first search, as its link ids.</summary>
    private static List<string> PlainSimplePaths(GraphSnapshot snapshot, PathSearch search)
    {
        var found = new List<string>();
        var links = new List<int>();
        var onPath = new HashSet<int> { search.From };
        Walk(search.From);
        return found;

        void Walk(int node)
        {
            if (links.Count == search.MaxHops)
            {
                return;
            }

            for (var link = 0; link < snapshot.LinkCount; link++)
            {
                if ((search.Via is { Count: > 0 } && !search.Via.Contains(snapshot.LinkKindOf(link)))
                    || (search.AsOf is { } day && !snapshot.ValidityOf(link).Contains(day)))
                {
                    continue;
                }

                foreach (var next in new[] {
                    snapshot.FromOf(link) == node ? snapshot.ToOf(link) : -1,
                    snapshot.ToOf(link) == node && snapshot.FromOf(link) != node ? snapshot.FromOf(link) : -1 })
                {
                    if (next < 0 || onPath.Contains(next))
                    {
                        continue;
                    }

                    links.Add(link);
                    if (next == search.To)
                    {
                        found.Add(string.Join(',', links));
                    }
                    else
                    {
                        onPath.Add(next);
                        Walk(next);
                        onPath.Remove(next);
                    }

                    links.RemoveAt(links.Count - 1);
                }
            }
        }
    }

    /// <summary>Breadth-first from the start over every admitted link, one node at a time: the length of a shortest path within MaxHops, or
    /// null.</summary>
    private static int? PlainDistance(GraphSnapshot snapshot, PathSearch search)
    {
        var distance = new Dictionary<int, int> { [search.From] = 0 };
        var queue = new Queue<int>([search.From]);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            if (node == search.To)
            {
                return distance[node] <= search.MaxHops ? distance[node] : null;
            }

            for (var link = 0; link < snapshot.LinkCount; link++)
            {
                if ((search.Via is { Count: > 0 } && !search.Via.Contains(snapshot.LinkKindOf(link)))
                    || (search.AsOf is { } day && !snapshot.ValidityOf(link).Contains(day)))
                {
                    continue;
                }

                var other = snapshot.FromOf(link) == node ? snapshot.ToOf(link) : snapshot.ToOf(link) == node ? snapshot.FromOf(link) : -1;
                if (other >= 0 && distance.TryAdd(other, distance[node] + 1))
                {
                    queue.Enqueue(other);
                }
            }
        }

        return null;
    }
}
