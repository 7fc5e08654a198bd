using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Ingest.Statements;
using Qingdan.Graph.Store.Ingest.Writing;

namespace Qingdan.Graph.Store.Tests;

/// <summary>
/// Stored fact keys must not change between versions (a restated fact is found by its key), so the
/// buffer-writing <see cref="FactKeys"/> is held to the text it was defined by, field for field.
/// </summary>
public sealed class FactKeysTests
{
    [Fact]
    public void Keys_are_the_sha256_of_the_joined_fields_for_every_shape_of_link()
    {
        var random = new Random(7);
        var links = Enumerable.Range(0, 2_000).Select(i => RandomLink(random, i)).ToList();
        var differing = links.Where(
            link => FactKeys.For("registry:" + (link.Source.Line % 3), link) != Defined("registry:" + (link.Source.Line % 3), link)).ToList();
        Assert.Empty(differing);
        Assert.Equal(links.Count, links.Select(link => FactKeys.For("r", link)).Distinct().Count());
    }

    [Fact]
    public void A_known_fact_keeps_its_stored_key()
    {
        var link = new LinkStatement
        {
            Source = new SourceRef("b", "shareholdings.csv", 2),
            Kind = LinkKind.Ownership,
            From = new NodeRef(NodeKind.Person, "P1"),
            To = new NodeRef(NodeKind.Company, "C1"),
            Start = new DateOnly(2019, 3, 1),
            Share = 0.35,
            Amount = 1_000_000m,
        };

        Assert.Equal(Defined("company-registry", link), FactKeys.For("company-registry", link));
        Assert.Equal("dbee2473", FactKeys.For("company-registry", link).ToString()[..8]);
    }

    [Fact]
    public void Text_longer_than_the_buffer_is_hashed_whole()
    {
        var link = new LinkStatement
        {
            Source = new SourceRef("b", "transactions.csv", 9),
            Kind = LinkKind.Transaction,
            From = new NodeRef(NodeKind.Company, "C1"),
            To = new NodeRef(NodeKind.Person, "P1"),
            Note = new string('长', 5_000) + "end",
        };
        var shorter = link with { Note = new string('长', 5_000) };

        Assert.Equal(Defined("r", link), FactKeys.For("r", link));
        Assert.NotEqual(FactKeys.For("r", shorter), FactKeys.For("r", link));
    }

    /// <summary>The definition the keys in existing stores were made with.</summary>
    private static Guid Defined(string registry, LinkStatement link)
    {
        static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = string.Join(
            '\u001F',
            registry,
            (int)link.Kind,
            (int)link.From.Kind,
            link.From.Ref,
            (int)link.To.Kind,
            link.To.Ref,
            Day(link.Start),
            Day(link.End),
            link.Detail,
            link.Share?.ToString("R", CultureInfo.InvariantCulture),
            link.Amount?.ToString(CultureInfo.InvariantCulture),
            link.MonthlySalary?.ToString(CultureInfo.InvariantCulture),
            link.Nominal?.ToString(),
            link.Title,
            link.Rank,
            string.Join('|', link.Powers),
            link.Note);
        return new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(text))[..16]);
    }

    private static LinkStatement RandomLink(Random random, int i)
    {
        T? Maybe<T>(Func<T> value)
            where T : struct => random.Next(3) == 0 ? null : value();
        string? Text(params string[] choices) => random.Next(3) == 0 ? null : choices[random.Next(choices.Length)];
        var kinds = Enum.GetValues<LinkKind>();
        return new LinkStatement
        {
            Source = new SourceRef("b", "f.csv", i),
            Kind = kinds[random.Next(kinds.Length)],
            From = new NodeRef(NodeKind.Person, $"P{i}"),
            To = new NodeRef(random.Next(2) == 0 ? NodeKind.Company : NodeKind.Agency, $"王{random.Next(1000)}"),
            Start = Maybe(() => new DateOnly(1950, 1, 1).AddDays(random.Next(30_000))),
            End = Maybe(() => new DateOnly(1990, 1, 1).AddDays(random.Next(30_000))),
            Detail = Text("spouse", "child", "loan", "法定代表人"),
            Share = Maybe(() => random.Next(4) switch { 0 => 1.0 / 3, 1 => 0.35, 2 => 1e-7, _ => random.NextDouble() }),
            Amount = Maybe(() => random.Next(3) switch { 0 => 1_000_000m, 1 => 0.10m, _ => (decimal)random.Next() / 100 }),
            MonthlySalary = Maybe(() => (decimal)random.Next(100_000) / 10),
            Nominal = Maybe(() => random.Next(2) == 0),
            Title = Text("局长", "Deputy director", string.Empty),
            Rank = Text("处级", "正科"),
            Powers = random.Next(3) switch { 0 => [], 1 => ["licensing"], _ => ["licensing", "procurement", "审批"] },
            Note = Text("a|b", "借款 \"quoted\"", new string('x', random.Next(300))),
        };
    }
}
