using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Graph.Columns;
using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;
using static Qingdan.Graph.Core.Tests.Graph.SmallGraph;

namespace Qingdan.Graph.Core.Tests.Graph;

/// <summary>Nodes as columns: every attribute of every kind comes back as it went in, through the builder and through the image.</summary>
public sealed class NodeColumnsTests
{
    [Fact]
    public void Every_attribute_of_every_kind_comes_back_from_the_builder_and_from_the_image()
    {
        var records = Records();
        var snapshot = Build(records);

        foreach (var copy in new[] { snapshot, RoundTrip(snapshot) })
        {
            Assert.Equal(records.Length, copy.NodeCount);
            for (var node = 0; node < records.Length; node++)
            {
                AssertSame(records[node], copy.NodeOf(node));
                Assert.Equal(IdOf(records[node]), copy.IdOf(node));
                Assert.Equal(node, copy.IndexOf(IdOf(records[node])));
            }
        }
    }

    [Fact]
    public void Masked_and_invalid_identifiers_are_kept_as_stated_with_their_status()
    {
        var snapshot = RoundTrip(Build(Records()));

        var people = Enumerable.Range(0, snapshot.NodeCount).Select(snapshot.NodeOf).OfType<Person>().ToDictionary(p => p.Id.Value);
        var companies = Enumerable.Range(0, snapshot.NodeCount).Select(snapshot.NodeOf).OfType<Company>().ToDictionary(c => c.Id.Value);

        Assert.Equal(("440802********123X", IdentifierStatus.Masked), (people[2].IdNumber!.Value, people[2].IdNumber!.Status));
        Assert.Equal(IdentifierStatus.Invalid, people[10].IdNumber!.Status);
        Assert.Equal("440802199001011235", people[10].IdNumber!.Value);
        Assert.NotNull(people[10].IdNumber!.Problem);
        Assert.Equal(IdentifierStatus.Valid, people[1].IdNumber!.Status);
        Assert.Equal(IdentifierStatus.Masked, companies[21].CreditCode!.Status);
        Assert.Equal(("9144080", IdentifierStatus.Invalid), (companies[22].CreditCode!.Value, companies[22].CreditCode!.Status));
    }

    [Fact]
    public void Nodes_without_their_optional_attributes_have_none_after_a_node_that_has_them()
    {
        var snapshot = RoundTrip(Build(Records()));

        var bare = Enumerable.Range(0, snapshot.NodeCount).Select(snapshot.NodeOf).Where(r => IdOf(r).Value >= 100).ToList();

        Assert.Equal(4, bare.Count);
        Assert.Contains(new Person { Id = new EntityId(NodeKind.Person, 100), Name = "甲" }, bare);
        Assert.Contains(new Company { Id = new EntityId(NodeKind.Company, 101), Name = "乙" }, bare);
        Assert.Contains(new Decision { Id = new EntityId(NodeKind.Decision, 103), Kind = "tax", DecidedDate = D(2022) }, bare);
        var agency = Assert.Single(bare.OfType<Agency>());
        Assert.Equal((null, null, 0), (agency.Code, agency.RegionCode, agency.Sectors.Count));
    }

    [Fact]
    public void Ids_out_of_order_are_found_and_a_repeated_one_is_refused()
    {
        var records = Records().Reverse().ToArray();
        var snapshot = Build(records);

        foreach (var copy in new[] { snapshot, RoundTrip(snapshot) })
        {
            for (var node = 0; node < records.Length; node++)
            {
                Assert.Equal(node, copy.IndexOf(IdOf(records[node])));
                AssertSame(records[node], copy.NodeOf(node));
            }

            Assert.Equal(-1, copy.IndexOf(new EntityId(NodeKind.Person, 999)));
            Assert.Equal(-1, copy.IndexOf(new EntityId(NodeKind.Company, 1)));
        }

        var builder = new GraphSnapshotBuilder()
            .AddNode(new Person { Id = new EntityId(NodeKind.Person, 5), Name = "a" })
            .AddNode(new Person { Id = new EntityId(NodeKind.Person, 3), Name = "b" });
        Assert.Throws<ArgumentException>(() => builder.AddNode(new Company { Id = new EntityId(NodeKind.Company, 5), Name = "c" }));
        var table = new NodeTable();
        table.Append(new Person { Id = new EntityId(NodeKind.Person, 5), Name = "a" });
        table.Append(new Person { Id = new EntityId(NodeKind.Person, 3), Name = "b" });
        Assert.Throws<ArgumentException>(() => table.Append(new Person { Id = new EntityId(NodeKind.Person, 3), Name = "d" }));
        Assert.Throws<ArgumentException>(() => table.Append(new Person { Id = new EntityId(NodeKind.Person, 5), Name = "d" }));
    }

