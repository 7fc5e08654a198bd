using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Graph;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Benchmarks;

/// <summary>
/// A day's delta for the delta benchmarks: a bundle of about the given number of rows restating existing people (half
/// of them officials' relatives) and companies, with new marriages, holdings, roles, associates, transactions and
/// procurement decisions taken by officials: every record kind a registry sends.
/// </summary>
internal static class SweepDeltaBundle
{
    private static readonly string[] Roles = ["legal_representative", "director", "supervisor", "employee", "consultant", "chair"];
    private static readonly string[] Kinds = ["loan", "consulting_fee", "payment", "contract", "gift", "asset_use"];

    public static async Task<int> WriteAsync(StoreConnection connection, GraphSnapshot graph, string folder, int rows, Random random)
    {
        var officials = graph.Officials();
        var hot = new HashSet<long>();
        var near = new HashSet<long>();
        var peopleWanted = Math.Max(4, rows / 8);
        for (var guard = 0; hot.Count < peopleWanted / 2 && guard < peopleWanted * 10; guard++)
        {
            var related = graph.RelatedPersons(officials[random.Next(officials.Count)]);
            var person = related[random.Next(related.Count)].Node;
            hot.Add(graph.IdOf(person).Value);
            foreach (var link in graph.LinksFrom(person))
            {
                if (graph.KindOf(graph.ToOf(link)) == NodeKind.Company)
                {
                    near.Add(graph.IdOf(graph.ToOf(link)).Value);
                }
            }
        }

        await using var context = connection.CreateContext();
        var people = new List<PersonRow>();
        foreach (var chunk in hot.Chunk(1000))
        {
            people.AddRange(await context.People.AsNoTracking().Where(p => chunk.Contains(p.Id) && p.IdNumber != null).ToListAsync());
        }

        people.AddRange(await context.People.AsNoTracking().Where(p => p.IdNumber != null).OrderBy(_ => EF.Functions.Random())
            .Take(peopleWanted - people.Count).ToListAsync());
        var companies = new List<CompanyRow>();
        foreach (var chunk in near.Take(peopleWanted / 2).Chunk(1000))
        {
            companies.AddRange(
                await context.Companies.AsNoTracking().Where(c => chunk.Contains(c.Id) && c.CreditCode != null).ToListAsync());
        }

        companies.AddRange(await context.Companies.AsNoTracking().Where(c => c.CreditCode != null).OrderBy(_ => EF.Functions.Random())
            .Take(Math.Max(2, peopleWanted - companies.Count)).ToListAsync());
        var officialIds = officials.Select(o => graph.IdOf(o).Value).ToHashSet();
        var deciders = people.Where(p => officialIds.Contains(p.Id)).ToList();
        var deciderRows = await context.People.AsNoTracking().Where(p => p.IdNumber != null)
            .Where(p => officialIds.Take(2000).Contains(p.Id)).Take(20).ToListAsync();
        deciders.AddRange(deciderRows);
        people.AddRange(deciderRows);

        var bundle = new BundleBuilder(Path.GetFileName(folder), "daily", root: Path.GetDirectoryName(folder));
        var facts = rows - people.Count - companies.Count;
        string P() => $"p{people[random.Next(people.Count)].Id}";
        string C() => $"c{companies[random.Next(companies.Count)].Id}";
        string Day() => new DateOnly(2012, 1, 1).AddDays(random.Next(0, 14 * 365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string Amount() => (random.Next(1, 90) * 10000).ToString(CultureInfo.InvariantCulture);
        List<string> Lines(int count, Func<int, string> line) => [.. Enumerable.Range(0, Math.Max(1, count)).Select(line)];
        bundle.File("people.csv", ["ref,name,id_number", .. people.DistinctBy(p => p.Id).Select(p => $"p{p.Id},{p.Name},{p.IdNumber}")]);
        bundle.File(
            "companies.csv",
            ["ref,name,credit_code", .. companies.DistinctBy(c => c.Id).Select(c => $"c{c.Id},{c.Name},{c.CreditCode}")]);
        bundle.File("family.csv", ["person_ref,relative_ref,relation,start_date", .. Lines(facts / 5, _ => $"{P()},{P()},spouse,{Day()}")]);
        bundle.File(
            "shareholdings.csv",
            ["holder_ref,holder_kind,company_ref,share,start_date",
                .. Lines(facts / 5, _ => $"{P()},person,{C()},{random.Next(5, 60)},{Day()}")]);
        bundle.File(
            "company_roles.csv",
            ["person_ref,company_ref,role,start_date,monthly_salary",
                .. Lines(facts / 5, _ => $"{P()},{C()},{Roles[random.Next(Roles.Length)]},{Day()},{random.Next(3, 40) * 1000}")]);
        bundle.File(
            "associates.csv",
            ["person_ref,associate_ref,kind,start_date", .. Lines(facts / 20, _ => $"{P()},{P()},specific_related,{Day()}")]);
        bundle.File(
            "transactions.csv",
            ["from_ref,from_kind,to_ref,to_kind,kind,amount,date",
                .. Lines(facts / 4, _ => $"{C()},company,{P()},person,{Kinds[random.Next(Kinds.Length)]},{Amount()},{Day()}")]);
        var decisions = Math.Max(1, facts / 20);
        bundle.File(
            "decisions.csv",
            ["ref,kind,beneficiary_ref,amount,decided_date,method,bidders",
                .. Lines(decisions, i => $"d{i},procurement_award,{C()},{random.Next(1, 900) * 10000},{Day()},direct,1")]);
        bundle.File(
            "decision_officials.csv",
            ["decision_ref,person_ref,role", .. Lines(decisions, i => $"d{i},p{deciders[random.Next(deciders.Count)].Id},approver")]);
        return Directory.EnumerateFiles(bundle.Folder, "*.csv").Sum(f => File.ReadLines(f).Count() - 1);
    }
}
