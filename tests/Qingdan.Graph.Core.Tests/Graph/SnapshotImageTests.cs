using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;
using static Qingdan.Graph.Core.Tests.Graph.SmallGraph;

namespace Qingdan.Graph.Core.Tests.Graph;

public sealed class SnapshotImageTests
{
    [Fact]
    public void An_image_reads_back_as_the_snapshot_it_was_written_from()
    {
        var snapshot = Everything();

        var copy = RoundTrip(snapshot);

        SnapshotAssert.Same(snapshot, copy);
        static object Related(GraphSnapshot graph) =>
            graph.RelatedPersons(graph.IndexOf(new EntityId(NodeKind.Person, 1)))
                .Select(r => (r.Node, r.Relation, r.Validity, string.Join(',', r.Links)))
                .ToList();
        Assert.Equal(3, ((System.Collections.IList)Related(copy)).Count);
        Assert.Equal(Related(snapshot), Related(copy));
    }

    [Fact]
    public void An_empty_snapshot_has_an_image_too()
    {
        var copy = RoundTrip(new GraphSnapshotBuilder().Build(3));

        Assert.Equal((3L, 0, 0), (copy.Version, copy.NodeCount, copy.LinkCount));
    }

    [Fact]
    public void A_cut_short_image_is_refused_at_every_length()
    {
        var image = Image(Everything());

        for (var length = 0; length < image.Length; length++)
        {
            using var stream = new MemoryStream(image, 0, length);
            Assert.Throws<InvalidDataException>(() => GraphSnapshot.ReadImage(stream, length));
        }
    }

    [Fact]
    public void An_image_announced_longer_than_its_stream_is_refused_at_every_cut()
    {
        // Columns larger than the reader's buffer are read straight from the stream: cut inside one of them too.
        var builder = new GraphSnapshotBuilder().AddNode(new Person { Id = new EntityId(NodeKind.Person, 1), Name = "p" });
        for (var i = 2; i < 30_000; i++)
        {
            builder.AddNode(new Company { Id = new EntityId(NodeKind.Company, i), Name = "c" })
                .AddLink(
                    new SnapshotLink { Kind = LinkKind.Ownership, From = 1, To = i, Share = 0.5, Source = new SourceRef("b", "f.csv", i) });
        }

        var image = Image(builder.Build(1));

        for (var length = 0; length < image.Length; length += image.Length / 97)
        {
            using var stream = new MemoryStream(image, 0, length);
            Assert.Throws<InvalidDataException>(() => GraphSnapshot.ReadImage(stream, image.Length));
        }
    }

    [Fact]
    public void An_image_with_any_byte_changed_is_refused_or_read_never_failing_otherwise()
    {
        var image = Image(Everything());
        var refused = 0;

        for (var at = 0; at < image.Length; at++)
        {
            var damaged = (byte[])image.Clone();
            damaged[at] ^= 0x5A;
            try
            {
                GraphSnapshot.ReadImage(new MemoryStream(damaged), damaged.Length);
            }
            catch (InvalidDataException)
            {
                refused++;
            }
        }

        // The structure (counts, markers, kinds, endpoints, word numbers) catches most damage; values can change unseen.
        Assert.True(refused > image.Length / 4, $"{refused} of {image.Length} damaged images refused");
    }