    [Fact]
    public void A_table_made_of_another_tables_rows_holds_the_same_records()
    {
        var records = Records();
        var old = new NodeTable();
        foreach (var record in records)
        {
            old.Append(record);
        }

        old.Seal();
        var patched = new NodeTable();
        var kept = Enumerable.Range(0, old.Count).Where(row => row % 2 == 0).ToList();
        foreach (var row in kept)
        {
            patched.AppendFrom(old, row);
        }

        var added = new Person
        {
            Id = new EntityId(NodeKind.Person, 500),
            Name = "新人",
            IdNumber = IdentityNumber.Parse("110105194912310021"),
        };
        patched.Append(added);
        patched.Seal();

        Assert.Equal(kept.Count + 1, patched.Count);
        for (var i = 0; i < kept.Count; i++)
        {
            AssertSame(records[kept[i]], patched.Record(i));
            Assert.Equal(i, patched.IndexOf(old.IdAt(kept[i])));
        }

        AssertSame(added, patched.Record(kept.Count));
        Assert.Throws<InvalidOperationException>(() => patched.Append(added with { Id = new EntityId(NodeKind.Person, 501) }));
    }

    [Fact]
    public void Thousands_of_nodes_of_mixed_kinds_keep_their_attributes_across_blocks()
    {
        var random = new Random(3);
        var records = Enumerable.Range(1, 3_000).Select(i => (object)(random.Next(4) switch
        {
            0 => new Person { Id = new EntityId(NodeKind.Person, i * 2), Name = $"p{i}", BirthDate = D(1950).AddDays(i) },
            1 => new Company { Id = new EntityId(NodeKind.Company, i * 2), Name = $"c{i}", Industry = $"E{i % 7}", Listed = i % 3 == 0 },
            2 => new Agency { Id = new EntityId(NodeKind.Agency, i * 2), Name = $"a{i}", Sectors = [$"F{i % 5}"] },
            _ => new Decision
            {
                Id = new EntityId(NodeKind.Decision, i * 2),
                Kind = $"k{i % 4}",
                DecidedDate = D(2000).AddDays(i),
                Bidders = i,
            },
        })).ToArray();
        var snapshot = Build(records);
        var table = new NodeTable();
        for (var row = records.Length - 1; row >= 0; row -= 3)
        {
            table.AppendFrom(snapshot.Nodes, row);
        }

        foreach (var copy in new[] { snapshot, RoundTrip(snapshot) })
        {
            for (var node = 0; node < records.Length; node++)
            {
                AssertSame(records[node], copy.NodeOf(node));
                Assert.Equal(node, copy.IndexOf(IdOf(records[node])));
            }
        }

        for (var row = 0; row < table.Count; row++)
        {
            AssertSame(records[records.Length - 1 - (3 * row)], table.Record(row));
        }
    }

