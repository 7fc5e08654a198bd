using System.Globalization;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Core.Rules;

namespace Qingdan.Graph.Core.Tests.Rules;

/// <summary>
/// The claim incremental sweeps rest on (docs/engine.md "Incremental sweeps"), checked against brute force on random
/// graphs: after random changes, every official whose footprint misses N[T] (the touched entities and their
/// neighbours in the new graph), whose consulted medians kept their values and who had a footprint, has exactly the
/// findings it had — compared by entity ids and link facts, not indexes, which move.
/// </summary>
public sealed class FootprintTests
{
    private static readonly RuleParameters Parameters = new() { MinPeers = 2 };
    private static readonly string[] Relations = ["spouse", "child", "sibling", "parent"];
    private static readonly string[] Roles = ["legal_representative", "director", "employee", "consultant", "chair", "general_manager"];
    private static readonly string[] Kinds = ["loan", "consulting_fee", "payment", "contract", "gift", "asset_use"];
    private static readonly string[] Industries = ["F51", "E48", "J66", "C13"];

    [Fact]
    public void Officials_outside_the_touched_neighbourhood_keep_their_findings()
    {
        var kept = 0;
        var rerun = 0;
        for (var seed = 0; seed < 150; seed++)
        {
            var random = new Random(seed);
            var world = new World(random);
            var before = world.Build(1);
            var engineBefore = new RuleEngine(before, Parameters);
            var runBefore = engineBefore.RunTraced(maxParallelism: 1);
            var findingsBefore = ByOfficial(before, runBefore.Findings);

            var touched = new HashSet<long>();
            for (var i = random.Next(1, 4); i > 0; i--)
            {
                world.Change(random, touched);
            }

            var after = world.Build(2);
            var engineAfter = new RuleEngine(after, Parameters);
            var findingsAfter = ByOfficial(after, engineAfter.Run(maxParallelism: 1));
            var near = new HashSet<long>(touched);
            foreach (var id in touched)
            {
                if (world.IndexIn(after, id) is var node and >= 0)
                {
                    near.UnionWith(after.LinksFrom(node).Select(l => after.IdOf(after.ToOf(l)).Value));
                    near.UnionWith(after.LinksTo(node).Select(l => after.IdOf(after.FromOf(l)).Value));
                }
            }

            foreach (var footprint in runBefore.Footprints)
            {
                var official = before.IdOf(footprint.Official).Value;
                var medianMoved = footprint.Medians.Any(key =>
                    engineBefore.TryGetMedian(key, out var was) != engineAfter.TryGetMedian(key, out var now) || was != now);
                if (footprint.Nodes.Any(n => near.Contains(before.IdOf(n).Value)) || medianMoved)
                {
                    rerun++;
                    continue;
                }

                kept++;
                Assert.Equal(findingsBefore.GetValueOrDefault(official, ""), findingsAfter.GetValueOrDefault(official, ""));
            }
        }

        // Both sides of the claim were exercised.
        Assert.True(kept > 100 && rerun > 100, $"kept {kept}, rerun {rerun}");
    }

    [Fact]
    public void A_footprint_holds_the_official_the_relatives_and_the_companies_whose_links_the_rules_read()
    {
        var graph = RuleWorld.World().Company("c").Company("holding").Person("stranger").Company("far")
            .Owns("spouse", "holding", 0.5, SmallGraphDay).Owns("holding", "c", 0.6, SmallGraphDay)
            .Owns("stranger", "far", 1.0, SmallGraphDay);
        var snapshot = graph.Build();

        var footprint = Assert.Single(new RuleEngine(snapshot).RunTraced(maxParallelism: 1).Footprints);

        var names = footprint.Nodes.Select(n => graph.NameOf(snapshot, n)).ToHashSet();
        Assert.Superset(new HashSet<string> { "o", "spouse", "child", "holding" }, names);
        Assert.DoesNotContain("stranger", names);
        Assert.DoesNotContain("far", names);
    }

    private static readonly DateOnly SmallGraphDay = new(2016, 1, 1);

    // Each official's findings as text in entity ids and link facts, sorted: what a stored body would hold.
    private static Dictionary<long, string> ByOfficial(GraphSnapshot graph, IReadOnlyList<Finding> findings) =>
        findings.GroupBy(f => graph.IdOf(f.Official).Value).ToDictionary(
            g => g.Key,
            g => string.Join('\n', g.Select(f => Text(graph, f)).Order(StringComparer.Ordinal)));

