using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;
using static Qingdan.Graph.Core.Tests.Graph.SmallGraph;

namespace Qingdan.Graph.Core.Tests.Graph;

public sealed class SnapshotBuilderTests
{
    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.4)]
    [InlineData(double.NaN)]
    public void Share_outside_zero_to_one_is_refused(double share) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new GraphSnapshotBuilder()
            .AddLink(new SnapshotLink
            {
                Kind = LinkKind.Ownership,
                From = 1,
                To = 2,
                Share = share,
                Source = new SourceRef("b", "shareholdings.csv", 2)
            }));

    [Fact]
    public void A_link_reads_back_every_property_it_was_stated_with()
    {
        var builder = new GraphSnapshotBuilder().AddNode(new Person { Id = new EntityId(NodeKind.Person, 1), Name = "p" })
            .AddNode(new Company { Id = new EntityId(NodeKind.Company, 2), Name = "c" });
        var stated = new SnapshotLink
        {
            Kind = LinkKind.Role,
            From = 1,
            To = 2,
            Start = D(2017),
            End = D(2019, 6, 30),
            Detail = "consultant",
            Share = 0.0,
            Amount = 12.5m,
            MonthlySalary = 30_000m,
            Nominal = true,
            Title = "顾问",
            Note = "兼职",
            Source = new SourceRef("b", "company_roles.csv", 7),
        };

        var snapshot = builder.AddLink(stated).Build(1);

        Assert.Equal(stated, snapshot.FactOf(0));
        Assert.Equal([stated.Source], snapshot.SourcesOf(0));
        Assert.Equal((30_000m, true, 12.5m), (snapshot.MonthlySalaryOf(0), snapshot.NominalOf(0), snapshot.AmountOf(0)));
    }

    [Fact]
    public void A_builder_builds_once()
    {
        var builder = new GraphSnapshotBuilder().AddNode(new Person { Id = new EntityId(NodeKind.Person, 1), Name = "p" });
        builder.Build(1);

        Assert.Throws<InvalidOperationException>(() => builder.Build(2));
        Assert.Throws<ObjectDisposedException>(() => builder.AddNode(new Person { Id = new EntityId(NodeKind.Person, 2), Name = "q" }));
    }

    [Fact]
    public void A_source_with_an_empty_bundle_and_file_reads_back_as_stated()
    {
        var builder = new GraphSnapshotBuilder().AddNode(new Person { Id = new EntityId(NodeKind.Person, 1), Name = "p" })
            .AddNode(new Person { Id = new EntityId(NodeKind.Person, 2), Name = "q" });

        var snapshot = builder.AddLink(new SnapshotLink
        {
            Kind = LinkKind.Associate,
            From = 1,
            To = 2,
            Detail = "friend",
            Source = new SourceRef(string.Empty, string.Empty, 3)
        }).Build(1);

        Assert.Equal([new SourceRef(string.Empty, string.Empty, 3)], snapshot.SourcesOf(0));
    }

    [Fact]
    public void A_detail_stated_in_another_case_reads_back_as_stated_and_traverses_as_its_relation()
    {
        var graph = new SmallGraph().Person("o").Person("s").Family("o", "s", "Spouse", D(1995));
        var snapshot = graph.Build();

        Assert.Equal("Spouse", snapshot.FactOf(0).Detail);
        Assert.Contains(snapshot.RelatedPersons(graph[snapshot, "o"]), r => r.Node == graph[snapshot, "s"] && r.Relation == "spouse");
    }

    [Fact]
    public void Rows_differing_in_any_property_stay_separate_links_and_equal_rows_merge_in_the_order_stated()
    {
        // A hub with many links takes the sorted path; the small group the pairwise one.
        var graph = new SmallGraph().Person("p").Company("c");
        for (var i = 0; i < 30; i++)
        {
            graph.Company($"x{i}").Link(LinkKind.Transaction, "p", $"x{i}", "payment", D(2020), amount: 100m + i);
        }

        graph.Pays("p", "c", "loan", D(2020), 10m).Pays("p", "c", "loan", D(2020), 20m).Pays("p", "c", "loan", D(2020), 10m)
            .Pays("p", "c", "gift", D(2020), 10m).Pays("p", "c", "loan", D(2021), 10m)
            .Link(LinkKind.Transaction, "p", "x3", "payment", D(2020), amount: 103m);
        var snapshot = graph.Build();

        Assert.Equal(30 + 4, snapshot.LinkCount);
        var loans = Enumerable.Range(0, snapshot.LinkCount)
            .Where(l => snapshot.FactOf(l) is { Detail: "loan", Amount: 10m, Start.Year: 2020 })
            .ToList();
        var loan = Assert.Single(loans);
        Assert.Equal([31, 33], snapshot.SourcesOf(loan).Select(s => s.Line));
        var x3 = Assert.Single(Enumerable.Range(0, snapshot.LinkCount), l => snapshot.AmountOf(l) == 103m);
        Assert.Equal([4, 36], snapshot.SourcesOf(x3).Select(s => s.Line));
        Assert.Equal(
            Enumerable.Range(0, snapshot.LinkCount),
            Enumerable.Range(0, snapshot.LinkCount).OrderBy(l => snapshot.SourcesOf(l)[0].Line));
        var (traversal, properties) = snapshot.LinkBytes();
        Assert.Equal(34L * snapshot.LinkCount, traversal);
        Assert.True(properties > 8L * snapshot.LinkCount);
    }
}