    [Fact]
    public void The_rules_accessors_read_what_the_records_hold()
    {
        var records = Records();
        var snapshot = RoundTrip(Build(records));

        for (var node = 0; node < records.Length; node++)
        {
            var (region, industry, listed, sectors) = records[node] switch
            {
                Company c => (c.RegionCode, c.Industry, c.Listed, (IReadOnlyList<string>)[]),
                Agency a => (a.RegionCode, null, false, a.Sectors),
                _ => (null, null, false, []),
            };
            Assert.Equal(region, snapshot.RegionOf(node));
            Assert.Equal(industry, snapshot.IndustryOf(node));
            Assert.Equal(listed, snapshot.IsListed(node));
            Assert.Equal(sectors, snapshot.SectorsOf(node));
            Assert.Equal((records[node] as Company)?.IsFinancialInstitution ?? false, snapshot.IsFinancialInstitution(node));
            var name = records[node] switch
            {
                Decision d => d.Title,
                Person p => p.Name,
                Company c => c.Name,
                Agency a => a.Name,
                _ => null,
            };
            Assert.Equal(name, snapshot.NameOf(node));
            if (records[node] is Decision decision)
            {
                Assert.Equal(
                    (decision.Kind, decision.DecidedDate.DayNumber, decision.Amount, decision.Bidders, decision.Method),
                    (snapshot.DecisionKindOf(node), snapshot.DecidedDayOf(node), snapshot.DecisionAmountOf(node), snapshot.BiddersOf(node),
                        snapshot.MethodOf(node)));
            }
            else
            {
                Assert.Null(snapshot.DecisionKindOf(node));
            }
        }

        // Words are kept once: every company of a region shares its string.
        var first = Array.FindIndex(records, r => r is Company { RegionCode: "440802" });
        var last = Array.FindLastIndex(records, r => r is Company { RegionCode: "440802" });
        Assert.NotEqual(first, last);
        Assert.Same(snapshot.RegionOf(first), snapshot.RegionOf(last));
    }

    [Fact]
    public void Valid_identifiers_pack_into_numbers_and_back()
    {
        var random = new Random(5);
        for (var i = 0; i < 2_000; i++)
        {
            var number = IdentityNumber.Create(
                random.Next(110_000, 660_000).ToString(System.Globalization.CultureInfo.InvariantCulture),
                DateOnly.FromDayNumber(random.Next(DateOnly.MinValue.AddYears(1900).DayNumber, new DateOnly(2020, 1, 1).DayNumber)),
                random.Next(1000));
            Assert.Equal(number.Value, PackedIdentifiers.Identity(PackedIdentifiers.Pack(number)).Value);
            var code = CreditCode.Create(new string(Enumerable.Range(0, 17).Select(_ => CreditCode.Alphabet[random.Next(31)]).ToArray()));
            var (high, low) = PackedIdentifiers.Pack(code);
            Assert.True(PackedIdentifiers.IsCredit(high, low));
            Assert.Equal(code.Value, PackedIdentifiers.Credit(high, low).Value);
        }

        var last = CreditCode.Create(new string('Y', 17));
        Assert.Equal(last, PackedIdentifiers.Credit(PackedIdentifiers.Pack(last).High, PackedIdentifiers.Pack(last).Low));
        Assert.Equal(PackedIdentifiers.None, PackedIdentifiers.Pack((IdentityNumber?)null));
        Assert.Equal(PackedIdentifiers.AsText, PackedIdentifiers.Pack(IdentityNumber.Parse("440802********123X")));
    }

