using System.Globalization;
using Qingdan.Graph.Core.Identifiers;

namespace Qingdan.Graph.Store.Tests;

/// <summary>
/// A random history for the scoped-resolution differential tests: small bundles from three registries
/// and match decisions between their records. People and companies are drawn from a few true ones that
/// share names and birth dates; a record states a valid, a masked or no identifier, sometimes a wrong
/// birth date or another name; bundles restate earlier refs of their registry with new statements.
/// </summary>
internal static class ScopedResolutionPlan
{
    private static readonly string[] PersonNames = ["王伟", "王 伟", "李娜", "张伟", "刘洋"];
    private static readonly string[] CompanyNames = ["海滨建材有限公司", "海滨建材有限责任公司", "蓝天贸易有限公司", "华南物流有限公司"];
    private static readonly DateOnly[] Births = [new(1970, 1, 1), new(1985, 6, 15), new(1990, 12, 31)];
    private static readonly string[] Registries = ["cadre", "civil", "company"];

    /// <summary>One step of a history: a bundle to ingest or a decision to make.</summary>
    internal abstract record Step;

    /// <summary>A bundle: its registry, id and files; <paramref name="Stated"/> the refs it states.</summary>
    internal sealed record BundleStep(
        string Registry,
        string Id,
        string[] People,
        string[] Companies,
        string[] Holdings,
        RecordKey[] Stated)
        : Step;

    /// <summary>A person's verdict on two records, named by registry, kind and ref.</summary>
    internal sealed record Verdict(RecordKey A, RecordKey B, bool Same) : Step;

    internal readonly record struct RecordKey(string Registry, bool Person, string Ref)
    {
        public override string ToString() => $"{Registry}/{(Person ? "person" : "company")}/{Ref}";
    }

    public static List<Step> Generate(int seed, int steps)
    {
        var random = new Random(seed);
        var people = Enumerable.Range(0, 7).Select(i =>
        {
            var birth = Births[random.Next(Births.Length)];
            var number = IdentityNumber.Create("440802", birth, (i * 2) + 11).Value;
            return (Name: PersonNames[random.Next(PersonNames.Length)], Birth: birth, Number: number);
        }).ToArray();
        var companies = Enumerable.Range(0, 5).Select(i =>
            (Name: CompanyNames[random.Next(CompanyNames.Length)],
                Code: CreditCode.Create(string.Create(CultureInfo.InvariantCulture, $"91440802MA4UJ{i:D4}")).Value)).ToArray();
        var stated = Registries.ToDictionary(r => r, _ => new List<RecordKey>());
        var counters = Registries.ToDictionary(r => r, _ => 0);
        var plan = new List<Step>();
        for (var step = 0; step < steps; step++)
        {
            var all = stated.Values.SelectMany(k => k).ToList();
            if (all.Count >= 4 && random.Next(4) == 0)
            {
                var person = random.Next(3) > 0;
                var pool = all.Where(k => k.Person == person).ToList();
                if (pool.Count >= 2)
                {
                    var a = pool[random.Next(pool.Count)];
                    var b = pool[random.Next(pool.Count)];
                    if (a != b)
                    {
                        plan.Add(new Verdict(a, b, random.Next(2) == 0));
                        continue;
                    }
                }
            }

            var registry = Registries[random.Next(Registries.Length)];
            var known = stated[registry];
            var lines = new List<(bool Person, string Line)>();
            var inBundle = new HashSet<RecordKey>();
            for (var n = random.Next(1, 6); n > 0; n--)
            {
                var person = random.Next(3) > 0;
                var restatable = known.Where(k => k.Person == person && !inBundle.Contains(k)).ToList();
                RecordKey key;
                if (restatable.Count > 0 && random.Next(5) < 2)
                {
                    key = restatable[random.Next(restatable.Count)];
                }
                else
                {
                    key = new RecordKey(registry, person, $"{(person ? 'p' : 'c')}{counters[registry]++}");
                    known.Add(key);
                }

                inBundle.Add(key);
                lines.Add((person, person ? PersonLine(random, key, people) : CompanyLine(random, key, companies)));
            }

            var holders = known.Where(k => k.Person).ToList();
            var held = known.Where(k => !k.Person).ToList();
            var holdings = new List<string>();
            if (holders.Count > 0 && held.Count > 0 && random.Next(2) == 0)
            {
                var (holder, company) = (holders[random.Next(holders.Count)].Ref, held[random.Next(held.Count)].Ref);
                holdings.Add(string.Create(CultureInfo.InvariantCulture, $"{holder},person,{company},{random.Next(1, 99)}%,2020-01-01"));
            }

            plan.Add(new BundleStep(
                registry,
                string.Create(CultureInfo.InvariantCulture, $"{registry}-{seed}-{step}"),
                lines.Where(l => l.Person).Select(l => l.Line).ToArray(),
                lines.Where(l => !l.Person).Select(l => l.Line).ToArray(),
                holdings.ToArray(),
                inBundle.ToArray()));
        }

        return plan;
    }

    private static string PersonLine(Random random, RecordKey key, (string Name, DateOnly Birth, string Number)[] people)
    {
        var (name, birth, number) = people[random.Next(people.Length)];
        if (random.Next(7) == 0)
        {
            name = PersonNames[random.Next(PersonNames.Length)];
        }

        var identifier = random.Next(20) switch
        {
            < 9 => number,
            < 12 => number[..6] + "********" + number[14..],
            < 14 => number[..6] + "***********" + number[17..],
            _ => string.Empty,
        };
        var stated = random.Next(10) switch
        {
            < 5 => birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            5 => Births[random.Next(Births.Length)].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => string.Empty,
        };
        var gender = random.Next(5) == 0 ? (random.Next(2) == 0 ? "M" : "F") : string.Empty;
        return $"{key.Ref},{name},{identifier},{stated},{gender}";
    }

    private static string CompanyLine(Random random, RecordKey key, (string Name, string Code)[] companies)
    {
        var (name, code) = companies[random.Next(companies.Length)];
        if (random.Next(7) == 0)
        {
            name = CompanyNames[random.Next(CompanyNames.Length)];
        }

        var identifier = random.Next(20) switch
        {
            < 11 => code,
            < 13 => code[..8] + "*********" + code[17..],
            _ => string.Empty,
        };
        return $"{key.Ref},{name},{identifier}";
    }
}