    private static string Text(GraphSnapshot graph, Finding f)
    {
        string Node(int n) => graph.IdOf(n).ToString();
        string Link(int l) => $"{graph.FactOf(l)}|{string.Join(',', graph.SourcesOf(l))}";
        return string.Join(
            " ; ",
            f.Rule,
            Node(f.Official),
            Node(f.Company),
            string.Join(',', f.Variants),
            string.Join(',', f.Relations),
            string.Join(',', f.Relatives.Select(Node)),
            f.Severity,
            string.Join(',', f.Reasons),
            string.Join(
                " / ",
                f.Evidence.Select(p => $"{p.Shows} {p.On} {string.Join(',', p.Nodes.Select(Node))} {string.Join(',', p.Links.Select(Link))}")),
            f.EvidenceOmitted,
            string.Join(',', f.Decisions.Select(Node)),
            string.Join(',', f.Transactions.Select(Link)),
            string.Join(',', f.Posts.Select(Link)),
            f.Amount?.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A small dense world as lists of nodes and links, changed in place and built into a snapshot at will.</summary>
    private sealed class World
    {
        private readonly List<object> _nodes = [];
        private readonly List<SnapshotLink> _links = [];
        private long _nextId = 1;
        private int _line;

        public World(Random random)
        {
            for (var i = 0; i < 3; i++)
            {
                _nodes.Add(new Agency { Id = Next(NodeKind.Agency), Name = $"a{i}", RegionCode = "440800", Sectors = i == 0 ? [] : ["F"] });
            }

            for (var i = 0; i < 30; i++)
            {
                _nodes.Add(new Person { Id = Next(NodeKind.Person), Name = $"p{i}" });
            }

            for (var i = 0; i < 12; i++)
            {
                _nodes.Add(NewCompany(random));
            }

            for (var i = 0; i < 4; i++)
            {
                _nodes.Add(new Decision
                {
                    Id = Next(NodeKind.Decision),
                    Kind = "procurement_award",
                    DecidedDate = Day(random),
                    Amount = random.Next(1, 900) * 10_000m,
                    Method = ProcurementMethod.Direct,
                    Bidders = 1,
                });
            }

            for (var i = 0; i < 6; i++)
            {
                AddLink(random, LinkKind.Position);
            }

            for (var i = 0; i < 110; i++)
            {
                AddLink(random, null);
            }
        }

        public GraphSnapshot Build(long version)
        {
            var builder = new GraphSnapshotBuilder();
            foreach (var node in _nodes)
            {
                builder.AddNode(node);
            }

            foreach (var link in _links)
            {
                builder.AddLink(link);
            }

            return builder.Build(version);
        }

        public int IndexIn(GraphSnapshot graph, long id)
        {
            foreach (var kind in Enum.GetValues<NodeKind>())
            {
                if (graph.IndexOf(new EntityId(kind, id)) is var node and >= 0)
                {
                    return node;
                }
            }

            return -1;
        }

        /// <summary>One random change; every entity it touches goes into <paramref name="touched"/>.</summary>
        public void Change(Random random, HashSet<long> touched)
        {
            switch (random.Next(5))
            {
                case 0 or 1:
                    var added = AddLink(random, null);
                    touched.UnionWith([added.From, added.To]);
                    break;
                case 2 when _links.Count > 0:
                    var removed = _links[random.Next(_links.Count)];
                    _links.Remove(removed);
                    touched.UnionWith([removed.From, removed.To]);
                    break;
                case 3:
                    var companies = _nodes.OfType<Company>().ToList();
                    var company = companies[random.Next(companies.Count)];
                    _nodes[_nodes.IndexOf(company)] = company with
                    {
                        Industry = Industries[random.Next(Industries.Length)],
                        Listed = random.Next(4) == 0,
                    };
                    touched.Add(company.Id.Value);
                    break;
                default:
                    var person = new Person { Id = Next(NodeKind.Person), Name = "new" };
                    _nodes.Add(person);
                    touched.Add(person.Id.Value);
                    var link = AddLink(random, null, person.Id.Value);
                    touched.UnionWith([link.From, link.To]);
                    break;
            }
        }

        private SnapshotLink AddLink(Random random, LinkKind? kind, long? from = null)
        {
            var people = _nodes.OfType<Person>().Select(p => p.Id.Value).ToList();
            var companies = _nodes.OfType<Company>().Select(c => c.Id.Value).ToList();
            long P() => from ?? people[random.Next(people.Count)];
            long C() => companies[random.Next(companies.Count)];
            var start = Day(random);
            var link = (kind ?? (LinkKind)random.Next(1, 11)) switch
            {
                LinkKind.Position => Link(LinkKind.Position, P(), Agencies(random), null, new DateOnly(2010, 1, 1)),
                LinkKind.Family => Link(LinkKind.Family, P(), people[random.Next(people.Count)], Pick(random, Relations), start),
                LinkKind.Associate => Link(LinkKind.Associate, P(), people[random.Next(people.Count)], "specific_related", start),
                LinkKind.Ownership => Link(LinkKind.Ownership, random.Next(3) == 0 ? C() : P(), C(), null, start) with
                {
                    Share = random.Next(1, 20) * 0.05,
                },
                LinkKind.Role => Link(LinkKind.Role, P(), C(), Roles[random.Next(Roles.Length)], start) with
                {
                    MonthlySalary = random.Next(2) == 0 ? random.Next(2, 30) * 1000m : null,
                },
                LinkKind.Participation => Link(LinkKind.Participation, P(), Decisions(random), "approver", start),
                LinkKind.Beneficiary => Link(LinkKind.Beneficiary, Decisions(random), C(), null, null),
                _ => (random.Next(2) == 0 ? Link(LinkKind.Transaction, C(), P(), Kinds[random.Next(Kinds.Length)], start)
                    : Link(LinkKind.Transaction, P(), C(), Kinds[random.Next(Kinds.Length)], start)) with
                {
                    Amount = random.Next(1, 90) * 10_000m,
                },
            };
            _links.Add(link);
            return link;
        }

        private long Agencies(Random random) => _nodes.OfType<Agency>().ElementAt(random.Next(3)).Id.Value;

        private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];

        private long Decisions(Random random) => _nodes.OfType<Decision>().ElementAt(random.Next(4)).Id.Value;

        private SnapshotLink Link(LinkKind kind, long from, long to, string? detail, DateOnly? start) => new()
        {
            Kind = kind,
            From = from,
            To = to,
            Detail = detail,
            Start = start,
            Source = new SourceRef("test", "links.csv", ++_line),
        };

        private Company NewCompany(Random random) => new()
        {
            Id = Next(NodeKind.Company),
            Name = "c",
            RegionCode = "440802",
            Industry = Industries[random.Next(Industries.Length)],
            Listed = random.Next(6) == 0,
        };

        private EntityId Next(NodeKind kind) => new(kind, _nextId++);

        private static DateOnly Day(Random random) => new DateOnly(2008, 1, 1).AddDays(random.Next(0, 16 * 365));
    }
}
