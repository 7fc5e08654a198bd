using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Graph;
using Qingdan.Graph.Store.Ingest;
using Qingdan.Graph.Store.Resolution;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Server.Tests.Sweeps;

/// <summary>
/// Small random deltas into a seeded store, most of them near officials so that findings move: bundles adding
/// marriages, holdings, roles, transactions and decisions; a registry restated in snapshot mode, which ends facts it
/// no longer states; companies restated with other attributes; match decisions merging two entities or splitting one.
/// </summary>
internal sealed class RandomDeltas(StoreConnection connection, string folder, int seed)
{
    private static readonly string[] Roles = ["legal_representative", "director", "supervisor", "employee", "consultant", "chair"];
    private static readonly string[] Transactions = ["loan", "consulting_fee", "payment", "contract", "gift", "asset_use"];
    private static readonly string[] Industries = ["E48", "F51", "C13", "J66", "L72", "A04"];
    private readonly Random _random = new(seed);
    private readonly List<(string File, string Header, string Row)> _daily = [];
    private readonly Dictionary<long, PersonRow> _dailyPeople = [];
    private readonly Dictionary<long, CompanyRow> _dailyCompanies = [];
    private int _count;

    /// <summary>Makes and applies one delta; returns what it was.</summary>
    public async Task<string> ApplyAsync(GraphSnapshot graph)
    {
        _count++;
        var pick = _random.Next(100);
        if (pick < 12)
        {
            return await DecideAsync(same: true);
        }

        if (pick < 20)
        {
            return await DecideAsync(same: false);
        }

        var people = await PeopleAsync(graph);
        var companies = await CompaniesAsync(graph);
        if (people.Count == 0 || companies.Count == 0)
        {
            return await DecideAsync(same: true);
        }

        var snapshotMode = pick < 50;
        var id = snapshotMode ? $"daily-{_count}" : $"extra-{_count}";
        using var bundle = new BundleBuilder(id, snapshotMode ? "daily" : $"extra{_count}", mode: snapshotMode ? "snapshot" : "delta",
            root: Path.Combine(folder, id));
        var facts = new List<(string File, string Header, string Row)>();
        for (var i = _random.Next(1, 4); i > 0; i--)
        {
            facts.Add(Fact(people, companies));
        }

        if (snapshotMode)
        {
            for (var i = _random.Next(0, 3); i > 0 && _daily.Count > 0; i--)
            {
                _daily.RemoveAt(_random.Next(_daily.Count));
            }

            _daily.AddRange(facts);
            facts = [.. _daily];
            // The facts restated name people and companies of earlier deltas too.
            foreach (var person in people)
            {
                _dailyPeople[person.Id] = person;
            }

            foreach (var company in companies)
            {
                _dailyCompanies[company.Id] = company;
            }

            people = [.. _dailyPeople.Values];
            companies = [.. _dailyCompanies.Values];
        }

        var decisions = !snapshotMode && _random.Next(3) == 0 ? Decision(graph, people, companies) : [];
        var companyRows = companies.ConvertAll(c => Company(c, restate: !snapshotMode && _random.Next(4) == 0));
        bundle.File("people.csv", ["ref,name,id_number", .. people.Select(p => $"p{p.Id},{p.Name},{p.IdNumber}")]);
        bundle.File("companies.csv", ["ref,name,credit_code,listed,region_code,industry", .. companyRows]);
        foreach (var file in facts.Concat(decisions).GroupBy(f => f.File))
        {
            bundle.File(file.Key, [file.First().Header, .. file.Select(f => f.Row).Distinct()]);
        }

        var report = await new BundleIngestor(connection, TimeProvider.System)
            .IngestAsync(bundle.Folder, new IngestOptions(), CancellationToken.None);
        return $"{id}: {facts.Count} facts, {decisions.Count} decision rows, {report.Status}";
    }

    private (string File, string Header, string Row) Fact(List<PersonRow> people, List<CompanyRow> companies)
    {
        var p = people[_random.Next(people.Count)];
        var q = people[_random.Next(people.Count)];
        var c = companies[_random.Next(companies.Count)];
        var day = Day();
        return _random.Next(5) switch
        {
            0 when p.Id != q.Id => ("family.csv", "person_ref,relative_ref,relation,start_date", $"p{p.Id},p{q.Id},spouse,{day}"),
            1 => ("shareholdings.csv", "holder_ref,holder_kind,company_ref,share,start_date",
                $"p{p.Id},person,c{c.Id},{_random.Next(5, 60)},{day}"),
            2 => ("company_roles.csv", "person_ref,company_ref,role,start_date,monthly_salary",
                $"p{p.Id},c{c.Id},{Roles[_random.Next(Roles.Length)]},{day},{_random.Next(3, 40) * 1000}"),
            _ => _random.Next(2) == 0
                ? ("transactions.csv", "from_ref,from_kind,to_ref,to_kind,kind,amount,date",
                    $"c{c.Id},company,p{p.Id},person,{Transactions[_random.Next(Transactions.Length)]},{_random.Next(1, 90) * 10000},{day}")
                : ("transactions.csv", "from_ref,from_kind,to_ref,to_kind,kind,amount,date",
                    $"p{p.Id},person,c{c.Id},{Transactions[_random.Next(Transactions.Length)]},{_random.Next(1, 90) * 10000},{day}"),
        };
    }