    [Fact]
    public void An_image_of_another_format_is_refused_by_name()
    {
        var image = Image(Everything());
        image[5]++;

        var error = Assert.Throws<InvalidDataException>(() => GraphSnapshot.ReadImage(new MemoryStream(image), image.Length));

        Assert.Contains($"this build reads format {GraphSnapshot.ImageFormat}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Trailing_bytes_after_an_image_are_refused()
    {
        var image = Image(Everything());
        var longer = image.Concat(new byte[] { 0 }).ToArray();

        Assert.Throws<InvalidDataException>(() => GraphSnapshot.ReadImage(new MemoryStream(longer), longer.Length));
    }

    /// <summary>Every node kind with every property set and unset, and links with every property, merged sources and a hub.</summary>
    internal static GraphSnapshot Everything()
    {
        var builder = new GraphSnapshotBuilder()
            .AddNode(new Person
            {
                Id = new EntityId(NodeKind.Person, 1),
                Name = "张伟",
                IdNumber = IdentityNumber.Parse("11010519491231002X"),
                BirthDate = D(1949, 12, 31),
                Gender = Sex.Female,
                Phone = "13800000000",
                Address = "北京市",
            })
            .AddNode(
                new Person { Id = new EntityId(NodeKind.Person, 2), Name = "李娜", IdNumber = IdentityNumber.Parse("440802********123X") })
            .AddNode(new Person
            {
                Id = new EntityId(NodeKind.Person, 9),
                Name = "王芳",
                IdNumber = IdentityNumber.Parse("440802199001011234"),
                Gender = Sex.Male
            })
            .AddNode(new Company
            {
                Id = new EntityId(NodeKind.Company, 4),
                Name = "湛江某公司",
                CreditCode = CreditCode.Parse("91440800MA4UXXXX1X"),
                Listed = true,
                RegionCode = "440802",
                Industry = "F51",
                Status = "存续",
                Founded = D(2008, 3, 1),
                Address = "湛江",
                Phone = "0759",
            })
            .AddNode(new Company { Id = new EntityId(NodeKind.Company, 5), Name = "c2", RegionCode = "440802", Industry = "F51" })
            .AddNode(new Agency
            {
                Id = new EntityId(NodeKind.Agency, 6),
                Name = "住建局",
                Code = CreditCode.Parse("11440800007000000X"),
                RegionCode = "440800",
                Sectors = ["F", "E"]
            })
            .AddNode(new Agency { Id = new EntityId(NodeKind.Agency, 7), Name = "a2" })
            .AddNode(new Decision
            {
                Id = new EntityId(NodeKind.Decision, 8),
                Kind = "award",
                Title = "道路工程",
                Amount = 1_234_567.89m,
                Currency = "CNY",
                AppliedDate = D(2020, 1, 2),
                DecidedDate = D(2020, 2, 3),
                Method = ProcurementMethod.Direct,
                Bidders = 0,
            })
            .AddNode(new Decision { Id = new EntityId(NodeKind.Decision, 3), Kind = "licence", DecidedDate = D(2021) });
        var line = 0;
        void Add(
            LinkKind kind,
            long from,
            long to,
            string? detail = null,
            double? share = null,
            decimal? amount = null,
            decimal? salary = null,
            bool? nominal = null,
            string? title = null,
            string? note = null,
            string bundle = "b1",
            DateOnly? start = null,
            DateOnly? end = null) =>
            builder.AddLink(new SnapshotLink
            {
                Kind = kind,
                From = from,
                To = to,
                Detail = detail,
                Share = share,
                Amount = amount,
                MonthlySalary = salary,
                Nominal = nominal,
                Title = title,
                Note = note,
                Start = start,
                End = end,
                Source = new SourceRef(bundle, $"{kind}.csv", ++line),
            });
        Add(LinkKind.Family, 1, 2, "spouse", start: D(1995), end: D(2010, 6, 30));
        Add(LinkKind.Family, 1, 9, "Child");
        Add(LinkKind.Position, 1, 6, title: "局长", start: D(2015));
        Add(LinkKind.Role, 2, 4, "legal_rep", salary: 30_000m, nominal: true, title: "董事长", note: "挂名");
        Add(LinkKind.Ownership, 9, 4, share: 0.25, amount: 250_000m);
        Add(LinkKind.Ownership, 9, 4, share: 0.25, amount: 250_000m, bundle: "b2");
        Add(LinkKind.Ownership, 4, 5, share: 0.0);
        Add(LinkKind.Participation, 4, 8, "awardee");
        Add(LinkKind.Issued, 6, 8);
        Add(LinkKind.Transaction, 4, 1, "loan", amount: 500_000m, note: "无息", start: D(2019), end: D(2019));
        Add(LinkKind.Issued, 6, 3, bundle: string.Empty);
        for (var i = 0; i < 20; i++)
        {
            Add(LinkKind.Transaction, 4, 2, "payment", amount: i, start: D(2020, 1, 1 + (i % 3)));
        }

        return builder.Build(42);
    }

    private static byte[] Image(GraphSnapshot snapshot)
    {
        using var stream = new MemoryStream();
        var written = snapshot.WriteImage(stream);
        Assert.Equal(stream.Length, written);
        return stream.ToArray();
    }

    private static GraphSnapshot RoundTrip(GraphSnapshot snapshot)
    {
        var image = Image(snapshot);
        return GraphSnapshot.ReadImage(new MemoryStream(image), image.Length);
    }
}
