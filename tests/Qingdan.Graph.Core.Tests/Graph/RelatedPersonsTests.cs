using Qingdan.Graph.Core.Model;
using static Qingdan.Graph.Core.Tests.Graph.SmallGraph;

namespace Qingdan.Graph.Core.Tests.Graph;

public sealed class RelatedPersonsTests
{
    private static SmallGraph Family() => new SmallGraph()
        .Person("official").Person("spouse").Person("child").Person("childSpouse").Person("spouseParent").Person("spouseSibling")
        .Person("sibling").Person("siblingSpouse").Person("grandchild").Person("lover").Person("parent").Person("halfSibling")
        .Family("official", "spouse", "spouse", D(1995, 5, 1), D(2015, 6, 30))
        .Family("official", "child", "child")
        .Family("child", "childSpouse", "spouse", D(2021, 10, 1))
        .Family("spouseParent", "spouse", "child")
        .Family("spouse", "spouseSibling", "sibling")
        .Family("official", "sibling", "sibling")
        .Family("siblingSpouse", "sibling", "spouse", D(2000, 1, 1))
        .Family("official", "grandchild", "grandchild")
        .Family("parent", "official", "child")
        .Family("parent", "halfSibling", "child")
        .Link(LinkKind.Associate, "lover", "official", "specific_related", D(2018, 1, 1));

    [Fact]
    public void Stated_inverse_and_derived_relations_are_all_in_R()
    {
        var graph = Family();
        var snapshot = graph.Build();

        var related = snapshot.RelatedPersons(graph[snapshot, "official"])
            .Select(r => (graph.NameOf(snapshot, r.Node), r.Relation)).ToHashSet();

        Assert.Contains(("official", "self"), related);
        Assert.Contains(("spouse", "spouse"), related);
        Assert.Contains(("child", "child"), related);
        Assert.Contains(("childSpouse", "child_spouse"), related);
        Assert.Contains(("spouseParent", "parent_in_law"), related);
        Assert.Contains(("spouseSibling", "sibling_in_law"), related);
        Assert.Contains(("sibling", "sibling"), related);
        Assert.Contains(("siblingSpouse", "sibling_in_law"), related);
        Assert.Contains(("parent", "parent"), related);
        Assert.Contains(("lover", "specific_related"), related);
    }

    [Fact]
    public void Grandchildren_and_siblings_through_a_shared_parent_are_not_in_R()
    {
        var graph = Family();
        var snapshot = graph.Build();

        var names = snapshot.RelatedPersons(graph[snapshot, "official"]).Select(r => graph.NameOf(snapshot, r.Node)).ToHashSet();

        Assert.DoesNotContain("grandchild", names);
        Assert.DoesNotContain("halfSibling", names);
    }

    [Fact]
    public void A_derived_relation_is_valid_only_while_the_marriage_it_goes_through_is()
    {
        var graph = Family();
        var snapshot = graph.Build();
        var related = snapshot.RelatedPersons(graph[snapshot, "official"]);

        var childSpouse = related.Single(r => r.Relation == "child_spouse");
        var inLaw = related.Single(r => r.Relation == "parent_in_law");

        Assert.False(childSpouse.ValidOn(D(2021, 9, 30)));
        Assert.True(childSpouse.ValidOn(D(2021, 10, 1)));
        Assert.True(inLaw.ValidOn(D(2015, 6, 30)));
        Assert.False(inLaw.ValidOn(D(2015, 7, 1)));
        Assert.Equal(2, childSpouse.Links.Count);
    }

    [Fact]
    public void Divorce_ends_the_spouse_relation_so_a_later_holding_is_outside_it()
    {
        var graph = Family();
        var snapshot = graph.Build();

        var spouse = snapshot.RelatedPersons(graph[snapshot, "official"]).Single(r => r.Relation == "spouse");

        Assert.True(spouse.ValidOn(D(2015, 6, 30)));
        Assert.False(spouse.ValidOn(D(2016, 1, 1)));
    }
}
