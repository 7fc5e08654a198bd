using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Seed.World;

namespace Qingdan.Graph.Seed.Tests;

/// <summary>
/// Small, dense, adversarial worlds for the differential test: few people and companies, many
/// links, intervals drawn from a handful of boundary days so that touching and overlapping
/// intervals, ownership cycles, repeated stakes and derived relations turn up often.
/// </summary>
internal static class RandomWorlds
{
    private static readonly string[] Regions = ["440802", "440803", "440800", "440900", "450100"];
    private static readonly string[] AgencyRegions = ["440000", "440800", "440802", "440900"];
    private static readonly string[] Industries = ["F51", "F52", "E48", "J66", "C13", "L72"];
    private static readonly string[][] SectorChoices = [[], [], ["F"], ["E48", "C"], ["J"]];
    private static readonly double[] Shares = [0.01, 0.04, 0.05, 0.1, 0.2, 0.25, 0.3, 0.5, 1.0];
    private static readonly decimal?[] Salaries = [null, 0m, 4000m, 5000m, 6000m, 8000m, 12000m, 30000m];
    private static readonly string[] DecisionKindsDrawn
        = ["procurement_award", "license", "subsidy", "land_transfer", "credit", "inspection"];

    public static SeedWorld Create(int seed)
    {
        var random = new Random(seed);
        var world = new SeedWorld();
        var people = random.Next(8, 16);
        var companies = random.Next(4, 10);
        for (var i = 0; i < people; i++)
        {
            world.People.Add(new SeedPerson(i, $"人{i}", $"id{i}", new DateOnly(1960 + i, 1, 1), i % 2 == 0));
        }

        for (var i = 0; i < companies; i++)
        {
            world.Companies
                .Add(new SeedCompany(i, $"公司{i}", $"code{i}", random.Next(6) == 0, Pick(random, Regions), Pick(random, Industries)));
        }

        var agencies = random.Next(1, 4);
        for (var i = 0; i < agencies; i++)
        {
            world.Agencies.Add(new SeedAgency(i, $"局{i}", $"agency{i}", Pick(random, AgencyRegions), Pick(random, SectorChoices), false));
        }

        var officials = Enumerable.Range(0, people).OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToList();
        foreach (var official in officials)
        {
            for (var n = random.Next(1, 3); n > 0; n--)
            {
                var (start, end) = Span(random);
                world.Positions.Add(new SeedPosition(official, random.Next(agencies), "职务", start, end));
            }
        }

        var relations = Enum.GetValues<FamilyRelation>();
        for (var n = random.Next(people, people * 2); n > 0; n--)
        {
            var (a, b) = TwoOf(random, people);
            var (start, end) = Span(random);
            world.Family.Add(new SeedFamily(a, b, Pick(random, relations), start, end, true, false));
        }

        var associateKinds = Enum.GetValues<AssociateKind>();
        for (var n = random.Next(0, 4); n > 0; n--)
        {
            var (a, b) = TwoOf(random, people);
            var (start, end) = Span(random);
            world.Associates.Add(new SeedAssociate(a, b, Pick(random, associateKinds), start, end));
        }

        for (var n = random.Next(companies, companies * 3); n > 0; n--)
        {
            var byCompany = random.Next(3) == 0;
            var holder = byCompany ? random.Next(companies) : random.Next(people);
            var (start, end) = Span(random);
            var share = new SeedShare(holder, byCompany, random.Next(companies), Pick(random, Shares), start, end);
            world.Shares.Add(share);
            if (random.Next(8) == 0)
            {
                world.Shares.Add(share); // the same stake stated twice counts once
            }
        }

        var roles = Enum.GetValues<CompanyRole>();
        for (var n = random.Next(people, people * 3); n > 0; n--)
        {
            var (start, end) = Span(random);
            var role = random.Next(2) == 0 ? CompanyRole.Employee : Pick(random, roles);
            world.Roles.Add(
                new SeedRole(random.Next(people), random.Next(companies), role, start, end, Pick(random, Salaries), random.Next(12) == 0));
        }

        var kinds = Enum.GetValues<TransactionKind>();
        for (var n = random.Next(people, people * 3); n > 0; n--)
        {
            var fromCompany = random.Next(2) == 0;
            var toCompany = random.Next(3) == 0;
            var from = fromCompany ? random.Next(companies) : random.Next(people);
            var to = toCompany ? random.Next(companies) : random.Next(people);
            if (fromCompany == toCompany && from == to)
            {
                continue;
            }

            world.Transactions
                .Add(new SeedTransaction(from, fromCompany, to, toCompany, Pick(random, kinds), random.Next(1, 2000) * 1000m, Day(random)));
        }

        var methods = Enum.GetValues<ProcurementMethod>();
        for (var i = random.Next(0, 6); i > 0; i--)
        {
            var deciders = Enumerable.Range(0, random.Next(1, 3))
                .Select(_ => (random.Next(3) == 0
                    ? random.Next(people)
                    : Pick(random, officials), Pick(random, Enum.GetValues<ParticipationRole>())))
                .ToList();
            world.Decisions.Add(new SeedDecision(
                world.Decisions.Count, Pick(random, DecisionKindsDrawn), random.Next(agencies), random.Next(companies), "决定", random.Next(
                    1,
                    50) * 100_000m,
                Day(random), Pick(random, methods), random.Next(1, 4), deciders, []));
        }

        // Drawn last, so that the facts above are those of the worlds before reports.
        Reports(random, world, officials);
        return world;
    }