    private List<(string File, string Header, string Row)> Decision(GraphSnapshot graph, List<PersonRow> people, List<CompanyRow> companies)
    {
        var officials = people.Where(p => graph.IndexOf(new EntityId(NodeKind.Person, p.Id)) is var n and >= 0 && graph.IsOfficial(n))
            .ToList();
        if (officials.Count == 0)
        {
            return [];
        }

        var official = officials[_random.Next(officials.Count)];
        var company = companies[_random.Next(companies.Count)];
        var method = _random.Next(2) == 0 ? "direct" : "open";
        return
        [
            ("decisions.csv", "ref,kind,beneficiary_ref,amount,decided_date,method,bidders",
                $"d{_count},procurement_award,c{company.Id},{_random.Next(1, 900) * 10000},{Day()},{method},{_random.Next(1, 4)}"),
            ("decision_officials.csv", "decision_ref,person_ref,role", $"d{_count},p{official.Id},approver"),
        ];
    }

    private string Company(CompanyRow c, bool restate) =>
        restate
            ? $"c{c.Id},{c.Name},{c.CreditCode},{(_random.Next(5) == 0 ? "true" : "false")},{c.RegionCode}," +
                $"{Industries[_random.Next(Industries.Length)]}"
            : $"c{c.Id},{c.Name},{c.CreditCode},,,";

    private string Day() =>
        new DateOnly(2012, 1, 1).AddDays(_random.Next(0, 14 * 365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Officials, their relatives and a few others: the people a delta is about.
    private async Task<List<PersonRow>> PeopleAsync(GraphSnapshot graph)
    {
        var officials = graph.Officials();
        var ids = new HashSet<long>();
        for (var i = 0; i < 6; i++)
        {
            var official = officials[_random.Next(officials.Count)];
            var related = graph.RelatedPersons(official);
            ids.Add(graph.IdOf(related[_random.Next(related.Count)].Node).Value);
        }

        await using var context = connection.CreateContext();
        var count = await context.People.CountAsync();
        var others = await context.People.AsNoTracking().Where(p => p.IdNumber != null).OrderBy(p => p.Id).Skip(_random.Next(count)).Take(2)
            .Select(p => p.Id).ToListAsync();
        ids.UnionWith(others);
        return await context.People.AsNoTracking().Where(p => ids.Contains(p.Id) && p.IdNumber != null).OrderBy(p => p.Id).ToListAsync();
    }

    // Companies next to those people, and a few others.
    private async Task<List<CompanyRow>> CompaniesAsync(GraphSnapshot graph)
    {
        var officials = graph.Officials();
        var ids = new HashSet<long>();
        for (var i = 0; i < 6; i++)
        {
            var official = officials[_random.Next(officials.Count)];
            foreach (var related in graph.RelatedPersons(official))
            {
                foreach (var link in graph.LinksFrom(related.Node))
                {
                    if (graph.KindOf(graph.ToOf(link)) == NodeKind.Company && _random.Next(3) == 0)
                    {
                        ids.Add(graph.IdOf(graph.ToOf(link)).Value);
                    }
                }
            }
        }

        await using var context = connection.CreateContext();
        var count = await context.Companies.CountAsync();
        ids.UnionWith(await context.Companies.AsNoTracking().Where(c => c.CreditCode != null).OrderBy(c => c.Id)
            .Skip(_random.Next(count)).Take(3).Select(c => c.Id).ToListAsync());
        return await context.Companies.AsNoTracking().Where(c => ids.Contains(c.Id) && c.CreditCode != null).OrderBy(c => c.Id).Take(8)
            .ToListAsync();
    }

    private async Task<string> DecideAsync(bool same)
    {
        long a, b;
        await using (var context = connection.CreateContext())
        {
            var kind = _random.Next(2) == 0 ? NodeKind.Person : NodeKind.Company;
            var records = await context.SourceRecords.AsNoTracking().Where(r => r.Kind == kind && r.EntityId != null)
                .Select(r => new { r.Id, EntityId = r.EntityId!.Value }).ToListAsync();
            if (same)
            {
                var first = records[_random.Next(records.Count)];
                var second = first;
                while (second.EntityId == first.EntityId)
                {
                    second = records[_random.Next(records.Count)];
                }

                (a, b) = (first.Id, second.Id);
            }
            else
            {
                var shared = records.GroupBy(r => r.EntityId).Where(g => g.Count() > 1).ToList();
                var group = shared[_random.Next(shared.Count)].ToList();
                (a, b) = (group[0].Id, group[1].Id);
            }
        }

        await new MatchDecider(connection, TimeProvider.System).DecideAsync(a, b, same, "test", null, CancellationToken.None);
        return $"{(same ? "merge" : "split")} records {a} and {b}";
    }
}