    /// <summary>Every kind with every attribute set, with identifiers masked and invalid, and with none set, ids ascending.</summary>
    private static object[] Records() =>
    [
        new Person
        {
            Id = new EntityId(NodeKind.Person, 1),
            Name = "张伟",
            IdNumber = IdentityNumber.Parse("11010519491231002X"),
            BirthDate = D(1949, 12, 31),
            BirthMonth = new YearMonth(1949, 12),
            Gender = Sex.Female,
            Phone = "13800000000",
            Address = "北京市东城区",
        },
        new Person
        {
            Id = new EntityId(NodeKind.Person, 2),
            Name = "李娜",
            IdNumber = IdentityNumber.Parse("440802********123X"),
            Gender = Sex.Male,
        },
        new Person { Id = new EntityId(NodeKind.Person, 10), Name = "Ōno 𠀋", IdNumber = IdentityNumber.Parse("440802199001011235") },
        new Company
        {
            Id = new EntityId(NodeKind.Company, 20),
            Name = "湛江某建筑工程有限公司",
            CreditCode = CreditCode.Parse("91440800MA4UXXXX1X") is { IsValid: true } code ? code : CreditCode.Create("91440800MA4UXXXX1"),
            Listed = true,
            RegionCode = "440802",
            Industry = "E48",
            Status = "存续",
            Founded = D(2008, 3, 1),
            Address = "湛江市霞山区",
            Phone = "0759-1234567",
        },
        new Company
        {
            Id = new EntityId(NodeKind.Company, 21),
            Name = "某银行",
            CreditCode = CreditCode.Parse("91440800********1X"),
            RegionCode = "440800",
            Industry = "J66",
            Status = "注销",
        },
        new Company
        {
            Id = new EntityId(NodeKind.Company, 22),
            Name = "c3",
            CreditCode = CreditCode.Parse("9144080"),
            RegionCode = "440802",
        },
        new Agency
        {
            Id = new EntityId(NodeKind.Agency, 30),
            Name = "住建局",
            Code = CreditCode.Parse("11440800007000000X"),
            RegionCode = "440800",
            Sectors = ["E", "F51"],
        },
        new Decision
        {
            Id = new EntityId(NodeKind.Decision, 40),
            Kind = DecisionKinds.ProcurementAward,
            Title = "道路工程",
            Amount = 1_234_567.89m,
            Currency = "CNY",
            AppliedDate = D(2020, 1, 2),
            DecidedDate = D(2020, 2, 3),
            Method = ProcurementMethod.Limited,
            Bidders = 1,
        },
        new Decision
        {
            Id = new EntityId(NodeKind.Decision, 41),
            Kind = string.Empty,
            Title = string.Empty,
            Amount = 0m,
            Bidders = 0,
            DecidedDate = D(1),
        },
        new Person { Id = new EntityId(NodeKind.Person, 100), Name = "甲" },
        new Company { Id = new EntityId(NodeKind.Company, 101), Name = "乙" },
        new Agency { Id = new EntityId(NodeKind.Agency, 102), Name = "丙" },
        new Decision { Id = new EntityId(NodeKind.Decision, 103), Kind = "tax", DecidedDate = D(2022) },
    ];

    private static EntityId IdOf(object record) => record switch
    {
        Person p => p.Id,
        Company c => c.Id,
        Agency a => a.Id,
        Decision d => d.Id,
        _ => throw new ArgumentException("not a node", nameof(record)),
    };

    private static GraphSnapshot Build(object[] records)
    {
        var builder = new GraphSnapshotBuilder();
        foreach (var record in records)
        {
            builder.AddNode(record);
        }

        return builder.Build(7);
    }

    private static GraphSnapshot RoundTrip(GraphSnapshot snapshot)
    {
        using var stream = new MemoryStream();
        snapshot.WriteImage(stream);
        stream.Position = 0;
        return GraphSnapshot.ReadImage(stream, stream.Length);
    }

    // A record compares an agency's list of sectors by reference, and identifiers by value only: status and problem too.
    private static void AssertSame(object expected, object actual)
    {
        if (expected is Agency agency)
        {
            var copy = Assert.IsType<Agency>(actual);
            Assert.Equal(agency.Sectors, copy.Sectors);
            Assert.Equal(agency with { Sectors = [] }, copy with { Sectors = [] });
            Assert.Equal((agency.Code?.Status, agency.Code?.Problem), (copy.Code?.Status, copy.Code?.Problem));
            return;
        }

        Assert.Equal(expected, actual);
        switch (expected, actual)
        {
            case (Person p, Person q):
                Assert.Equal((p.IdNumber?.Status, p.IdNumber?.Problem), (q.IdNumber?.Status, q.IdNumber?.Problem));
                break;
            case (Company c, Company d):
                Assert.Equal((c.CreditCode?.Status, c.CreditCode?.Problem), (d.CreditCode?.Status, d.CreditCode?.Problem));
                break;
        }
    }
}
