using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Ingest.Bods;
using Qingdan.Graph.Ingest.Statements;

namespace Qingdan.Graph.Ingest.Tests;

/// <summary>The BODS 0.4 standard's own examples (Apache-2.0, Data/bods/LICENSE).</summary>
public sealed class BodsReaderTests
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "Data", "bods");

    [Fact]
    public async Task Direct_shareholding_becomes_an_ownership_link_from_the_person_with_partial_birth_date_kept()
    {
        var sink = await ReadAsync("bods-package.json");

        Assert.Empty(sink.Issues);
        var company = Assert.Single(sink.Nodes, n => n.Kind == NodeKind.Company);
        Assert.Equal(("Profitech Ltd", new DateOnly(2019, 9, 3)), (company.Name, company.Founded!.Value));
        var person = Assert.Single(sink.Nodes, n => n.Kind == NodeKind.Person);
        Assert.Equal("Jennifer Hewitson-Smith", person.Name);
        Assert.Null(person.BirthDate);
        Assert.Equal("1978-07", person.Extra!["birth_date"]);
        var link = Assert.Single(sink.Links);
        Assert.Equal(
            (LinkKind.Ownership, new NodeRef(NodeKind.Person, "10478c6cf6de"), new NodeRef(NodeKind.Company, "c359f58d2977")),
            (link.Kind, link.From, link.To));
        Assert.Equal((1.0, new DateOnly(2016, 4, 6)), (link.Share!.Value, link.Start!.Value));
    }

    [Fact]
    public async Task Indirect_interest_is_no_link_but_its_stated_share_is_kept_on_the_subject()
    {
        var sink = await ReadAsync("indirect-ownership.json");

        var link = Assert.Single(sink.Links);
        Assert.Equal(
            (new NodeRef(NodeKind.Company, "d4ab89ea169a"), new NodeRef(NodeKind.Company, "ad3f6c2fcc9e"), 0.6),
            (link.From, link.To, link.Share!.Value));
        var companyA = sink.Nodes.Single(n => n.Ref == "ad3f6c2fcc9e");
        Assert.Contains("\"share\":0.3", companyA.Extra!["stated_indirect_interests"], StringComparison.Ordinal);
        Assert.Contains("c25d4d612c2c", companyA.Extra["stated_indirect_interests"], StringComparison.Ordinal);
        Assert.Equal(3, sink.Nodes.Count);
    }

    [Fact]
    public async Task Joint_ownership_chains_through_the_arrangement_entity()
    {
        var sink = await ReadAsync("joint-ownership.json");

        Assert.Empty(sink.Issues);
        Assert.Equal(3, sink.Links.Count);
        var arrangement = new NodeRef(NodeKind.Company, "91b4236a7d89");
        Assert.Equal(1.0, sink.Links.Single(l => l.From == arrangement).Share!.Value);
        Assert.Equal([0.5, 0.5], sink.Links.Where(l => l.To == arrangement).Select(l => l.Share!.Value));
        Assert.All(sink.Links.Where(l => l.To == arrangement), l => Assert.Equal(NodeKind.Person, l.From.Kind));
    }

    private static async Task<CollectingSink> ReadAsync(string file)
    {
        var sink = new CollectingSink();
        await new BodsReader(Path.Combine(Data, file), file).ReadAsync(sink, CancellationToken.None);
        return sink;
    }
}
