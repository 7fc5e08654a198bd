using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Benchmarks;

/// <summary>
/// A day's delta from a registry, written against what a store already holds: people and companies
/// named by their identity numbers and credit codes (so that they resolve to the store's entities),
/// new marriages and children, shareholdings, roles, posts, awards and bank lines among them — every
/// record kind, in the proportions of a day's changes.
/// </summary>
internal static class DeltaBundle
{
    public static async Task<long> WriteAsync(StoreConnection connection, string folder, int rows, int seed)
    {
        var random = new Random(seed);
        await using var context = connection.CreateContext();
        var peopleWanted = Math.Max(4, rows / 5);
        var companiesWanted = Math.Max(2, rows / 10);
        var maxPerson = await context.People.MaxAsync(p => p.Id);
        var maxCompany = await context.Companies.MaxAsync(c => c.Id);
        var people = await context.People.AsNoTracking()
            .Where(p => p.IdNumberStatus == IdentifierStatus.Valid && p.Id >= random.NextInt64(maxPerson / 2))
            .OrderBy(p => p.Id).Take(peopleWanted).Select(p => new { p.Name, p.IdNumber }).ToListAsync();
        var companies = await context.Companies.AsNoTracking()
            .Where(c => c.CreditCodeStatus == IdentifierStatus.Valid && c.Id >= random.NextInt64(maxCompany / 2))
            .OrderBy(c => c.Id).Take(companiesWanted).Select(c => new { c.Name, c.CreditCode, c.RegionCode, c.Industry })
            .ToListAsync();
        var agencies = await context.Agencies.AsNoTracking().OrderBy(a => a.Id).Take(20).Select(a => new { a.Name, a.RegionCode })
            .ToListAsync();
        Directory.CreateDirectory(folder);
        var registry = $"daily-{Path.GetFileName(folder)}";
        File.WriteAllText(
            Path.Combine(folder, "manifest.json"),
            $"{{\"registry\":\"{registry}\",\"source\":\"bench delta\",\"as_of\":\"2026-12-01\",\"mode\":\"delta\"}}");
        long written = 0;
        void Write(string name, string header, IEnumerable<string> lines)
        {
            using var writer = new StreamWriter(Path.Combine(folder, name), false, new UTF8Encoding(false));
            writer.WriteLine(header);
            foreach (var line in lines)
            {
                writer.WriteLine(line);
                written++;
            }
        }

        Write("people.csv", "ref,name,id_number", people.Select((p, i) => $"p{i},{p.Name},{p.IdNumber}"));
        Write(
            "companies.csv",
            "ref,name,credit_code,region_code,industry",
            companies.Select((c, i) => $"c{i},{c.Name},{c.CreditCode},{c.RegionCode},{c.Industry}"));
        Write("agencies.csv", "ref,name,region_code", agencies.Select((a, i) => $"a{i},{a.Name},{a.RegionCode}"));
        string P() => $"p{random.Next(people.Count)}";
        string C() => $"c{random.Next(companies.Count)}";
        string A() => $"a{random.Next(agencies.Count)}";
        string Day() => new DateOnly(2026, 1, 1).AddDays(random.Next(330)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var rest = Math.Max(7, rows - people.Count - companies.Count - agencies.Count);
        Write(
            "family.csv",
            "person_ref,relative_ref,relation,start_date",
            Enumerable.Range(0, rest * 20 / 100).Select(i => $"{P()},{P()},{(i % 3 == 0 ? "child" : "spouse")},{Day()}"));
        Write(
            "shareholdings.csv",
            "holder_ref,holder_kind,company_ref,share,start_date",
            Enumerable.Range(0, rest * 20 / 100).Select(_ => $"{P()},person,{C()},{random.Next(1, 60)},{Day()}"));
        Write(
            "company_roles.csv",
            "person_ref,company_ref,role,start_date,monthly_salary",
            Enumerable.Range(0, rest * 15 / 100).Select(_ => $"{P()},{C()},supervisor,{Day()},{random.Next(5, 60) * 1000}"));
        Write(
            "positions.csv",
            "person_ref,agency_ref,title,start_date",
            Enumerable.Range(0, rest * 5 / 100).Select(_ => $"{P()},{A()},科员,{Day()}"));
        Write(
            "decisions.csv",
            "ref,kind,agency_ref,beneficiary_ref,title,amount,decided_date",
            Enumerable.Range(0, rest * 15 / 100).Select(i => $"d{i},procurement_award,{A()},{C()},采购{i},{random.Next(10, 900) * 1000},{Day()}"));
        Write(
            "transactions.csv",
            "from_ref,from_kind,to_ref,to_kind,kind,amount,date",
            Enumerable.Range(0, rest * 25 / 100).Select(_ => $"{C()},company,{P()},person,payment,{random.Next(1, 500) * 100},{Day()}"));
        return written;
    }
}
