using System.Globalization;
using Bogus;
using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Seed.World;

namespace Qingdan.Graph.Seed.Generation;

/// <summary>
/// Generates a Zhanjiang-like world: agencies with regions and sectors, officials with posts and
/// families, companies with owners, officers and payroll, decisions, and money — plus planted cases
/// for every rule variant and the near misses RULES.md lists. Counties are generated in parallel,
/// each with its own seeded <see cref="Faker"/> and <see cref="Random"/>, then joined in order, so
/// the output depends only on the scale and the seed.
/// </summary>
internal static class WorldGenerator
{
    public static readonly DateOnly AsOf = new(2026, 6, 30);

    public static SeedWorld Generate(SeedScale scale, int seed)
    {
        var plan = Plan(scale, seed);
        var parts = new SeedWorld[plan.Counties.Count];
        Parallel.For(0, plan.Counties.Count, i => parts[i] = County(plan, i));
        foreach (var part in parts)
        {
            Merge(plan.World, part);
        }

        return plan.World;
    }

    /// <summary>
    /// The agencies and the counties of a scale, before any county is generated: <see cref="Generate"/>
    /// generates every county and joins them; <see cref="WorldStream"/> hands each to a snapshot builder as it comes.
    /// </summary>
    public static WorldPlan Plan(SeedScale scale, int seed)
    {
        // The province is denser in money (a transaction a person rather than one in two), which brings it to ≈ 8 million links;
        // four times the province is four times its people in each of its counties, as dense in money.
        var (cities, peoplePerCounty, transactionsPerPerson) = scale switch
        {
            SeedScale.City => (1, 2_250, 0.5),
            SeedScale.Region => (10, 2_250, 0.5),
            SeedScale.Province => (21, 10_600, 1.0),
            _ => (21, 4 * 10_600, 1.0),
        };
        var world = new SeedWorld();
        var counties = new List<string>();
        for (var c = 0; c < cities; c++)
        {
            var (city, cityName, countyCodes) = Geography.Cities[c];
            foreach (var (name, sectors, licensing) in Geography.CityAgencies)
            {
                AddAgency(world, $"{cityName}市{name}", city + "00", sectors, licensing);
            }

            foreach (var county in countyCodes)
            {
                foreach (var (name, sectors, licensing) in Geography.CountyAgencies)
                {
                    AddAgency(world, $"{cityName}{county}区{name}", city + county, sectors, licensing);
                }

                counties.Add(city + county);
            }
        }

        return new WorldPlan(world, counties, peoplePerCounty, transactionsPerPerson, seed);
    }

    /// <summary>County <paramref name="index"/> of the plan, its ids local to it; depends only on the plan and the index.</summary>
    public static SeedWorld County(WorldPlan plan, int index)
    {
        var region = plan.Counties[index];
        var agencies = plan.World.Agencies.Where(a => a.RegionCode == region || a.RegionCode == region[..4] + "00").ToList();
        return new CountyGenerator(region, agencies, plan.PeoplePerCounty, plan.TransactionsPerPerson, (plan.Seed * 7919) + index)
            .Generate();
    }

    private static void AddAgency(SeedWorld world, string name, string region, string[] sectors, bool licensing)
    {
        var serial = world.Agencies.Count.ToString("D9", CultureInfo.InvariantCulture);
        var code = CreditCode.Create($"11{region}{serial}").Value;
        world.Agencies.Add(new SeedAgency(world.Agencies.Count, name, code, region, sectors, licensing));
    }

    private static void Merge(SeedWorld world, SeedWorld part)
    {
        var p = world.People.Count;
        var c = world.Companies.Count;
        var d = world.Decisions.Count;
        var r = world.Reports.Count;
        world.People.AddRange(part.People.Select(x => x with { Id = x.Id + p }));
        for (var i = 0; i < part.People.Count; i++)
        {
            var source = part.People[i];
            var target = world.People[p + i];
            (target.InCadre, target.InCompanyRegistry, target.InFinance, target.InDecisions) = (source.InCadre, source
                .InCompanyRegistry, source.InFinance, source.InDecisions);
        }

        world.Companies.AddRange(part.Companies.Select(x => x with { Id = x.Id + c }));
        world.Positions.AddRange(part.Positions.Select(x => x with { Person = x.Person + p }));
        world.Family.AddRange(part.Family.Select(x => x with { Person = x.Person + p, Relative = x.Relative + p }));
        world.Associates.AddRange(part.Associates.Select(x => x with { Person = x.Person + p, Other = x.Other + p }));
        world.Shares.AddRange(part.Shares.Select(x => x with { Holder = x.Holder + (x.HolderIsCompany ? c : p), Company = x.Company + c }));
        world.Roles.AddRange(part.Roles.Select(x => x with { Person = x.Person + p, Company = x.Company + c }));
        world.Transactions.AddRange(
            part.Transactions.Select(x => x with { From = x.From + (x.FromIsCompany ? c : p), To = x.To + (x.ToIsCompany ? c : p) }));
        world.Decisions.AddRange(part.Decisions.Select(x => x with
        {
            Id = x.Id + d,
            Beneficiary = x.Beneficiary + c,
            Officials = x.Officials.Select(o => (o.Person + p, o.Role)).ToArray(),
            Tenderers = x.Tenderers.Select(t => t + c).ToArray(),
        }));
        world.Reports.AddRange(part.Reports.Select(x => x with { Id = x.Id + r, Official = x.Official + p }));
        world.ReportItems.AddRange(part.ReportItems.Select(x => x with
        {
            Report = x.Report + r,
            Person = x.Person + p,
            Company = x.Company + c,
        }));
        world.Planted.AddRange(part.Planted.Select(x => x with { Official = x.Official + p, Company = x.Company + c }));
    }
}