    /// <summary>
    /// Reports on boundary days, now and then of someone who is not an official: each lists some people with some relation, and
    /// declares some of the stakes and roles of the world (as either kind) and some pairs that are no fact at all.
    /// </summary>
    private static void Reports(Random random, SeedWorld world, List<int> officials)
    {
        var relations = Enum.GetValues<FamilyRelation>();
        var interests = world.Shares.Where(s => !s.HolderIsCompany).Select(s => (Person: s.Holder, s.Company))
            .Concat(world.Roles.Select(r => (r.Person, r.Company)))
            .ToList();
        foreach (var official in random.Next(10) == 0 ? [.. officials, random.Next(world.People.Count)] : officials)
        {
            for (var n = random.Next(0, 4); n > 0; n--)
            {
                var day = Day(random);
                var submitted = random.Next(4) == 0 ? (DateOnly?)null : day.AddDays(random.Next(1, 60));
                var report = new SeedReport(world.Reports.Count, official, day, submitted);
                world.Reports.Add(report);
                foreach (var person in Enumerable.Range(0, world.People.Count).Where(_ => random.Next(3) == 0))
                {
                    FamilyRelation? relation = random.Next(5) == 0 ? null : Pick(random, relations);
                    int? company = random.Next(10) == 0 ? random.Next(world.Companies.Count) : null;
                    world.ReportItems.Add(new SeedReportItem(report.Id, ReportItemKind.Relative, person, relation, company));
                }

                foreach (var (person, company) in interests.Where(_ => random.Next(3) == 0)
                    .Append((random.Next(world.People.Count), random.Next(world.Companies.Count))))
                {
                    var kind = random.Next(2) == 0 ? ReportItemKind.Holding : ReportItemKind.Post;
                    world.ReportItems.Add(new SeedReportItem(report.Id, kind, person, null, company));
                }
            }
        }
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static (int, int) TwoOf(Random random, int count)
    {
        var a = random.Next(count);
        var b = (a + random.Next(1, count)) % count;
        return (a, b);
    }

    // Boundary days a few years apart: ends on 31 December, starts on 1 January, so intervals touch.
    private static DateOnly Day(Random random)
    {
        var year = random.Next(2005, 2021);
        return random.Next(3) switch
        {
            0 => new DateOnly(year, 1, 1),
            1 => new DateOnly(year, 12, 31),
            _ => new DateOnly(year, random.Next(1, 13), random.Next(1, 29)),
        };
    }

    private static (DateOnly?, DateOnly?) Span(Random random)
    {
        DateOnly? start = random.Next(5) == 0 ? null : Day(random);
        DateOnly? end = random.Next(3) == 0 ? null : Day(random);
        return start is { } s && end is { } e && e < s ? (end, start) : (start, end);
    }
}
